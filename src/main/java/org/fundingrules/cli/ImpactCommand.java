package org.fundingrules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.fundingrules.RuleSet;
import org.fundingrules.FundingRules;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.authoring.Impact;
import org.fundingrules.authoring.Impact.CriterionChange;
import org.fundingrules.authoring.Impact.Report;
import org.fundingrules.authoring.Impact.VerdictChange;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.ParameterUse;

/**
 * {@code impact --baseline <rules dir> [--rules DIR] <cases dir>}: evaluates every case file of a folder under both
 * rule sets and lists every verdict that changes. Exit 0 when nothing changes, 1 when something does, 2 when a case
 * file is invalid, 3 when a rule set does not load.
 */
final class ImpactCommand {

    private ImpactCommand() {
    }

    static int run(Path baselineDir, Path rulesDir, Path cases, PrintStream out, PrintStream err) {
        if (!Files.exists(cases)) {
            err.println("no such folder of case files: " + cases);
            return Main.INVALID_INPUT;
        }
        CompletableFuture<RuleSet> baselineLoad = CompletableFuture.supplyAsync(() -> FundingRules.builder().rules(baselineDir).build());
        RuleSet changed;
        RuleSet baseline;
        try {
            changed = Cli.rules(rulesDir);
        } catch (RulesLoadException e) {
            baselineLoad.cancel(true);
            return Cli.rulesFailed(err, "the rules", e);
        }
        try {
            baseline = Cli.joinRules(baselineLoad);
        } catch (RulesLoadException r) {
            return Cli.rulesFailed(err, "the baseline rules", r);
        }
        Report report;
        try {
            report = Impact.compare(baseline, changed, cases);
        } catch (IOException e) {
            err.println(unreadable(cases, e));
            return Main.INVALID_INPUT;
        }
        out.println("baseline " + baseline.digest() + " (" + baselineDir + ")");
        out.println("rules    " + changed.digest() + " (" + (rulesDir == null ? "packaged" : rulesDir) + ")");
        for (VerdictChange v : report.changes()) {
            out.println();
            out.println("CHANGED  " + v.caseFile() + "  " + v.subject().type() + " " + v.subject().id() + ": "
                    + show(v.before()) + " -> " + show(v.after()));
            for (CriterionChange c : v.criteria()) {
                out.println("  " + c.ruleId() + ": " + show(c.before()) + " -> " + show(c.after()) + "  ("
                        + c.statement() + ")");
                trace(out, "baseline", c.before());
                trace(out, "rules   ", c.after());
            }
        }
        report.skipped().forEach(s -> out.println("skipped " + s + " (an evaluation, not a case file)"));
        report.invalid().forEach((f, why) -> err.println("invalid case file " + f + ": " + why));
        long moved = report.changes().stream().filter(v -> v.before() != v.after()).count();
        out.printf("%n%d case files: %d verdicts changed (%d change outcome), %d invalid case files%n",
                report.cases().size(), report.changes().size(), moved, report.invalid().size());
        if (!report.invalid().isEmpty()) {
            return Main.INVALID_INPUT;
        }
        return report.changes().isEmpty() ? Main.COMPLIANT : Main.NOT_COMPLIANT;
    }

    private static void trace(PrintStream out, String side, Criterion c) {
        if (c == null) {
            out.println("    " + side + ": not applied");
            return;
        }
        out.println("    " + side + ": " + c.outcome() + (c.reason().isEmpty() ? "" : " -- " + c.reason()));
        if (c.comparison() != null) {
            out.println("      test: " + c.comparison().left() + " " + c.comparison().operator() + " "
                    + c.comparison().right());
        }
        for (Figure f : c.figures()) {
            out.println("      figure: " + f.name() + " = " + f.value() + (f.unit().isEmpty() ? "" : " " + f.unit()));
        }
        for (ParameterUse p : c.parameters()) {
            out.println("      parameter: " + p.key() + " = " + p.value() + " " + p.unit() + " (from " + p.validFrom()
                    + (p.validUntil() == null ? "" : " to " + p.validUntil()) + ")");
        }
    }

    private static String show(Object o) {
        if (o instanceof Criterion c) {
            return c.outcome().name();
        }
        return o == null ? "(none)" : o.toString();
    }

    /** Why the case files could not be read: the file and the reason, not the JDK's message (often the path alone). */
    static String unreadable(Path cases, IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return Main.unreadable("the case file", Path.of(f.getFile()), e);
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "cannot read the case files in " + cases + ": a case file is not UTF-8 text";
        }
        return "cannot read the case files in " + cases + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage());
    }
}
