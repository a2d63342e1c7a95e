package org.fundingrules.authoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.fundingrules.trace.Verdict;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Engine.RuleInfo;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.Scenarios.Result;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Evaluation.RuleFiring;

/**
 * What the scenarios exercise: per {@code @ruleId}, whether a version of the rule fired (the engine records every
 * firing, so a rule that only inserts a derived fact counts when it fired), and for a rule that produces criteria,
 * whether the scenarios saw it pass and saw it fail or stay undetermined.
 *
 * <p>Which branches a rule can produce is read from its consequence: a rule whose only test is
 * {@code undetermined(...)} cannot pass, one whose only test is {@code holds(true, ...)} or {@code pass()} cannot fail; every other
 * rule that opens a {@code Judge} is expected to show both. A rule that reports only through a Java helper
 * ({@code Judge.on(kcontext, ...)}) is expected to show the branches the scenarios produced from it: its
 * consequence does not say which it can produce.
 */
public final class Coverage {
    /** The two branches of a criterion. */
    public enum Branch { PASS, NOT_PASS }

    /**
     * Coverage of one rule id.
     *
     * @param ruleId the rule id
     * @param file the DRL file of (the first version of) the rule
     * @param versions the names of the rules carrying the id
     * @param fired whether any of them fired in a scenario
     * @param expected the branches the rule can produce (empty: it only derives facts)
     * @param seen the branches the scenarios produced
     */
    public record RuleCoverage(String ruleId, String file, List<String> versions, boolean fired, Set<Branch> expected,
                               Set<Branch> seen) {
        public Set<Branch> missing() {
            Set<Branch> m = expected.isEmpty() ? EnumSet.noneOf(Branch.class) : EnumSet.copyOf(expected);
            m.removeAll(seen);
            return m;
        }

        public boolean complete() {
            return fired && missing().isEmpty();
        }
    }

    // regexes over a consequence's text, which the DRL parser hands back as a string
    private static final Pattern REPORTS = Pattern.compile("Judge\\.on\\(\\s*kcontext");
    private static final Pattern TESTS = Pattern.compile(
            "\\.(atMost|below|present|holdsWith)\\(|\\.holds\\((?!\\s*true\\s*,)|\\bjudge\\w*\\(");
    private static final Pattern PASSES = Pattern.compile("\\.holds\\(\\s*true\\s*,|\\.pass\\(\\s*\\)");

    private Coverage() {
    }

    /** The coverage of every rule id of the engine by the scenario results, sorted by rule id. */
    public static List<RuleCoverage> of(Engine engine, List<Result> results) {
        Set<String> firedRules = new TreeSet<>();
        Map<String, Set<Branch>> seen = new TreeMap<>();
        for (Result r : results) {
            if (r.evaluation() == null) {
                continue;
            }
            for (RuleFiring f : r.evaluation().rulesFired()) {
                firedRules.add(f.rule());
            }
            for (Verdict v : r.evaluation().verdicts()) {
                for (Criterion c : v.criteria()) {
                    seen.computeIfAbsent(c.ruleId(), k -> EnumSet.noneOf(Branch.class))
                            .add(c.outcome() == CriterionOutcome.PASS ? Branch.PASS : Branch.NOT_PASS);
                }
            }
        }
        Map<String, List<RuleInfo>> byId = new TreeMap<>();
        for (RuleInfo i : engine.rules().values()) {
            byId.computeIfAbsent(i.ruleId(), k -> new ArrayList<>()).add(i);
        }
        Map<String, DrlFile> parsed = new java.util.HashMap<>();
        List<RuleCoverage> out = new ArrayList<>();
        for (var e : byId.entrySet()) {
            List<RuleInfo> infos = e.getValue();
            infos.sort(java.util.Comparator.comparing(RuleInfo::name));
            Set<Branch> expected = EnumSet.noneOf(Branch.class);
            for (RuleInfo i : infos) {
                expected.addAll(branches(consequence(engine.files(), i, parsed)));
            }
            Set<Branch> s = seen.getOrDefault(e.getKey(), EnumSet.noneOf(Branch.class));
            if (!s.isEmpty() && expected.isEmpty()) {
                expected.addAll(s); // reports through a helper the heuristic does not know
            }
            boolean fired = infos.stream().anyMatch(i -> firedRules.contains(i.name()));
            out.add(new RuleCoverage(e.getKey(), infos.get(0).file(), infos.stream().map(RuleInfo::name).toList(),
                    fired, expected, s));
        }
        return out;
    }

    /** The branches a consequence can produce. */
    static Set<Branch> branches(String consequence) {
        if (consequence == null || !REPORTS.matcher(consequence).find()) {
            return EnumSet.noneOf(Branch.class);
        }
        boolean tests = TESTS.matcher(consequence).find();
        boolean undetermined = consequence.contains(".undetermined(");
        boolean passes = PASSES.matcher(consequence).find();
        Set<Branch> b = EnumSet.noneOf(Branch.class);
        if (tests || passes) {
            b.add(Branch.PASS);
        }
        if (tests || undetermined) {
            b.add(Branch.NOT_PASS);
        }
        return b.isEmpty() ? EnumSet.allOf(Branch.class) : b;
    }

    /** The consequence of a rule as the DRL parser reads it, or null when its file or the rule is not there. */
    static String consequence(RuleFiles files, RuleInfo info) {
        return consequence(files, info, new java.util.HashMap<>());
    }

    /** The same, each file parsed once into {@code parsed}. */
    private static String consequence(RuleFiles files, RuleInfo info, Map<String, DrlFile> parsed) {
        String text = files.text(info.file());
        if (text == null) {
            return null;
        }
        DrlFile drl = parsed.computeIfAbsent(info.file(), f -> new DrlFile(f, text));
        return drl.rules().stream().filter(r -> r.name().equals(info.name())).findFirst()
                .map(DrlFile.RuleText::consequence).orElse(null);
    }
}
