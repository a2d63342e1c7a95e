package org.fundingrules.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.fundingrules.json.ValueWords;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Verdict;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.SubjectType;

/**
 * Scenario files ({@code <family>/scenarios/*.yaml}): cases in the shape of a real request, with the verdicts a
 * rule author expects. A file has a {@code base} case merged under every scenario's {@code case} (objects merged
 * key by key, arrays and values replaced), and a list of {@code scenarios}, each with a {@code name}, a
 * {@code source} saying where its numbers come from, and {@code expect}: per subject ({@code "THIRD_PARTY tp1"})
 * the outcome, the outcome of each criterion by rule id, figures by name, a text the failure reason contains, and
 * ({@code explain}) per rule id the exact set of a criterion's input paths and its table rows, all of them in order
 * ({@code rows}) or some of them ({@code rowsContain}). A key it does not know is a difference, not ignored.
 */
public final class Scenarios {

    /** One scenario, ready to run. */
    public record Scenario(String file, String name, String source, JsonNode caseJson, JsonNode expect,
                           String expectOverall) {
        @Override
        public String toString() {
            return file + " :: " + name;
        }
    }

    private Scenarios() {
    }

    /** Every scenario of every scenario file of a rule set, in file order. */
    public static List<Scenario> load(RuleFiles files) {
        List<Scenario> out = new ArrayList<>();
        for (var f : files.files().entrySet()) {
            if (f.getKey().contains("/scenarios/") && f.getKey().endsWith(".yaml")) {
                out.addAll(parse(f.getKey(), files.text(f.getKey())));
            }
        }
        return out;
    }

    static List<Scenario> parse(String file, String text) {
        JsonNode root;
        try {
            root = ParameterTable.Yaml.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": " + ValueWords.firstLine(e.getOriginalMessage()), e);
        }
        JsonNode base = root.path("base");
        List<Scenario> out = new ArrayList<>();
        for (JsonNode s : root.path("scenarios")) {
            String name = s.path("name").asText();
            String source = s.path("source").asText("");
            if (name.isBlank() || source.isBlank()) {
                throw new IllegalArgumentException(file + ": every scenario needs a name and a source (" + name + ")");
            }
            JsonNode merged = merge(base.deepCopy(), s.path("case"));
            out.add(new Scenario(file, name, source, merged, s.path("expect"),
                    s.hasNonNull("overall") ? s.get("overall").asText() : null));
        }
        return out;
    }

    /** Objects merged key by key; anything else in {@code patch} replaces what {@code base} has. */
    static JsonNode merge(JsonNode base, JsonNode patch) {
        if (patch.isMissingNode()) {
            return base;
        }
        if (base instanceof ObjectNode b && patch.isObject()) {
            for (Map.Entry<String, JsonNode> e : patch.properties()) {
                JsonNode existing = b.get(e.getKey());
                b.set(e.getKey(), existing == null ? e.getValue() : merge(existing, e.getValue()));
            }
            return b;
        }
        return patch;
    }

    /**
     * What one scenario gave: every difference from the expectation (empty when it passes) and the evaluation
     * ({@code null} when the scenario's case could not be evaluated).
     */
    public record Result(Scenario scenario, List<String> differences, Evaluation evaluation) {
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    /** Runs one scenario; returns every difference from the expectation (empty when it passes). */
    public static List<String> check(Engine engine, Scenario s) {
        return run(engine, s).differences();
    }

    /** Runs one scenario and keeps its evaluation. */
    public static Result run(Engine engine, Scenario s) {
        CaseFile caseFile;
        try {
            caseFile = FundingJson.readCase(FundingJson.mapper().writeValueAsString(s.caseJson()));
        } catch (InvalidCaseException e) {
            return new Result(s, List.of("the scenario's case is invalid: " + e.getMessage()), null);
        } catch (JsonProcessingException e) {
            return new Result(s, List.of("the scenario's case cannot be written as JSON: " + e.getMessage()), null);
        }
        Evaluation ev = Evaluator.evaluate(engine, caseFile);
        return new Result(s, compare(ev, s), ev);
    }

    /** Every difference between an evaluation and what the scenario expects. */
    private static List<String> compare(Evaluation ev, Scenario s) {
        List<String> diffs = new ArrayList<>();
        if (s.expectOverall() != null && !ev.outcome().name().equals(s.expectOverall())) {
            diffs.add("overall: expected " + s.expectOverall() + ", got " + ev.outcome());
        }
        for (Map.Entry<String, JsonNode> e : s.expect().properties()) {
            String[] key = e.getKey().trim().split("\\s+", 2);
            SubjectType type;
            try {
                type = SubjectType.valueOf(key[0]);
            } catch (IllegalArgumentException ex) {
                diffs.add("unknown subject type in '" + e.getKey() + "'");
                continue;
            }
            String id = key.length > 1 ? key[1] : "";
            Verdict v = ev.verdict(type, id).orElse(null);
            if (v == null) {
                diffs.add(e.getKey() + ": no verdict for this subject");
                continue;
            }
            compare(e.getKey(), v, e.getValue(), diffs);
        }
        return diffs;
    }

    /** Expected "outcome" of a criterion that must not be applied to the subject at all. */
    static final String ABSENT = "ABSENT";

    private static void compare(String subject, Verdict v, JsonNode want, List<String> diffs) {
        for (Map.Entry<String, JsonNode> k : want.properties()) {
            if (!SUBJECT_KEYS.contains(k.getKey())) {
                diffs.add(subject + ": unknown key '" + k.getKey() + "' (known: " + String.join(", ", SUBJECT_KEYS)
                        + ")");
            }
        }
        if (want.hasNonNull("outcome") && !Outcome.valueOf(want.get("outcome").asText()).equals(v.outcome())) {
            diffs.add(subject + ": expected " + want.get("outcome").asText() + ", got " + v.outcome() + " ("
                    + v.summary() + ")");
        }
        for (Map.Entry<String, JsonNode> c : want.path("criteria").properties()) {
            List<Criterion> found = v.criteria().stream().filter(x -> x.ruleId().equals(c.getKey())).toList();
            if (ABSENT.equals(c.getValue().asText())) {
                if (!found.isEmpty()) {
                    diffs.add(subject + ": criterion " + c.getKey() + " expected absent, got " + found.get(0).outcome()
                            + (found.get(0).reason().isEmpty() ? "" : " (" + found.get(0).reason() + ")"));
                }
                continue;
            }
            CriterionOutcome expected = CriterionOutcome.valueOf(c.getValue().asText());
            if (found.isEmpty()) {
                diffs.add(subject + ": criterion " + c.getKey() + " was not applied (expected " + expected + ")");
            }
            for (Criterion x : found) {
                if (x.outcome() != expected) {
                    diffs.add(subject + ": criterion " + c.getKey() + " expected " + expected + ", got " + x.outcome()
                            + (x.reason().isEmpty() ? "" : " (" + x.reason() + ")"));
                }
            }
        }
        for (Map.Entry<String, JsonNode> f : want.path("figures").properties()) {
            List<String> values = v.criteria().stream().flatMap(x -> x.figures().stream())
                    .filter(x -> x.name().equals(f.getKey())).map(Figure::value).distinct().toList();
            if (!values.contains(f.getValue().asText())) {
                diffs.add(subject + ": figure '" + f.getKey() + "' expected " + f.getValue().asText() + ", got "
                        + (values.isEmpty() ? "none" : values));
            }
        }
        if (want.hasNonNull("reasonContains")) {
            String text = want.get("reasonContains").asText();
            boolean any = v.criteria().stream().anyMatch(x -> x.reason().contains(text));
            if (!any) {
                diffs.add(subject + ": no criterion's reason contains '" + text + "' (summary: " + v.summary() + ")");
            }
        }
        if (want.has("explain")) {
            if (!want.get("explain").isObject()) {
                diffs.add(subject + ": explain must map rule ids to " + String.join(", ", EXPLAIN_KEYS) + ", got "
                        + want.get("explain"));
            }
            for (Map.Entry<String, JsonNode> x : want.path("explain").properties()) {
                explain(subject, v, x.getKey(), x.getValue(), diffs);
            }
        }
    }

    /** The keys of a subject's expectation. */
    static final List<String> SUBJECT_KEYS = List.of("outcome", "criteria", "figures", "reasonContains", "explain");

    /** The keys of one criterion's expected explanation ({@code explain: { <ruleId>: ... }}). */
    static final List<String> EXPLAIN_KEYS = List.of("inputs", "rows", "rowsContain");

    /** Lists in differences are written as JSON arrays of strings, which YAML reads back as written. */
    private static final ObjectMapper LISTS = new ObjectMapper();

    /**
     * The explanation of every criterion of one rule id on a subject: the set of its input paths ({@code inputs},
     * order and repetition ignored), all its table rows in order ({@code rows}), rows it must have
     * ({@code rowsContain}). Cells and paths are compared as text.
     */
    private static void explain(String subject, Verdict v, String ruleId, JsonNode want, List<String> diffs) {
        String at = subject + ": criterion " + ruleId;
        if (!want.isObject()) {
            diffs.add(at + ": explain expects " + String.join(", ", EXPLAIN_KEYS) + ", got " + want);
            return;
        }
        int before = diffs.size();
        for (Map.Entry<String, JsonNode> k : want.properties()) {
            if (!EXPLAIN_KEYS.contains(k.getKey())) {
                diffs.add(at + ": unknown explain key '" + k.getKey() + "' (known: " + String.join(", ", EXPLAIN_KEYS)
                        + ")");
            }
        }
        List<String> inputs = want.has("inputs") ? texts(want.get("inputs"), at + ": inputs", diffs) : null;
        List<List<String>> rows = want.has("rows") ? rows(want.get("rows"), at + ": rows", diffs) : null;
        List<List<String>> contain = want.has("rowsContain")
                ? rows(want.get("rowsContain"), at + ": rowsContain", diffs) : null;
        if (diffs.size() > before) {
            return;
        }
        List<Criterion> found = v.criteria().stream().filter(x -> x.ruleId().equals(ruleId)).toList();
        if (found.isEmpty()) {
            diffs.add(at + " was not applied (expected its explanation)");
        }
        for (Criterion c : found) {
            if (inputs != null) {
                SortedSet<String> expected = new TreeSet<>(inputs);
                SortedSet<String> actual = new TreeSet<>(c.inputs().stream().map(InputValue::path).toList());
                if (!expected.equals(actual)) {
                    SortedSet<String> missing = new TreeSet<>(expected);
                    missing.removeAll(actual);
                    SortedSet<String> extra = new TreeSet<>(actual);
                    extra.removeAll(expected);
                    diffs.add(at + " inputs expected " + json(expected) + ", got " + json(actual) + " ("
                            + (missing.isEmpty() ? "" : "missing " + json(missing))
                            + (missing.isEmpty() || extra.isEmpty() ? "" : "; ")
                            + (extra.isEmpty() ? "" : "not expected " + json(extra)) + ")");
                }
            }
            List<List<String>> actualRows = c.table() == null ? List.of() : c.table().rows();
            if (rows != null && !rows.equals(actualRows)) {
                for (int i = 0; i < Math.max(rows.size(), actualRows.size()); i++) {
                    List<String> e = i < rows.size() ? rows.get(i) : null;
                    List<String> a = i < actualRows.size() ? actualRows.get(i) : null;
                    if (e == null || !e.equals(a)) {
                        diffs.add(at + " table row " + (i + 1) + " expected " + (e == null ? "none" : json(e))
                                + ", got " + (a == null ? "none" : json(a)));
                    }
                }
            }
            if (contain != null) {
                for (List<String> row : contain) {
                    if (!actualRows.contains(row)) {
                        diffs.add(at + " table has no row " + json(row) + " (rows: "
                                + (actualRows.isEmpty() ? "none" : json(actualRows)) + ")");
                    }
                }
            }
        }
    }

    /** A list of scalars as text, or null with a difference when {@code node} is anything else. */
    private static List<String> texts(JsonNode node, String what, List<String> diffs) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode x : node) {
                if (!x.isValueNode() || x.isNull()) {
                    break;
                }
                out.add(x.asText());
            }
            if (out.size() == node.size()) {
                return out;
            }
        }
        diffs.add(what + " must be a list of texts, got " + node);
        return null;
    }

    /** A list of rows (lists of cells), or null with a difference when {@code node} is anything else. */
    private static List<List<String>> rows(JsonNode node, String what, List<String> diffs) {
        List<List<String>> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode row : node) {
                List<String> cells = texts(row, what + " (row " + (out.size() + 1) + ")", diffs);
                if (cells == null) {
                    return null;
                }
                out.add(cells);
            }
            return out;
        }
        diffs.add(what + " must be a list of rows, each a list of cells, got " + node);
        return null;
    }

    private static String json(Object list) {
        try {
            return LISTS.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
