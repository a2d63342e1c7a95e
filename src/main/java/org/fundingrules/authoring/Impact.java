package org.fundingrules.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Verdict;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Subject;

/**
 * Impact of a rule change: every case file of a folder evaluated under a baseline rule set and a changed one, and
 * every verdict whose outcome, or one of whose criteria's outcome, changes. A JSON file holding an evaluation
 * (it has {@code verdicts}, like {@code examples/*}/expected.json) is not a case and is skipped.
 */
public final class Impact {
    /** One criterion that changed: absent on one side ({@code null}) or with another outcome. */
    public record CriterionChange(String ruleId, String statement, Criterion before, Criterion after) {
    }

    /** One verdict that changed. */
    public record VerdictChange(String caseFile, Subject subject, Outcome before, Outcome after,
                                List<CriterionChange> criteria) {
    }

    /** What a folder of cases gave. */
    public record Report(List<String> cases, List<String> skipped, Map<String, String> invalid,
                         List<VerdictChange> changes) {
    }

    private Impact() {
    }

    /** The case files under a folder (recursive, {@code *.json}), sorted. */
    public static List<Path> caseFiles(Path folder) throws IOException {
        if (Files.isRegularFile(folder)) {
            return List.of(folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")).sorted()
                    .toList();
        }
    }

    /** Evaluates every case under both rule sets and compares. */
    public static Report compare(RuleSet baseline, RuleSet changed, Path folder) throws IOException {
        List<String> cases = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        List<VerdictChange> changes = new ArrayList<>();
        for (Path p : caseFiles(folder)) {
            String name = folder.equals(p) ? p.toString() : folder.relativize(p).toString().replace('\\', '/');
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (isEvaluation(text)) {
                skipped.add(name);
                continue;
            }
            CaseFile c;
            try {
                c = FundingJson.readCase(text);
                Evaluation before = baseline.evaluate(c);
                Evaluation after = changed.evaluate(c);
                cases.add(name);
                changes.addAll(diff(name, before, after));
            } catch (InvalidCaseException e) {
                invalid.put(name, e.problems().stream().map(x -> x.path() + ": " + x.message())
                        .collect(Collectors.joining("; ")));
            }
        }
        return new Report(cases, skipped, invalid, changes);
    }

    private static boolean isEvaluation(String text) {
        try {
            JsonNode n = FundingJson.mapper().readTree(text);
            return n != null && n.has("verdicts") && n.has("ruleSetDigest");
        } catch (IOException e) {
            return false; // not JSON at all: reading it as a case reports why
        }
    }

    /** The verdicts that change between two evaluations of one case. */
    public static List<VerdictChange> diff(String caseName, Evaluation before, Evaluation after) {
        Map<Subject, Verdict> a = index(before);
        Map<Subject, Verdict> b = index(after);
        List<Subject> subjects = Stream.concat(a.keySet().stream(), b.keySet().stream()).distinct().sorted().toList();
        List<VerdictChange> out = new ArrayList<>();
        for (Subject s : subjects) {
            Verdict x = a.get(s);
            Verdict y = b.get(s);
            List<CriterionChange> criteria = criteria(x == null ? List.of() : x.criteria(),
                    y == null ? List.of() : y.criteria());
            Outcome ox = x == null ? null : x.outcome();
            Outcome oy = y == null ? null : y.outcome();
            if (!Objects.equals(ox, oy) || !criteria.isEmpty()) {
                out.add(new VerdictChange(caseName, s, ox, oy, criteria));
            }
        }
        return out;
    }

    private static Map<Subject, Verdict> index(Evaluation e) {
        Map<Subject, Verdict> m = new LinkedHashMap<>();
        e.verdicts().forEach(v -> m.put(v.subject(), v));
        return m;
    }

    /** Criteria paired by rule id, statement and the paths they read; the pairs whose outcome differs. */
    private static List<CriterionChange> criteria(List<Criterion> before, List<Criterion> after) {
        Map<String, List<Criterion>> x = group(before);
        Map<String, List<Criterion>> y = group(after);
        List<CriterionChange> out = new ArrayList<>();
        for (String key : Stream.concat(x.keySet().stream(), y.keySet().stream()).distinct().sorted().toList()) {
            List<Criterion> l = x.getOrDefault(key, List.of());
            List<Criterion> r = y.getOrDefault(key, List.of());
            for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
                Criterion c = i < l.size() ? l.get(i) : null;
                Criterion d = i < r.size() ? r.get(i) : null;
                CriterionOutcome oc = c == null ? null : c.outcome();
                CriterionOutcome od = d == null ? null : d.outcome();
                if (!Objects.equals(oc, od)) {
                    Criterion any = c != null ? c : d;
                    out.add(new CriterionChange(any.ruleId(), any.statement(), c, d));
                }
            }
        }
        return out;
    }

    private static Map<String, List<Criterion>> group(List<Criterion> criteria) {
        Map<String, List<Criterion>> m = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            String paths = c.inputs().stream().map(i -> i.path()).distinct().sorted().collect(Collectors.joining(","));
            m.computeIfAbsent(c.ruleId() + "|" + c.statement() + "|" + paths, k -> new ArrayList<>()).add(c);
        }
        return m;
    }
}
