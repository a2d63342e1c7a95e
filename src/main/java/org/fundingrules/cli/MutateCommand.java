package org.fundingrules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.authoring.Mutation;
import org.fundingrules.authoring.MutationRun;
import org.fundingrules.authoring.MutationRun.Fate;
import org.fundingrules.authoring.MutationRun.Outcome;
import org.fundingrules.authoring.Mutations;
import org.fundingrules.authoring.RuleSets;
import org.fundingrules.authoring.SurvivorReasons;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.RuleFiles;

/**
 * {@code mutate [--rules DIR] [--only FAMILY] [--threads N] [--dates]}: perturbs each parameter value by one unit
 * up and down (with {@code --dates}, each parameter validity date by one day too) and flips each comparison at its
 * boundary, runs the scenarios on each mutant and lists every mutant no scenario
 * notices. A survivor may be accounted for by a written reason in its family's {@code surviving-mutants.md}. Exit 0
 * when every survivor has a reason and no reason is stale, 1 otherwise or when the unmutated rules fail a scenario.
 */
final class MutateCommand {

    private MutateCommand() {
    }

    /** Mutates the rules of {@code rules} (packaged when null); {@code threads} null: 2, or 1 on one processor. */
    static int run(java.nio.file.Path rules, String only, Integer threadsAsked, boolean dates, PrintStream out,
                   PrintStream err) {
        int threads = threadsAsked != null ? threadsAsked : Math.min(2, Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        RuleFiles files;
        Engine base;
        try {
            files = RuleSets.files(rules);
            base = Engine.load(files, null);
        } catch (RulesLoadException e) {
            return Cli.rulesFailed(err, "the rules", e);
        }
        if (only != null) {
            Set<String> families = new TreeSet<>();
            files.files().keySet().forEach(p -> families.add(Engine.familyOf(p)));
            if (!families.contains(only)) {
                err.println("no rule family '" + only + "'; the families are " + families);
                return Main.INVALID_INPUT;
            }
        }
        List<Mutation> mutations = Mutations.of(files, Mutations.units(base.parameters()), only,
                dates);
        err.printf("mutate: %d mutants (%d parameter values, %d validity dates, %d comparisons) on %d thread(s)%n",
                mutations.size(), mutations.stream().filter(m -> m.kind().equals("parameter")).count(),
                mutations.stream().filter(m -> m.kind().equals("date")).count(),
                mutations.stream().filter(m -> m.kind().equals("operator")).count(), threads);
        List<Outcome> outcomes;
        long[] lastReport = {System.nanoTime()};
        try {
            outcomes = MutationRun.run(files, mutations, base, threads, (finished, total, survived, ms) -> {
                synchronized (lastReport) {
                    long now = System.nanoTime();
                    if (progressDue(finished, total, now, lastReport[0])) {
                        lastReport[0] = now;
                        err.println(progress(finished, total, survived, ms));
                    }
                }
            });
        } catch (MutationRun.NotGreen e) {
            err.println(e.getMessage() + "; fix them first ('fundingrules test'):");
            e.failures().forEach(r -> err.println("  " + r.scenario() + ": " + String.join("; ", r.differences())));
            return Main.NOT_COMPLIANT;
        } catch (IOException e) {
            err.println("cannot copy the rules to a temporary folder: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
        List<Outcome> survivors = outcomes.stream().filter(o -> o.fate() == Fate.SURVIVED)
                .sorted(Comparator.comparing((Outcome o) -> o.mutation().file())
                        .thenComparingInt(o -> o.mutation().offset()))
                .toList();
        SurvivorReasons reasons = SurvivorReasons.of(files);
        Map<Mutation, String> keys = SurvivorReasons.keys(mutations);
        Set<String> surviving = new TreeSet<>();
        int explained = 0;
        for (Outcome o : survivors) {
            String key = keys.get(o.mutation());
            surviving.add(key);
            SurvivorReasons.Row why = reasons.reason(key);
            if (why == null) {
                out.println("SURVIVED  " + o.mutation() + "  [occurrence " + key.substring(key.lastIndexOf(' ') + 1)
                        + "]");
            } else {
                explained++;
                out.println("EXPLAINED " + o.mutation() + "  (" + why.file() + ":" + why.line() + ")");
            }
        }
        List<String> stale = staleReasons(reasons, keys, surviving, only, dates);
        stale.forEach(out::println);
        reasons.problems().forEach(p -> out.println("UNREADABLE " + p));
        long killed = outcomes.stream().filter(o -> o.fate() == Fate.KILLED).count();
        long stillborn = outcomes.stream().filter(o -> o.fate() == Fate.STILLBORN).count();
        out.printf("%d mutants%s: %d killed, %d survived, %d do not load; %.1f s on %d thread(s)%n", outcomes.size(),
                only == null ? "" : " of family " + only, killed, survivors.size(), stillborn,
                (System.nanoTime() - start) / 1e9, threads);
        if (!survivors.isEmpty() || !stale.isEmpty()) {
            out.printf("%d of %d survivors have a written reason (%s); %d reasons are stale%n", explained,
                    survivors.size(), SurvivorReasons.FILE, stale.size());
        }
        boolean accounted = explained == survivors.size() && stale.isEmpty() && reasons.problems().isEmpty();
        return accounted ? Main.COMPLIANT : Main.NOT_COMPLIANT;
    }

    /** Whether to print a progress line: at the end, else at most one every five seconds. */
    static boolean progressDue(int finished, int total, long nowNanos, long lastNanos) {
        return finished == total || nowNanos - lastNanos > 5_000_000_000L;
    }

    /** One progress line; the time left assumes the mutants still to run take as long as those done. */
    static String progress(int finished, int total, int survived, long elapsedMillis) {
        long left = finished == 0 ? 0 : elapsedMillis * (total - finished) / finished / 1000;
        return String.format("mutate: %d/%d mutants, %d survived, %d s elapsed, about %d s left", finished, total,
                survived, elapsedMillis / 1000, left);
    }

    /** Reasons for mutants of the families run that were killed, or that no longer exist. */
    private static List<String> staleReasons(SurvivorReasons reasons, Map<Mutation, String> keys,
                                             Set<String> surviving, String only, boolean dates) {
        Set<String> all = new TreeSet<>(keys.values());
        Set<String> families = new TreeSet<>();
        keys.keySet().forEach(m -> families.add(m.family()));
        List<String> stale = new java.util.ArrayList<>();
        for (SurvivorReasons.Row row : reasons.rows().values()) {
            String family = row.key().substring(0, row.key().indexOf(" | "));
            boolean run = only == null ? families.contains(family) : only.equals(family);
            if (!run || surviving.contains(row.key())) {
                continue;
            }
            if (all.contains(row.key())) {
                stale.add("STALE     " + row.file() + ":" + row.line() + "  " + row.key()
                        + ": a scenario now kills this mutant; remove the reason");
            } else if (dates || !row.key().contains(" validFrom | ") && !row.key().contains(" validUntil | ")) {
                stale.add("STALE     " + row.file() + ":" + row.line() + "  " + row.key()
                        + ": no such mutant in the rules");
            }
        }
        return stale;
    }
}

