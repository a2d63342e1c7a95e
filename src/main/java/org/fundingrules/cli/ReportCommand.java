package org.fundingrules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.Messages;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Problem;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.report.HtmlReport;

/**
 * {@code fundingrules report <case.json> --html <file> [--lang CODE] [--rules DIR]}: judges the case and writes the
 * HTML audit report ({@link HtmlReport}) in a language; prints where it wrote it and the overall outcome. Exit codes as
 * for {@code evaluate}.
 */
final class ReportCommand {
    private ReportCommand() {
    }

    static int run(Path input, Path html, String lang, Path rulesDir, PrintStream out, PrintStream err) {
        CaseFile caseFile;
        try {
            caseFile = FundingJson.readCase(Main.read(input));
        } catch (IOException e) {
            err.println(Main.unreadable("the case file", input, e));
            return Main.INVALID_INPUT;
        } catch (InvalidCaseException e) {
            err.println("invalid case file " + input + "; no report was written:");
            for (Problem p : e.problems()) {
                err.println("  " + p.path() + ": " + p.message() + " [" + p.code() + "]");
            }
            return Main.INVALID_INPUT;
        }
        RuleSet rules;
        try {
            rules = Cli.rules(rulesDir);
        } catch (RulesLoadException e) {
            return Cli.rulesFailed(err, "the rules", e);
        }
        Messages messages = rules.messages();
        if (!messages.languages().contains(lang) || !HtmlReport.languages().contains(lang)) {
            List<String> both = messages.languages().stream().filter(HtmlReport.languages()::contains).toList();
            return Cli.usage(err, "report", "--lang must be one of " + String.join(", ", both) + ", not '" + lang + "'");
        }
        Evaluation evaluation = rules.evaluate(caseFile);
        try {
            Files.writeString(html, HtmlReport.render(evaluation, caseFile, messages, Locale.forLanguageTag(lang)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot write the report " + html + ": " + e.getMessage());
            return Main.INVALID_INPUT;
        }
        out.println("wrote " + html + ": " + evaluation.verdicts().size() + " verdicts, overall "
                + evaluation.outcome());
        return evaluation.outcome() == Outcome.COMPLIANT ? Main.COMPLIANT : Main.NOT_COMPLIANT;
    }
}
