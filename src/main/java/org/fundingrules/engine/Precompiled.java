package org.fundingrules.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged rules, compiled at build time and stored in the jar beside them, so that start-up skips the DRL
 * compiler. The file carries the digest of the rule files it was compiled from; on any mismatch (or any trouble
 * reading it) the engine compiles the packaged DRL as it would a folder. Only this resource of our own jar is ever
 * deserialised; no user input is.
 */
public final class Precompiled {
    static final String RESOURCE = RuleFiles.PACKAGED_ROOT + ".kbase";
    private static final Logger LOG = LoggerFactory.getLogger(Precompiled.class);

    private Precompiled() {
    }

    /** The precompiled knowledge base if it matches the digest, else null. */
    static KieBase read(String digest) {
        try (InputStream raw = Precompiled.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return null;
            }
            try (ObjectInputStream in = new DroolsObjectInputStream(new BufferedInputStream(raw))) {
                String stored = in.readUTF();
                if (!stored.equals(digest)) {
                    LOG.warn("precompiled rules are stale ({} != {}); compiling the packaged DRL", stored, digest);
                    return null;
                }
                @SuppressWarnings("unchecked")
                List<KiePackage> packages = (List<KiePackage>) in.readObject();
                return Engine.newBase(packages);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("cannot read the precompiled rules ({}); compiling the packaged DRL", e.toString());
            return null;
        }
    }

    /**
     * Build step: compiles a rules folder and writes the result. Arguments: the rules folder, the output file.
     */
    public static void main(String[] args) throws IOException {
        RuleFiles files = RuleFiles.folder(Path.of(args[0]));
        Collection<KiePackage> packages = Engine.compile(files, new ArrayList<RuleError>());
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (ObjectOutputStream o = new DroolsObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            o.writeUTF(files.digest());
            o.writeObject(new ArrayList<>(packages));
        }
    }
}
