package org.fundingrules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build step only: the packaged rules as Drools' executable model, Java classes the rule set loads without the DRL
 * compiler and that a class-data archive or AOT cache can hold. Needs drools-model-codegen, which the runtime does
 * not have; nothing at run time calls this class.
 */
final class ModelBuild {
    private static final String MODEL_LIST = "META-INF/kie/";
    private static final String MODEL_FILE = "/drools-model";
    private static final String PROJECT_MODEL = "org/drools/project/model/";

    /** The generated classes (path to bytes, {@code org/fundingrules/rules/...}) and the model classes' names. */
    record Generated(SortedMap<String, byte[]> classes, List<String> models) {
    }

    private ModelBuild() {
    }

    /**
     * Generates and compiles the executable model of the DRL files of a rule set.
     *
     * @throws IllegalStateException naming each error of the generator
     */
    static Generated generate(RuleFiles files) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // as Engine.compileAll: rules only insert, so property reactivity has nothing to do (a kmodule.xml would
        // say so too, but needs Drools' XML support); this runs in the build step's own process
        System.setProperty("drools.propertySpecific", "ALLOWED");
        files.files().forEach((path, bytes) -> {
            if (path.endsWith(".drl")) {
                kfs.write("src/main/resources/" + path, bytes);
            }
        });
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(m.getPath() + ":" + m.getLine() + ": " + m.getText());
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the executable model of the rules does not build:\n"
                    + String.join("\n", errors));
        }
        MemoryKieModule kieModule = (MemoryKieModule) ((CanonicalKieModule) builder.getKieModule()).getInternalKieModule();
        MemoryFileSystem fs = kieModule.getMemoryFileSystem();
        SortedMap<String, byte[]> classes = new TreeMap<>();
        List<String> models = new ArrayList<>();
        for (Map.Entry<org.drools.util.PortablePath, byte[]> e : fs.getMap().entrySet()) {
            String path = e.getKey().asString();
            if (path.endsWith(".class") && path.startsWith(PROJECT_MODEL)) {
                continue;   // the KieContainer's entry point; the rule set is built from the models directly
            }
            if (path.endsWith(".class")) {
                if (!path.startsWith(RuleFiles.PACKAGED_ROOT + "/")) {
                    throw new IllegalStateException("a generated class outside the rules' packages: " + path);
                }
                classes.put(path, e.getValue());
            } else if (path.startsWith(MODEL_LIST) && path.endsWith(MODEL_FILE)) {
                for (String line : new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.contains(":")) {   // skip the "Drools-Model-Version:" header
                        models.add(name);
                    }
                }
            }
        }
        models.sort(null);
        return new Generated(classes, List.copyOf(models));
    }

    /**
     * Writes the generated classes under {@code classesRoot}, after removing every class a previous build generated
     * there (their names carry hashes, so stale ones would otherwise stay in the jar).
     */
    static void write(Generated generated, Path classesRoot) throws IOException {
        Path rules = classesRoot.resolve(RuleFiles.PACKAGED_ROOT);
        if (Files.isDirectory(rules)) {
            try (var walk = Files.walk(rules)) {
                for (Path p : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    Files.delete(p);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        for (var c : generated.classes().entrySet()) {
            Path target = classesRoot.resolve(c.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, c.getValue());
        }
    }
}
