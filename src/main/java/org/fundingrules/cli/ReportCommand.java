package org.fundingrules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fundingrules.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.InvalidCaseException;
import org.fundingrules.Messages;
import org.fundingrules.Outcome;
import org.fundingrules.Problem;
import org.fundingrules.RulesLoadException;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.report.HtmlReport;

/**
 * {@code fundingrules report <case.json> --html <file> [--lang CODE] [--rules DIR]}: judges the case and writes the
 * HTML audit report ({@link HtmlReport}) in a language; prints where it wrote it and the overall outcome. Exit codes as
 * for {@code evaluate}.
 */
final class ReportCommand {
    static final String USAGE_TEXT = """
              report     judge one case file and write the HTML audit report: one self-contained page (no script,
                         nothing fetched) with the verdicts, their traces, the SME share, de minimis timelines
                         and the SME aggregation
                --html     the HTML file to write
                --lang     the language of the report: its labels, statements, reasons and summaries: en (default), fr
                --rules    compile the rules in this folder instead of the packaged ones
            """;
    private static final String USAGE_LINE =
            "usage: fundingrules report <case.json> --html <file> [--lang <code>] [--rules <dir>]";

    private ReportCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine cl = CommandLine.parse(args, Set.of("--html", "--lang", "--rules"));
        if (cl.error != null || cl.positional.size() != 1 || cl.path("--html") == null) {
            String why = cl.error != null ? cl.error : cl.positional.size() > 1
                    ? "unexpected argument '" + cl.positional.get(1) + "'"
                    : cl.positional.isEmpty() ? "report needs a case file" : "report needs --html <file>";
            return CommandLine.usage(err, why, USAGE_LINE);
        }
        Path input = Path.of(cl.positional.get(0));
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
        FundingRules rules;
        try {
            rules = cl.path("--rules") == null ? FundingRules.packaged() : FundingRules.fromFolder(cl.path("--rules"));
        } catch (RulesLoadException e) {
            return CommandLine.rulesFailed(err, "the rules", e);
        }
        String lang = cl.options.getOrDefault("--lang", "en");
        Messages messages = rules.messages();
        if (!messages.languages().contains(lang) || !HtmlReport.languages().contains(lang)) {
            List<String> both = messages.languages().stream().filter(HtmlReport.languages()::contains).toList();
            return CommandLine.usage(err, "--lang must be one of " + String.join(", ", both) + ", not '" + lang + "'",
                    USAGE_LINE);
        }
        Evaluation evaluation = rules.evaluate(caseFile);
        Path html = cl.path("--html");
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
