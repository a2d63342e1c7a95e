package org.fundingrules.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.authoring.Lint;
import org.fundingrules.engine.RuleFiles;

/**
 * {@code fundingrules lint [--rules DIR]}: one line per finding on stdout ({@code file:line: message}, the file as
 * given with {@code --rules}), a count on stderr. Exit 0 clean, 1 findings, 3 rules folder unreadable, 64 usage.
 */
final class LintCommand {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int UNREADABLE = 3;
    static final int USAGE = 64;


    private LintCommand() {
    }

    /** Lints {@code folder}, or the packaged rules when null. */
    static int run(Path folder, PrintStream out, PrintStream err) {
        RuleFiles files;
        try {
            files = folder == null ? RuleFiles.packaged() : RuleFiles.folder(folder);
        } catch (RulesLoadException e) {
            err.println("the rules folder cannot be read:");
            e.errors().forEach(x -> err.println("  " + x));
            return UNREADABLE;
        }
        String prefix = folder == null ? "" : folder.toString().replace('\\', '/').replaceAll("/+$", "") + "/";
        List<Lint.Finding> findings = Lint.run(files);
        for (Lint.Finding f : findings) {
            out.println(prefix + f);
        }
        long drl = files.files().keySet().stream().filter(p -> p.endsWith(".drl")).count();
        String where = folder == null ? "the packaged rules" : folder.toString();
        err.println(findings.isEmpty()
                ? "lint: " + where + " clean (" + drl + " DRL files)"
                : "lint: " + findings.size() + " finding(s) in " + where);
        return findings.isEmpty() ? CLEAN : FINDINGS;
    }
}
