package org.fundingrules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.InvalidVerdictException;
import org.fundingrules.trace.Problem;
import org.fundingrules.Replay;
import org.fundingrules.Replay.Change;
import org.fundingrules.Replay.CriterionChange;
import org.fundingrules.Replay.VerdictChange;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.json.FundingJson;

/**
 * {@code replay <verdict.json> <case.json> [--rules DIR] [--format text|json]}: evaluates the case again and compares
 * with the stored verdict document. Exit 0 identical, 1 differences, 2 a file unreadable or invalid, 3 rules that do
 * not load, 64 wrong usage.
 */
final class ReplayCommand {

    private ReplayCommand() {
    }

    static int run(Path verdictFile, Path caseFile, Path rulesDir, String format, PrintStream out, PrintStream err) {
        CompletableFuture<RuleSet> loading = CompletableFuture
                .supplyAsync(() -> Cli.rules(rulesDir));
        byte[] verdict;
        byte[] caseBytes;
        try {
            // a verdict document can be far longer than a case (a trace per criterion): read whole; the case no
            // further than the reader's limit, as evaluate reads it
            verdict = read(verdictFile, "verdict", Files::readAllBytes);
            caseBytes = read(caseFile, "case", Main::read);
        } catch (IOException e) {
            loading.cancel(true);
            err.println(e.getMessage());
            return Main.INVALID_INPUT;
        }
        RuleSet rules;
        try {
            rules = Cli.joinRules(loading);
        } catch (RulesLoadException r) {
            return Cli.rulesFailed(err, "the rules", r);
        }
        Replay replay;
        try {
            replay = rules.replay(verdict, caseBytes);
        } catch (InvalidVerdictException e) {
            return invalid(err, "verdict file " + verdictFile, e.problems());
        } catch (InvalidCaseException e) {
            return invalid(err, "case file " + caseFile, e.problems());
        }
        if (format.equals("json")) {
            try {
                out.flush();
                FundingJson.writeValue(replay, out);   // streamed: a replay of a large case lists many changes
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            out.print(render(replay));
        }
        return replay.identical() ? Main.COMPLIANT : Main.NOT_COMPLIANT;
    }

    private interface Reader {
        byte[] read(Path file) throws IOException;
    }

    private static byte[] read(Path file, String what, Reader reader) throws IOException {
        try {
            return reader.read(file);
        } catch (IOException e) {
            throw new IOException(Main.unreadable("the " + what + " file", file, e), e);
        }
    }

    private static int invalid(PrintStream err, String what, List<Problem> problems) {
        err.println("invalid " + what + "; nothing was replayed:");
        problems.forEach(p -> err.println("  " + p));
        return Main.INVALID_INPUT;
    }

    /** The replay as text: the verdict first ("identical" or what differs), then each change. */
    static String render(Replay r) {
        StringBuilder b = new StringBuilder();
        if (r.identical()) {
            b.append("identical: the same input and the same rules reproduce the stored verdicts\n");
        } else {
            long changed = r.verdicts().size();
            b.append("differences found: ").append(which(r)).append("; ").append(changed)
                    .append(changed == 1 ? " verdict differs" : " verdicts differ").append('\n');
        }
        b.append("input    ").append(r.input().matches() ? "same     " + r.input().now()
                : "differs  then " + r.input().then() + ", now " + r.input().now()).append('\n');
        b.append("rules    ").append(r.ruleSet().matches() ? "same     " + r.ruleSet().now()
                : "differ   then " + r.ruleSet().then() + ", now " + r.ruleSet().now()).append('\n');
        b.append("library  ").append(r.libraryVersionThen()).append(" then, ").append(r.libraryVersionNow())
                .append(" now");
        if (!r.libraryVersionThen().equals(r.libraryVersionNow())) {
            b.append(" (a different library version alone is not a difference)");
        }
        b.append('\n').append("reference date ").append(r.referenceDate()).append('\n');
        for (VerdictChange v : r.verdicts()) {
            String what = v.before() == null ? "ADDED   " : v.after() == null ? "REMOVED " : "CHANGED ";
            b.append('\n').append(what).append(' ').append(v.subject().type()).append(' ').append(v.subject().id())
                    .append(" (").append(v.subject().path()).append("): ").append(show(v.before())).append(" -> ")
                    .append(show(v.after())).append('\n');
            changes(b, "  ", "", v.fields());
            for (CriterionChange c : v.criteria()) {
                b.append("  ").append(c.ruleId()).append(": ").append(show(c.before())).append(" -> ")
                        .append(show(c.after())).append("  (").append(c.statement()).append(")\n");
                if (c.reasonChanged() && c.before() != null && c.after() != null) {
                    b.append("    reason: ").append(show(c.reasonBefore())).append("\n         -> ").append(show(c.reasonAfter()))
                            .append('\n');
                }
                changes(b, "    ", "figure ", c.figures());
                changes(b, "    ", "parameter ", c.parameters());
                changes(b, "    ", "", c.fields());
            }
        }
        if (!r.others().isEmpty()) {
            b.append('\n');
            changes(b, "", "", r.others());
        }
        return b.toString();
    }

    private static String which(Replay r) {
        if (!r.input().matches() && !r.ruleSet().matches()) {
            return "both the input and the rules differ";
        }
        if (!r.input().matches()) {
            return "the input differs (the rules are the same)";
        }
        if (!r.ruleSet().matches()) {
            return "the rules differ (the input is the same)";
        }
        return "the input and the rules are the same, yet the evaluation differs";
    }

    private static void changes(StringBuilder b, String indent, String kind, List<Change> changes) {
        for (Change c : changes) {
            b.append(indent).append(kind).append(c.name()).append(": ").append(show(c.before())).append(" -> ")
                    .append(show(c.after())).append('\n');
        }
    }

    private static String show(Object o) {
        return o == null ? "(none)" : o.toString().isEmpty() ? "(empty)" : o.toString();
    }
}
