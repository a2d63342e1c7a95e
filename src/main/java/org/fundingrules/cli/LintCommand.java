package org.fundingrules.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.fundingrules.RulesLoadException;
import org.fundingrules.authoring.Lint;
import org.fundingrules.internal.RuleFiles;

/**
 * {@code fundingrules lint [--rules DIR]}: one line per finding on stdout ({@code file:line: message}, the file as
 * given with {@code --rules}), a count on stderr. Exit 0 clean, 1 findings, 3 rules folder unreadable, 64 usage.
 */
final class LintCommand {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int UNREADABLE = 3;
    static final int USAGE = 64;

    static final String USAGE_TEXT = """
              lint       check a rules folder against the rule-author conventions (rules/README.md): citations,
                         sources, packages, dated parameters, scenario files, literals, rule versions;
                         one line per finding (file:line: message)
                --rules    lint the rules in this folder instead of the packaged ones
                exit codes: 0 clean, 1 findings, 3 rules folder unreadable, 64 wrong usage
            """;

    private LintCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path folder = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--rules") && i + 1 < args.size() && folder == null) {
                folder = Path.of(args.get(++i));
            } else {
                err.println(a.equals("--rules") ? "--rules needs a folder" : "unexpected argument '" + a + "'");
                err.println("usage: fundingrules lint [--rules <dir>]");
                err.print(USAGE_TEXT);
                return USAGE;
            }
        }
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
