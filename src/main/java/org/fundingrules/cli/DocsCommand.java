package org.fundingrules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.authoring.RuleCatalogue;
import org.fundingrules.authoring.RuleSets;
import org.fundingrules.trace.RulesLoadException;

/**
 * {@code fundingrules docs [--rules DIR] [--out FILE]}: writes the rule catalogue ({@link RuleCatalogue}) of the
 * packaged rules or of a folder, by default to {@code docs/rules.md}. Exit 0 written, 2 the file cannot be written,
 * 3 rules that do not load, 64 wrong usage.
 */
final class DocsCommand {
    /** Where the catalogue goes without {@code --out}: the project's own, which a test keeps current. */
    static final Path DEFAULT_OUT = Path.of("docs", "rules.md");
    /** How the catalogue names the packaged rules. */
    static final String PACKAGED = "the packaged rules";

    private DocsCommand() {
    }

    static int run(Path rules, Path outFile, PrintStream out, PrintStream err) {
        String markdown;
        try {
            markdown = RuleCatalogue.markdown(RuleSets.files(rules),
                    rules == null ? PACKAGED : "the rules in `" + rules + "`");
        } catch (RulesLoadException e) {
            return Cli.rulesFailed(err, "the rules", e);
        }
        Path target = outFile == null ? DEFAULT_OUT : outFile;
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(target, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot write the catalogue " + target + ": " + Main.reason(target, e));
            return Main.INVALID_INPUT;
        }
        out.println("wrote " + target + ": " + markdown.lines().count() + " lines");
        return Main.COMPLIANT;
    }
}
