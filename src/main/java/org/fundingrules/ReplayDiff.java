package org.fundingrules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.fundingrules.json.ValueWords;
import org.fundingrules.Replay.Change;
import org.fundingrules.Replay.CriterionChange;
import org.fundingrules.Replay.Digest;
import org.fundingrules.Replay.VerdictChange;
import org.fundingrules.engine.ParameterTable;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Subject;
import org.fundingrules.trace.SubjectType;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Problem;

/**
 * Reads a stored verdict document and compares it, as a JSON tree, with a fresh evaluation written the same way. The
 * stored document is read as a tree, not as records, so that one written by another library version (with a field
 * more or less) still replays and shows what differs. Matching is described on {@link Replay}.
 */
final class ReplayDiff {
    /** Top-level fields with their own place in a {@link Replay}. */
    private static final Set<String> OWN = Set.of("libraryVersion", "inputDigest", "ruleSetDigest", "verdicts");
    // the message forms (summaryMessage, statementMessage, reasonMessage) are not compared: the English texts beside
    // them are rendered from them and show any change, and a document written before they existed still replays
    private static final Set<String> VERDICT_OWN = Set.of("subject", "outcome", "criteria", "summaryMessage");
    private static final Set<String> CRITERION_OWN = Set.of("ruleId", "outcome", "reason", "figures", "parameters",
            "statementMessage", "reasonMessage");
    /** Numbers kept as written ({@code 20000.00}, not {@code 2E+4}), so that a change shows them so. */
    private static final ObjectReader TREES = FundingJson.mapper().reader()
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    /**
     * Numbers by value, not scale: a document read and written back by a tool that strips trailing zeros (Jackson's
     * default) says 40000 for 40000.00, the same amount. The input digest still tells any change of the case.
     */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private ReplayDiff() {
    }

    /** Reads and checks a verdict document; throws {@link InvalidVerdictException} with every problem. */
    static JsonNode read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("$", "invalid_encoding", "the document is not UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw invalid("$", "malformed_json", "the document is empty");
        }
        JsonNode root;
        try {
            root = TREES.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw invalid("$", e instanceof StreamConstraintsException ? "limit_exceeded" : "malformed_json",
                    ValueWords.firstLine(e.getOriginalMessage()) + where);
        }
        if (root == null || !root.isObject()) {
            throw invalid("$", "wrong_type", "a verdict document is a JSON object, as written by evaluate");
        }
        List<Problem> problems = new ArrayList<>();
        if (!root.has("verdicts") && root.has("action")) {
            throw invalid("$", "not_a_verdict", "this is a case file, not a verdict document (no 'verdicts')");
        }
        for (String f : List.of("libraryVersion", "ruleSetDigest", "inputDigest", "referenceDate")) {
            text(root, f, "$", problems);
        }
        if (root.path("referenceDate").isTextual()) {
            try {
                LocalDate.parse(root.path("referenceDate").asText());
            } catch (DateTimeParseException e) {
                problems.add(new Problem("$.referenceDate", "invalid_value", "not a date (yyyy-mm-dd)"));
            }
        }
        Set<String> subjects = new HashSet<>();
        JsonNode verdicts = array(root, "verdicts", "$", problems);
        for (int i = 0; i < verdicts.size(); i++) {
            String at = "$.verdicts[" + i + "]";
            JsonNode v = verdicts.get(i);
            if (!v.isObject()) {
                problems.add(new Problem(at, "wrong_type", "a verdict is an object"));
                continue;
            }
            known(v, "outcome", at, Outcome.class, problems);
            JsonNode subject = v.path("subject");
            if (!subject.isObject()) {
                problems.add(new Problem(at + ".subject", "missing_field", "a verdict needs its subject"));
            } else {
                known(subject, "type", at + ".subject", SubjectType.class, problems);
                text(subject, "id", at + ".subject", problems);
                text(subject, "path", at + ".subject", problems);
                if (!subjects.add(key(v))) {
                    problems.add(new Problem(at + ".subject", "duplicate_subject", "a second verdict on "
                            + subject.path("type").asText() + " " + subject.path("id").asText()));
                }
            }
            JsonNode criteria = array(v, "criteria", at, problems);
            for (int j = 0; j < criteria.size(); j++) {
                String cat = at + ".criteria[" + j + "]";
                if (!criteria.get(j).isObject()) {
                    problems.add(new Problem(cat, "wrong_type", "a criterion is an object"));
                    continue;
                }
                text(criteria.get(j), "ruleId", cat, problems);
                known(criteria.get(j), "outcome", cat, CriterionOutcome.class, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidVerdictException(problems);
        }
        return root;
    }

    /** The stored document against the fresh evaluation. */
    static Replay compare(JsonNode stored, Evaluation fresh) {
        JsonNode now;
        try {
            now = TREES.readTree(FundingJson.write(fresh));   // both sides parsed alike
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Digest input = Digest.of(stored.path("inputDigest").asText(), fresh.inputDigest());
        Digest rules = Digest.of(stored.path("ruleSetDigest").asText(), fresh.ruleSetDigest());
        List<VerdictChange> verdicts = verdicts(stored.path("verdicts"), now.path("verdicts"));
        List<Change> others = new ArrayList<>(fields(stored, now, OWN));
        boolean identical = same(withoutVersion(stored), withoutVersion(now));
        if (!identical && input.matches() && rules.matches() && verdicts.isEmpty() && others.isEmpty()) {
            // only the order of verdicts differs: still a difference, and it must show
            others.add(change("verdicts", stored.path("verdicts"), now.path("verdicts")));
        }
        return new Replay(identical, input, rules, stored.path("libraryVersion").asText(), fresh.libraryVersion(),
                fresh.referenceDate(), verdicts, others);
    }

    private static JsonNode withoutVersion(JsonNode document) {
        ObjectNode copy = ((ObjectNode) document).deepCopy();
        copy.remove("libraryVersion");
        return copy;
    }

    private static List<VerdictChange> verdicts(JsonNode before, JsonNode after) {
        Map<String, JsonNode> x = bySubject(before);
        Map<String, JsonNode> y = bySubject(after);
        TreeSet<String> keys = new TreeSet<>(Comparator.comparing((String k) -> SubjectType.valueOf(k.split("\u0000")[0]))
                .thenComparing(k -> k.split("\u0000", 2)[1]));
        keys.addAll(x.keySet());
        keys.addAll(y.keySet());
        List<VerdictChange> out = new ArrayList<>();
        for (String k : keys) {
            JsonNode v = x.get(k);
            JsonNode w = y.get(k);
            if (v != null && w != null && same(v, w)) {
                continue;
            }
            List<CriterionChange> criteria = criteria(v == null ? null : v.path("criteria"),
                    w == null ? null : w.path("criteria"));
            List<Change> fields = new ArrayList<>();
            if (v != null && w != null) {
                fields.addAll(fields(v, w, VERDICT_OWN));
                fields(v.path("subject"), w.path("subject"), Set.of("type", "id"))
                        .forEach(c -> fields.add(new Change("subject." + c.name(), c.before(), c.after())));
                if (criteria.isEmpty() && fields.isEmpty() && v.path("outcome").equals(w.path("outcome"))) {
                    fields.add(change("criteria", v.path("criteria"), w.path("criteria")));   // order only
                }
            }
            JsonNode s = (w != null ? w : v).path("subject");
            out.add(new VerdictChange(new Subject(SubjectType.valueOf(s.path("type").asText()), s.path("id").asText(),
                    s.path("path").asText()), outcome(v, Outcome.class), outcome(w, Outcome.class), criteria, fields));
        }
        return out;
    }

    private static Map<String, JsonNode> bySubject(JsonNode verdicts) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        verdicts.forEach(v -> m.put(key(v), v));
        return m;
    }

    private static String key(JsonNode verdict) {
        return verdict.path("subject").path("type").asText() + "\u0000" + verdict.path("subject").path("id").asText();
    }

    /** Pairs criteria (see {@link Replay}) and returns the pairs that differ, by rule id then document order. */
    private static List<CriterionChange> criteria(JsonNode before, JsonNode after) {
        List<JsonNode> l = list(before);
        List<JsonNode> r = list(after);
        Integer[] partner = new Integer[l.size()];
        boolean[] taken = new boolean[r.size()];
        pair(l, r, partner, taken, c -> c.path("ruleId").asText() + "\u0000" + paths(c));
        pair(l, r, partner, taken, c -> c.path("ruleId").asText());
        record Pair(JsonNode c, JsonNode d, int order) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            pairs.add(new Pair(l.get(i), partner[i] == null ? null : r.get(partner[i]), i));
        }
        for (int j = 0; j < r.size(); j++) {
            if (!taken[j]) {
                pairs.add(new Pair(null, r.get(j), l.size() + j));
            }
        }
        pairs.sort(Comparator.comparing((Pair p) -> (p.c() != null ? p.c() : p.d()).path("ruleId").asText())
                .thenComparingInt(Pair::order));
        List<CriterionChange> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.c() == null || p.d() == null || !same(p.c(), p.d())) {
                out.add(criterion(p.c(), p.d()));
            }
        }
        return out;
    }

    /** Pairs the criteria not yet paired that share a key, in document order. */
    private static void pair(List<JsonNode> l, List<JsonNode> r, Integer[] partner, boolean[] taken,
                             Function<JsonNode, String> key) {
        Map<String, List<Integer>> open = new LinkedHashMap<>();
        for (int j = 0; j < r.size(); j++) {
            if (!taken[j]) {
                open.computeIfAbsent(key.apply(r.get(j)), k -> new ArrayList<>()).add(j);
            }
        }
        for (int i = 0; i < l.size(); i++) {
            List<Integer> candidates = open.get(key.apply(l.get(i)));
            if (partner[i] == null && candidates != null && !candidates.isEmpty()) {
                partner[i] = candidates.remove(0);
                taken[partner[i]] = true;
            }
        }
    }

    private static String paths(JsonNode criterion) {
        return list(criterion.path("inputs")).stream().map(i -> i.path("path").asText()).distinct().sorted()
                .collect(Collectors.joining(","));
    }

    private static CriterionChange criterion(JsonNode c, JsonNode d) {
        JsonNode any = c != null ? c : d;
        List<Change> figures = List.of();
        List<Change> parameters = List.of();
        List<Change> fields = new ArrayList<>();
        if (c != null && d != null) {
            figures = named(c.path("figures"), d.path("figures"), "name", f -> withUnit(f));
            parameters = named(c.path("parameters"), d.path("parameters"), "key",
                    p -> withUnit(p) + " (from " + p.path("validFrom").asText()
                            + (p.path("validUntil").isTextual() ? " to " + p.path("validUntil").asText() : "") + ")");
            fields.addAll(fields(c, d, CRITERION_OWN));
            if (figures.isEmpty() && !same(c.path("figures"), d.path("figures"))) {
                fields.add(change("figures", c.path("figures"), d.path("figures")));
            }
            if (parameters.isEmpty() && !same(c.path("parameters"), d.path("parameters"))) {
                fields.add(change("parameters", c.path("parameters"), d.path("parameters")));
            }
            fields.sort(Comparator.comparing(Change::name));
        }
        return new CriterionChange(any.path("ruleId").asText(), any.path("statement").asText(),
                outcome(c, CriterionOutcome.class), outcome(d, CriterionOutcome.class),
                c == null ? null : c.path("reason").asText(), d == null ? null : d.path("reason").asText(), figures,
                parameters, fields);
    }

    private static String withUnit(JsonNode item) {
        String unit = item.path("unit").asText();
        return item.path("value").asText() + (unit.isEmpty() ? "" : " " + unit);
    }

    /** Items of two lists paired by a key field, then in order; those whose rendering differs. */
    private static List<Change> named(JsonNode before, JsonNode after, String keyField,
                                      Function<JsonNode, String> render) {
        Map<String, List<String>> x = group(before, keyField, render);
        Map<String, List<String>> y = group(after, keyField, render);
        Set<String> keys = new java.util.LinkedHashSet<>(x.keySet());
        keys.addAll(y.keySet());
        List<Change> out = new ArrayList<>();
        for (String k : keys) {
            List<String> a = x.getOrDefault(k, List.of());
            List<String> b = y.getOrDefault(k, List.of());
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String u = i < a.size() ? a.get(i) : null;
                String v = i < b.size() ? b.get(i) : null;
                if (!Objects.equals(u, v)) {
                    out.add(new Change(k, u, v));
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> group(JsonNode items, String keyField, Function<JsonNode, String> render) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        list(items).forEach(i -> m.computeIfAbsent(i.path(keyField).asText(), k -> new ArrayList<>()).add(render.apply(i)));
        return m;
    }

    /** The fields of two objects, other than {@code skip}, that differ, by name. */
    private static List<Change> fields(JsonNode before, JsonNode after, Set<String> skip) {
        TreeSet<String> names = new TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        names.removeAll(skip);
        List<Change> out = new ArrayList<>();
        for (String n : names) {
            if (!same(before.path(n), after.path(n))) {
                out.add(change(n, before.path(n), after.path(n)));
            }
        }
        return out;
    }

    /**
     * A field that differs: a value as text (a string as itself, anything else as compact JSON, absent as
     * {@code null}); for two lists, the items found on one side only, as a JSON array each.
     */
    private static Change change(String name, JsonNode before, JsonNode after) {
        if (before.isArray() && after.isArray()) {
            List<JsonNode> onlyBefore = minus(list(before), list(after));
            List<JsonNode> onlyAfter = minus(list(after), list(before));
            if (onlyBefore.isEmpty() && onlyAfter.isEmpty()) {
                return new Change(name, "the same items", "in another order");
            }
            return new Change(name, array(onlyBefore), array(onlyAfter));
        }
        return new Change(name, text(before), text(after));
    }

    private static List<JsonNode> minus(List<JsonNode> a, List<JsonNode> b) {
        List<JsonNode> rest = new ArrayList<>(b);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : a) {
            int at = 0;
            while (at < rest.size() && !same(n, rest.get(at))) {
                at++;
            }
            if (at < rest.size()) {
                rest.remove(at);   // each item of b answers for one item of a
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.equals(BY_VALUE, b);
    }

    private static String array(List<JsonNode> items) {
        return JsonNodeFactory.instance.arrayNode().addAll(items).toString();
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() ? null : n.isTextual() ? n.asText() : n.toString();
    }

    private static List<JsonNode> list(JsonNode array) {
        return array == null || !array.isArray() ? List.of()
                : StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static <E extends Enum<E>> E outcome(JsonNode item, Class<E> type) {
        return item == null ? null : Enum.valueOf(type, item.path("outcome").asText());
    }

    private static InvalidVerdictException invalid(String path, String code, String message) {
        return new InvalidVerdictException(List.of(new Problem(path, code, message)));
    }

    private static void text(JsonNode o, String field, String at, List<Problem> problems) {
        if (!o.path(field).isTextual()) {
            problems.add(new Problem(at + "." + field, o.has(field) ? "wrong_type" : "missing_field",
                    "'" + field + "' must be a string"));
        }
    }

    private static JsonNode array(JsonNode o, String field, String at, List<Problem> problems) {
        if (!o.path(field).isArray()) {
            problems.add(new Problem(at + "." + field, o.has(field) ? "wrong_type" : "missing_field",
                    "'" + field + "' must be a list"));
            return JsonNodeFactory.instance.arrayNode();
        }
        return o.path(field);
    }

    private static <E extends Enum<E>> void known(JsonNode o, String field, String at, Class<E> type,
                                                  List<Problem> problems) {
        String value = o.path(field).asText("");
        boolean ok = o.path(field).isTextual()
                && java.util.Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
        if (!ok) {
            problems.add(new Problem(at + "." + field, o.has(field) ? "invalid_value" : "missing_field",
                    "'" + field + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
        }
    }
}
