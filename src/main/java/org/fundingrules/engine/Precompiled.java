package org.fundingrules.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.fundingrules.trace.RulesLoadException;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged rule set, built at build time and stored in the jar beside its files, so that start-up skips what
 * the rule files need at load: the DRL compiler, the YAML of the source register and the parameters, the message
 * bundles and the rules' metadata. The rules themselves are Drools' executable model, classes generated from the DRL
 * at build time: loading them compiles nothing, and a class-data archive or AOT cache can hold them. The file
 * carries the digest of the rule files it was built from; on any mismatch (or any trouble reading it) the engine
 * loads the packaged files as it would a folder. Only this resource of our own jar is ever read back, and only the
 * model classes it names (of the rules' own packages) are loaded; no user input names a class.
 */
public final class Precompiled {
    static final String RESOURCE = RuleFiles.PACKAGED_ROOT + ".kbase";
    /** The package under which the build generates the rules' classes (the DRL packages). */
    private static final String MODEL_PACKAGE = RuleFiles.PACKAGED_ROOT.replace('/', '.') + ".";
    private static final Logger LOG = LoggerFactory.getLogger(Precompiled.class);

    /**
     * What a rule set holds besides its network, as loading its files made it: the parameters, the messages of each
     * language with the file of each key, and each rule's citation.
     */
    record Image(Map<String, ParameterTable.Entry> parameters, SortedMap<String, SortedMap<String, String>> messages,
                 Map<String, String> messageFiles, Map<String, Engine.RuleInfo> rules) {

        /**
         * Written field by field, not as serialised records: reading records back costs a cold JVM the method
         * handles of their constructors, several times what reading the strings costs.
         */
        void writeTo(DataOutput out) throws IOException {
            out.writeInt(parameters.size());
            for (ParameterTable.Entry e : parameters.values()) {
                text(out, e.key());
                text(out, e.file());
                ParameterTable.Definition d = e.definition();
                text(out, d.label());
                text(out, d.description());
                text(out, d.unit());
                out.writeInt(d.values().size());
                for (ParameterTable.Value v : d.values()) {
                    text(out, v.value());
                    date(out, v.validFrom());
                    date(out, v.validUntil());
                    text(out, v.source());
                    text(out, v.article());
                }
            }
            out.writeInt(messages.size());
            for (var lang : messages.entrySet()) {
                text(out, lang.getKey());
                strings(out, lang.getValue());
            }
            strings(out, messageFiles);
            out.writeInt(rules.size());
            for (Engine.RuleInfo r : rules.values()) {
                text(out, r.name());
                text(out, r.ruleId());
                text(out, r.source());
                text(out, r.article());
                date(out, r.validFrom());
                date(out, r.validUntil());
                text(out, r.file());
            }
        }

        static Image readFrom(DataInput in) throws IOException {
            Map<String, ParameterTable.Entry> parameters = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String key = text(in);
                String file = text(in);
                String label = text(in);
                String description = text(in);
                String unit = text(in);
                List<ParameterTable.Value> values = new ArrayList<>();
                for (int j = in.readInt(); j > 0; j--) {
                    values.add(new ParameterTable.Value(text(in), date(in), date(in), text(in), text(in)));
                }
                parameters.put(key, new ParameterTable.Entry(key, file,
                        new ParameterTable.Definition(label, description, unit, List.copyOf(values))));
            }
            SortedMap<String, SortedMap<String, String>> messages = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                messages.put(text(in), strings(in));
            }
            SortedMap<String, String> files = strings(in);
            Map<String, Engine.RuleInfo> rules = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                Engine.RuleInfo r = new Engine.RuleInfo(text(in), text(in), text(in), text(in), date(in), date(in),
                        text(in));
                rules.put(r.name(), r);
            }
            return new Image(parameters, messages, files, rules);
        }

        private static void text(DataOutput out, String s) throws IOException {
            out.writeBoolean(s != null);
            if (s != null) {
                out.writeUTF(s);
            }
        }

        private static String text(DataInput in) throws IOException {
            return in.readBoolean() ? in.readUTF() : null;
        }

        private static void date(DataOutput out, LocalDate d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) {
                out.writeLong(d.toEpochDay());
            }
        }

        private static LocalDate date(DataInput in) throws IOException {
            return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
        }

        private static void strings(DataOutput out, Map<String, String> map) throws IOException {
            out.writeInt(map.size());
            for (var e : map.entrySet()) {
                text(out, e.getKey());
                text(out, e.getValue());
            }
        }

        private static SortedMap<String, String> strings(DataInput in) throws IOException {
            SortedMap<String, String> map = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                map.put(text(in), text(in));
            }
            return map;
        }
    }

    /** A rule set read back: its network and its image. */
    record Loaded(KieBase base, Image image) {
    }

    private Precompiled() {
    }

    /** The precompiled rule set if it matches the digest, else null. */
    static Loaded read(String digest) {
        try (InputStream raw = Precompiled.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
                String stored = in.readUTF();
                if (!stored.equals(digest)) {
                    LOG.warn("precompiled rules are stale ({} != {}); loading the packaged rule files", stored, digest);
                    return null;
                }
                Image image = Image.readFrom(in);
                List<Model> models = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    // only the names this build wrote into our own jar; never a name from input
                    String name = in.readUTF();
                    if (!name.startsWith(MODEL_PACKAGE)) {
                        throw new IOException("not a class of the packaged rules: " + name);
                    }
                    models.add(Class.forName(name, true, Precompiled.class.getClassLoader())
                            .asSubclass(Model.class).getDeclaredConstructor().newInstance());
                }
                return new Loaded(KieBaseBuilder.createKieBaseFromModel(models), image);
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("cannot read the precompiled rules ({}); loading the packaged rule files", e.toString());
            return null;
        }
    }

    /**
     * Build step: loads a rules folder as {@link Engine#load(RuleFiles)} does (every error reported as a load would),
     * generates its executable model into the classes folder, and writes the image and the model's class names.
     * Arguments: the rules folder, the output file, the classes folder.
     *
     * @throws RulesLoadException when the folder does not load
     */
    public static void main(String[] args) throws IOException {
        RuleFiles files = RuleFiles.folder(Path.of(args[0]));
        Engine.Compiled compiled = Engine.compileFiles(files);
        Engine.Parts parts = compiled.parts();
        Image image = new Image(new TreeMap<>(parts.parameters().entries()), parts.bundles().languagesAndPatterns(),
                new TreeMap<>(parts.bundles().files()), new TreeMap<>(compiled.rules()));
        ModelBuild.Generated model = ModelBuild.generate(files);
        ModelBuild.write(model, Path.of(args[2]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            o.writeUTF(files.digest());
            image.writeTo(o);
            o.writeInt(model.models().size());
            for (String name : model.models()) {
                o.writeUTF(name);
            }
        }
        LOG.info("precompiled {} rules: {} model classes, {} generated classes", compiled.rules().size(),
                model.models().size(), model.classes().size());
    }
}
