package org.fundingrules.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.fundingrules.bench.Shapes;
import org.fundingrules.json.CaseLimits;
import org.fundingrules.model.Award;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.Enterprise;

/**
 * Hostile or extreme case files, each built from one seed (the same seed gives the same bytes): the three examples
 * and the {@link Shapes} mutated in the tree and in the text, documents written from scratch, and shapes sized just
 * under and just over the resource limits of {@link CaseLimits}. Every case has a kind, {@code origin/op+op}, that
 * the campaign counts and names a failure by.
 */
public final class HostileCases {
    /** One generated input: what it is, the seed it came from and the JSON text handed to the library. */
    public record HostileCase(String kind, long seed, String json) {
        /** The origin of the case, the part of its kind before the first '/'. */
        public String origin() {
            int slash = kind.indexOf('/');
            return slash < 0 ? kind : kind.substring(0, slash);
        }
    }

    /** What a limit case must end in: the limit's exact expectations (null for a mutated limit case). */
    public enum LimitSide { UNDER, OVER }

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] EXAMPLES = {"amulet", "sme-group", "state-aid"};
    private static final Map<String, JsonNode> EXAMPLE_TREES = new ConcurrentHashMap<>();
    private static final Map<String, int[]> LIMIT_SIZES = new ConcurrentHashMap<>();
    /** Raw JSON tokens (numbers Jackson would not write, like 1e400) are put in as this marker, then replaced. */
    private static final String RAW = "\u0001raw\u0001";
    /** Characters a text mutation puts in place of one of the document. */
    private static final String REPLACEMENTS = "{}[]:,\"\\0e-+ \u0000\uFFFF";

    /** Tree mutations. */
    enum TreeOp {
        DELETE_FIELD, NULL_FIELD, DELETE_ITEM, DUPLICATE_ITEM, NULL_ITEM, EMPTY_ARRAY, WRONG_TYPE, EXTREME_NUMBER,
        EXTREME_AMOUNT, SUB_CENT, BAD_DATE, EDGE_DATE, CURRENCY, UNICODE, LONG_STRING, ID_COLLISION, DANGLING_REF,
        HOLDING_CYCLE, SELF_HOLDING, SHARE_ABOVE_100, DEEP_NESTING, COPY_VALUE, UNKNOWN_FIELD, RENAME_FIELD,
        EXCHANGE_RATE, JOINT_GROUP, AID_HISTORY, MANY_ITEMS
    }

    /** Text mutations, after the tree is written. */
    enum TextOp {
        TRUNCATE, TRAILING_CONTENT, BOM, NUL, DUPLICATE_KEY, BARE_NAN, COMMENT, SINGLE_QUOTES, CONTROL_CHAR,
        DELETE_CHAR, REPLACE_CHAR, LONE_SURROGATE_ESCAPE, WHITESPACE_FLOOD, EMPTY
    }

    private HostileCases() {
    }

    /** The case of this seed. */
    public static HostileCase generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int pick = r.nextInt(1000);
        if (pick < 2) {
            return limit(seed, r, false);
        }
        if (pick < 3) {
            return limit(seed, r, true);
        }
        if (pick < 380) {
            String name = EXAMPLES[r.nextInt(EXAMPLES.length)];
            return mutated("example:" + name, example(name).deepCopy(), seed, r, 1 + r.nextInt(6));
        }
        if (pick < 620) {
            Shapes.Shape shape = Shapes.Shape.values()[r.nextInt(Shapes.Shape.values().length)];
            int n = smallSize(shape, r);
            return mutated("shape:" + shape, tree(shape.json(n)), seed, r, r.nextInt(4));
        }
        if (pick < 780) {
            JsonNode base = r.nextBoolean() ? example(EXAMPLES[r.nextInt(EXAMPLES.length)]).deepCopy()
                    : tree(Shapes.Shape.values()[r.nextInt(Shapes.Shape.values().length)].json(1 + r.nextInt(8)));
            String origin = "text";
            if (r.nextInt(3) == 0) {
                origin = "text+tree";
                int ops = 1 + r.nextInt(3);
                StringBuilder kind = new StringBuilder();
                for (int i = 0; i < ops; i++) {
                    kind.append(i == 0 ? "" : "+").append(treeMutation(base, r));
                }
                origin += "(" + kind + ")";
            }
            String json = write(base, r);
            TextOp op = TextOp.values()[r.nextInt(TextOp.values().length)];
            return new HostileCase(origin + "/" + op, seed, textMutation(json, op, r));
        }
        if (pick < 890) {
            return scratchCase(seed, r);
        }
        return scratchDocument(seed, r);
    }

    // ------------------------------------------------------------------ origins

    private static HostileCase mutated(String origin, JsonNode root, long seed, SplittableRandom r, int ops) {
        StringBuilder kind = new StringBuilder(origin).append('/');
        if (ops == 0) {
            kind.append("UNCHANGED");
        }
        for (int i = 0; i < ops; i++) {
            kind.append(i == 0 ? "" : "+").append(treeMutation(root, r));
        }
        return new HostileCase(kind.toString(), seed, write(root, r));
    }

    /** Shapes sized mostly small (cheap), sometimes up to a few tens of enterprises. */
    private static int smallSize(Shapes.Shape shape, SplittableRandom r) {
        int n = r.nextInt(5) == 0 ? 1 + r.nextInt(40) : 1 + r.nextInt(10);
        return switch (shape) {
            case AWARDS, LONERS, APPLICANTS, AID_HISTORY, DATES -> n * (1 + r.nextInt(3));
            default -> n;
        };
    }

    /** Which limit a limit case sits at. */
    enum Limit {
        CHAIN_WORK(Shapes.Shape.CHAIN), STAR_WORK(Shapes.Shape.STAR), PARTNER_STAR_WORK(Shapes.Shape.PARTNER_STAR),
        DIAMOND_WORK(Shapes.Shape.DIAMOND), JOINT_GROUP_WORK(Shapes.Shape.JOINT_GROUP),
        DENSE_JOINT_GROUP_WORK(Shapes.Shape.DENSE_JOINT_GROUP), APPLICANTS_WORK(Shapes.Shape.APPLICANTS),
        LONERS_WORK(Shapes.Shape.LONERS), AWARDS_PER_THIRD_PARTY(Shapes.Shape.DATES),
        AID_HISTORY(Shapes.Shape.AID_HISTORY), AWARDS_AND_THIRD_PARTIES(Shapes.Shape.AWARDS);

        final Shapes.Shape shape;

        Limit(Shapes.Shape shape) {
            this.shape = shape;
        }
    }

    /** A shape at the largest size the limits accept, or one more; with {@code mutate}, then edited once or twice. */
    private static HostileCase limit(long seed, SplittableRandom r, boolean mutate) {
        Limit limit = Limit.values()[r.nextInt(Limit.values().length)];
        int under = largestAccepted(limit.shape);
        boolean over = r.nextBoolean();
        int n = over ? under + 1 : under;
        String origin = "limit:" + limit + ":" + (over ? "OVER" : "UNDER") + ":" + n;
        if (!mutate) {
            return new HostileCase(origin + "/EXACT", seed, limit.shape.json(n));
        }
        return mutated(origin, tree(limit.shape.json(n)), seed, r, 1 + r.nextInt(2));
    }

    /** The side of the limit an unedited limit case is on, or null for any other case. */
    public static LimitSide limitSide(HostileCase c) {
        if (!c.kind().startsWith("limit:") || !c.kind().endsWith("/EXACT")) {
            return null;
        }
        return c.kind().contains(":OVER:") ? LimitSide.OVER : LimitSide.UNDER;
    }

    /** The largest size of the shape that every bound of {@link CaseLimits} accepts (found by bisection). */
    static int largestAccepted(Shapes.Shape shape) {
        return LIMIT_SIZES.computeIfAbsent(shape.name(), k -> new int[] {bisect(n -> withinLimits(shape.json(n)))})[0];
    }

    private static int bisect(IntPredicate accepted) {
        int lo = 1;
        int hi = 2;
        while (accepted.test(hi)) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (accepted.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The bounds of {@link CaseLimits}, computed on the case as read without validation. */
    static boolean withinLimits(String json) {
        CaseFile f;
        try {
            f = org.fundingrules.json.FundingJson.mapper().readValue(json, CaseFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (f.awards().size() + f.thirdParties().size() > CaseLimits.MAX_AWARDS_AND_THIRD_PARTIES) {
            return false;
        }
        int aids = 0;
        for (Enterprise e : f.enterprises()) {
            aids += e.aidHistory().size();
        }
        if (aids > CaseLimits.MAX_AID_HISTORY) {
            return false;
        }
        Map<String, Integer> per = new java.util.HashMap<>();
        for (Award w : f.awards()) {
            if (per.merge(w.thirdPartyId(), 1, Integer::sum) > CaseLimits.MAX_AWARDS_PER_THIRD_PARTY) {
                return false;
            }
        }
        CaseLimits.Estimate e = CaseLimits.estimate(f);
        return e.work() <= CaseLimits.MAX_SME_WORK && e.largestWork() <= CaseLimits.MAX_SME_WORK;
    }

    /** A case written from scratch: the required parts, each present, absent, null or odd at random. */
    private static HostileCase scratchCase(long seed, SplittableRandom r) {
        ObjectNode root = F.objectNode();
        List<String> made = new ArrayList<>();
        maybe(root, "referenceDate", r, () -> F.textNode(date(r)), made);
        ObjectNode action = F.objectNode();
        maybe(action, "id", r, () -> F.textNode(id(r)), made);
        maybe(action, "programme", r, () -> F.textNode(pick(r, "H2020", "HORIZON", "h2020", "", "DIGITAL")), made);
        maybe(action, "topic", r, () -> F.textNode(pick(r, "INNOSUP-01-2018-2020", "X", text(r))), made);
        maybe(action, "startDate", r, () -> F.textNode(date(r)), made);
        maybe(action, "durationMonths", r, () -> number(r), made);
        maybe(action, "totalCost", r, () -> money(r), made);
        maybe(action, "fstp", r, () -> F.objectNode().put("topicProvidesFstp", r.nextBoolean())
                .put("topicReference", text(r)), made);
        maybe(root, "action", r, () -> action, made);
        int tps = r.nextInt(4);
        ArrayNode parties = F.arrayNode();
        ArrayNode awards = F.arrayNode();
        ArrayNode ents = F.arrayNode();
        ArrayNode holdings = F.arrayNode();
        for (int i = 0; i < tps; i++) {
            ObjectNode tp = F.objectNode().put("id", "tp" + i).put("name", text(r)).put("country", pick(r, "IT", "it",
                    "XX", "DE", "")).put("pic", pick(r, "999000001", "1", "", "9".repeat(30)));
            if (r.nextBoolean()) {
                tp.put("enterpriseId", "e" + r.nextInt(4));
            }
            parties.add(tp);
            ObjectNode w = F.objectNode().put("id", "w" + i).put("callId", pick(r, "oc1", "oc2", ""))
                    .put("thirdPartyId", "tp" + r.nextInt(tps)).put("date", date(r))
                    .put("activityType", pick(r, "feasibility study", "", "x"));
            w.set("amount", money(r));
            awards.add(w);
        }
        for (int i = 0; i < r.nextInt(5); i++) {
            ObjectNode e = F.objectNode().put("id", "e" + i).put("name", text(r)).put("country", "IT")
                    .put("kind", pick(r, "ENTERPRISE", "NATURAL_PERSON", "PUBLIC_BODY", "enterprise", "ROBOT"));
            ArrayNode accounts = F.arrayNode();
            for (int k = 0; k < r.nextInt(3); k++) {
                ObjectNode a = F.objectNode().put("periodEnd", date(r)).put("basis", pick(r, "APPROVED", "ESTIMATE",
                        "x"));
                a.set("staffAwu", number(r));
                a.set("turnover", money(r));
                a.set("balanceSheetTotal", money(r));
                accounts.add(a);
            }
            e.set("accounts", accounts);
            ents.add(e);
        }
        for (int i = 0; i < r.nextInt(6); i++) {
            ObjectNode h = F.objectNode().put("id", "h" + i).put("holderId", "e" + r.nextInt(5))
                    .put("heldId", "e" + r.nextInt(5));
            h.set("capitalShare", number(r));
            h.set("votingShare", number(r));
            holdings.add(h);
        }
        maybe(root, "beneficiaries", r, () -> F.arrayNode().add(F.objectNode().put("id", "b1").put("name", "B")
                .put("country", "DE").put("pic", "999000001")), made);
        ObjectNode call = F.objectNode().put("id", "oc1").put("form", pick(r, "GRANT", "PRIZE", "LOAN", "grant"))
                .put("objectives", "o").put("eligibleRecipients", "e").put("awardCriteria", "a")
                .put("amountCriteria", "a").put("maxCriteria", "m").put("smeOnly", r.nextBoolean());
        call.set("beneficiaryIds", F.arrayNode().add("b1"));
        call.set("activityTypes", F.arrayNode().add("feasibility study"));
        call.set("maxPerThirdParty", money(r));
        maybe(root, "openCalls", r, () -> F.arrayNode().add(call), made);
        maybe(root, "thirdParties", r, () -> parties, made);
        maybe(root, "awards", r, () -> awards, made);
        maybe(root, "enterprises", r, () -> ents, made);
        maybe(root, "holdings", r, () -> holdings, made);
        String kind = "scratch:case/" + (made.isEmpty() ? "ALL_PRESENT" : String.join("+", made));
        return new HostileCase(kind, seed, write(root, r));
    }

    /** Any JSON document (or almost), nested at random, with the names of a case file as keys. */
    private static HostileCase scratchDocument(long seed, SplittableRandom r) {
        int style = r.nextInt(6);
        String json = switch (style) {
            case 0 -> write(randomValue(r, 0), r);
            case 1 -> {
                ObjectNode o = F.objectNode();
                for (int i = 0; i < 1 + r.nextInt(8); i++) {
                    o.set(pick(r, "referenceDate", "action", "awards", "thirdParties", "enterprises", "holdings",
                            "jointGroups", "exchangeRates", "openCalls", "beneficiaries", "budgetLines", "notes",
                            "adjacentMarkets", "x"), randomValue(r, 0));
                }
                yield write(o, r);
            }
            case 2 -> randomText(r);
            case 3 -> {
                int depth = pick(r, new int[] {31, 32, 33, 100, 10_000, 100_000});
                yield r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"notes\":".repeat(depth) + "null" + "}".repeat(depth);
            }
            case 4 -> pick(r, "null", "true", "0", "\"\"", "[]", "{}", "[{}]", "1e400", "-0", "\"\\u0000\"", "{\"\":{}}",
                    "{\"referenceDate\":null}", "{\"action\":{}}", "\uFEFF{}", "{}{}", "{} x", "[]]", "{\"a\"", "{,}");
            default -> {
                // a document of scratch shape, every array long (many ids, same name)
                ObjectNode o = F.objectNode().put("referenceDate", date(r));
                ArrayNode items = F.arrayNode();
                int n = 1 + r.nextInt(2000);
                for (int i = 0; i < n; i++) {
                    items.add(F.objectNode().put("id", r.nextBoolean() ? "same" : "i" + i));
                }
                o.set(pick(r, "awards", "thirdParties", "enterprises", "holdings", "jointGroups", "budgetLines"), items);
                yield write(o, r);
            }
        };
        return new HostileCase("scratch:document/STYLE_" + style, seed, json);
    }

    // ------------------------------------------------------------------ tree mutations

    /** Applies one tree mutation somewhere in the document; returns its name. */
    static String treeMutation(JsonNode root, SplittableRandom r) {
        TreeOp op = TreeOp.values()[r.nextInt(TreeOp.values().length)];
        List<Slot> all = new ArrayList<>();
        slots(root, all);
        if (all.isEmpty()) {
            return op + "(nothing)";
        }
        switch (op) {
            case DELETE_FIELD -> {
                Slot s = pickSlot(r, all, x -> x.name != null);
                if (s != null) {
                    ((ObjectNode) s.parent).remove(s.name);
                }
            }
            case NULL_FIELD -> set(pickSlot(r, all, x -> true), F.nullNode());
            case DELETE_ITEM -> {
                Slot s = pickSlot(r, all, x -> x.name == null);
                if (s != null) {
                    ((ArrayNode) s.parent).remove(s.index);
                }
            }
            case DUPLICATE_ITEM -> {
                Slot s = pickSlot(r, all, x -> x.name == null);
                if (s != null) {
                    int copies = r.nextInt(4) == 0 ? 1 + r.nextInt(200) : 1;
                    for (int i = 0; i < copies; i++) {
                        ((ArrayNode) s.parent).add(s.value().deepCopy());
                    }
                }
            }
            case NULL_ITEM -> {
                Slot s = pickSlot(r, all, x -> x.name == null);
                if (s != null) {
                    ((ArrayNode) s.parent).set(s.index, F.nullNode());
                }
            }
            case EMPTY_ARRAY -> {
                Slot s = pickSlot(r, all, x -> x.value().isArray());
                if (s != null) {
                    ((ArrayNode) s.value()).removeAll();
                }
            }
            case WRONG_TYPE -> {
                Slot s = pickSlot(r, all, x -> true);
                set(s, wrongType(s == null ? null : s.value(), r));
            }
            case EXTREME_NUMBER -> set(pickSlot(r, all, x -> x.value().isNumber() || isNumberField(x.name)),
                    extremeNumber(r));
            case EXTREME_AMOUNT -> set(pickSlot(r, all, x -> "amount".equals(x.name) && x.value().isTextual()),
                    F.textNode(extremeDecimalText(r)));
            case SUB_CENT -> set(pickSlot(r, all, x -> "amount".equals(x.name) && x.value().isTextual()),
                    F.textNode(pick(r, "0.001", "75000.001", "0.005", "1.999", "0.0000000001", "-0.001", "1.10",
                            "1.", ".5", "1,00", "1 000.00", "+1.00", "0x10", "1E2", "1e-2", "١٢٣")));
            case BAD_DATE -> set(pickSlot(r, all, x -> isDateField(x.name)), F.textNode(pick(r, "2023-02-30",
                    "2023-13-01", "2023-00-10", "2023-1-1", "20230101", "2023/01/01", "2023-01-01T00:00:00Z",
                    "tomorrow", "", " 2023-01-01", "2023-02-29", "0000-00-00", "2023-01-32", "-2023-01-01")));
            case EDGE_DATE -> set(pickSlot(r, all, x -> isDateField(x.name)), F.textNode(pick(r, "0000-01-01",
                    "0001-01-01", "9999-12-31", "+10000-01-01", "-999999999-01-01", "+999999999-12-31", "1970-01-01",
                    "2024-02-29", "1900-02-28", "2100-02-28")));
            case CURRENCY -> set(pickSlot(r, all, x -> "currency".equals(x.name)), F.textNode(pick(r, "eur", "Eur",
                    "XXX", "ABC", "", "EURO", "€", "EU", "USD", "GBP", "XAU", "CHF", "JPY", "BTC", "E\u0000R", " EUR")));
            case UNICODE -> set(pickSlot(r, all, x -> x.value().isTextual()), F.textNode(unicode(r)));
            case LONG_STRING -> set(pickSlot(r, all, x -> x.value().isTextual()),
                    F.textNode("x".repeat(pick(r, new int[] {5_001, 99_999, 100_000, 100_001, 300_000}))));
            case ID_COLLISION -> {
                List<Slot> ids = select(all, x -> "id".equals(x.name));
                if (ids.size() >= 2) {
                    Slot a = ids.get(r.nextInt(ids.size()));
                    Slot b = ids.get(r.nextInt(ids.size()));
                    set(a, b.value().deepCopy());
                }
            }
            case DANGLING_REF -> set(pickSlot(r, all, x -> x.name != null && (x.name.endsWith("Id")
                    || x.parentName != null && x.parentName.endsWith("Ids"))), F.textNode(pick(r, "nobody", "",
                    "NOBODY", id(r))));
            case HOLDING_CYCLE -> holdings(root, r, false);
            case SELF_HOLDING -> holdings(root, r, true);
            case SHARE_ABOVE_100 -> set(pickSlot(r, all, x -> x.name != null && x.name.endsWith("Share")),
                    pick(r, F.numberNode(100.01), F.numberNode(150), F.numberNode(1_000_000_000), F.numberNode(-1),
                            F.numberNode(0), F.numberNode(100), F.numberNode(50.5), F.textNode("60"), raw("1e400"),
                            raw("-0"), raw("1e-400")));
            case DEEP_NESTING -> {
                int depth = pick(r, new int[] {5, 20, 31, 33, 200});
                JsonNode v = r.nextBoolean() ? F.numberNode(1) : F.textNode("x");
                for (int i = 0; i < depth; i++) {
                    v = r.nextBoolean() ? F.arrayNode().add(v) : F.objectNode().set("a", v);
                }
                set(pickSlot(r, all, x -> true), v);
            }
            case COPY_VALUE -> set(pickSlot(r, all, x -> true), all.get(r.nextInt(all.size())).value().deepCopy());
            case UNKNOWN_FIELD -> {
                Slot s = pickSlot(r, all, x -> x.value().isObject());
                if (s != null) {
                    ((ObjectNode) s.value()).put(pick(r, "surprise", "", "ID", "id ", "\u202Eid", "__proto__",
                            "@type", "class"), "x");
                }
            }
            case RENAME_FIELD -> {
                Slot s = pickSlot(r, all, x -> x.name != null);
                if (s != null) {
                    JsonNode v = s.value();
                    ((ObjectNode) s.parent).remove(s.name);
                    ((ObjectNode) s.parent).set(r.nextBoolean() ? s.name.toUpperCase(java.util.Locale.ROOT)
                            : s.name + "s", v);
                }
            }
            case EXCHANGE_RATE -> exchangeRate(root, all, r);
            case JOINT_GROUP -> jointGroup(root, r);
            case AID_HISTORY -> aidHistory(root, r);
            case MANY_ITEMS -> {
                Slot s = pickSlot(r, all, x -> x.value().isArray() && !x.value().isEmpty());
                if (s != null) {
                    ArrayNode a = (ArrayNode) s.value();
                    JsonNode item = a.get(0);
                    int n = pick(r, new int[] {100, 101, 500, 2_000});
                    for (int i = 0; i < n; i++) {
                        JsonNode copy = item.deepCopy();
                        if (copy instanceof ObjectNode o && o.has("id")) {
                            o.put("id", o.path("id").asText() + "-m" + i);
                        }
                        a.add(copy);
                    }
                }
            }
            default -> throw new IllegalStateException(op.name());
        }
        return op.name();
    }

    /** Adds a ring of holdings among the enterprises (or one enterprise holding itself). */
    private static void holdings(JsonNode root, SplittableRandom r, boolean self) {
        if (!(root instanceof ObjectNode o)) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode e : o.path("enterprises")) {
            if (e.path("id").isTextual()) {
                ids.add(e.path("id").asText());
            }
        }
        if (ids.isEmpty()) {
            ids.add("ghost");
        }
        ArrayNode hs = o.path("holdings").isArray() ? (ArrayNode) o.get("holdings") : o.putArray("holdings");
        if (self) {
            String id = ids.get(r.nextInt(ids.size()));
            hs.add(holding("hself" + r.nextInt(1000), id, id, 10 + r.nextInt(91)));
            return;
        }
        int len = Math.min(ids.size(), 2 + r.nextInt(6));
        int share = pick(r, new int[] {10, 30, 50, 60, 100});
        int start = r.nextInt(ids.size());
        for (int i = 0; i < len; i++) {
            hs.add(holding("hcyc" + i + "-" + r.nextInt(1000), ids.get((start + i) % ids.size()),
                    ids.get((start + i + 1) % len == 0 ? start : (start + i + 1) % ids.size()), share));
        }
    }

    private static ObjectNode holding(String id, String holder, String held, int share) {
        return F.objectNode().put("id", id).put("holderId", holder).put("heldId", held).put("capitalShare", share)
                .put("votingShare", share);
    }

    private static void exchangeRate(JsonNode root, List<Slot> all, SplittableRandom r) {
        if (!(root instanceof ObjectNode o)) {
            return;
        }
        String cur = pick(r, "USD", "PLN", "usd", "XXX", "EUR", "CHF");
        ArrayNode rates = o.path("exchangeRates").isArray() ? (ArrayNode) o.get("exchangeRates")
                : o.putArray("exchangeRates");
        ObjectNode rate = F.objectNode().put("currency", cur);
        rate.set("eurPerUnit", pick(r, raw("1e400"), raw("1e-400"), raw("0"), raw("-1"), raw("0.9"),
                F.textNode("0.9"), raw("1e30"), raw("0.000000000000000000000000000001"), raw("-0"),
                raw("123456789012345678901234567890.123456789"), F.textNode("NaN"), F.nullNode()));
        if (r.nextBoolean()) {
            rate.put("date", date(r));
        }
        rates.add(rate);
        // an amount in that currency, so the rate is used
        Slot s = pickSlot(r, all, x -> "currency".equals(x.name));
        set(s, F.textNode(cur));
    }

    private static void jointGroup(JsonNode root, SplittableRandom r) {
        if (!(root instanceof ObjectNode o)) {
            return;
        }
        ArrayNode groups = o.path("jointGroups").isArray() ? (ArrayNode) o.get("jointGroups")
                : o.putArray("jointGroups");
        ArrayNode members = F.arrayNode();
        List<String> ids = new ArrayList<>();
        for (JsonNode e : o.path("enterprises")) {
            ids.add(e.path("id").asText("?"));
        }
        int n = pick(r, new int[] {0, 1, 2, 3, 100, 101});
        for (int i = 0; i < n; i++) {
            members.add(ids.isEmpty() || r.nextInt(5) == 0 ? "person" + i : ids.get(r.nextInt(ids.size())));
        }
        groups.add(F.objectNode().put("id", "g" + r.nextInt(100)).put("basis", "family").set("memberIds", members));
    }

    private static void aidHistory(JsonNode root, SplittableRandom r) {
        JsonNode ents = root.path("enterprises");
        if (!ents.isArray() || ents.isEmpty() || !(ents.get(r.nextInt(ents.size())) instanceof ObjectNode e)) {
            return;
        }
        ArrayNode aids = e.path("aidHistory").isArray() ? (ArrayNode) e.get("aidHistory") : e.putArray("aidHistory");
        int n = pick(r, new int[] {1, 3, 50, 999, 1001});
        for (int i = 0; i < n; i++) {
            ObjectNode a = F.objectNode().put("id", "aid" + i).put("grantor", "Region")
                    .put("memberState", pick(r, "IT", "it", "XX", "IT"))
                    .put("regime", pick(r, "DE_MINIMIS", "GBER", "de_minimis", "OTHER", "DE_MINIMIS"))
                    .put("form", pick(r, "GRANT", "LOAN", "GRANT")).put("grantDate", date(r));
            a.set("grossAmount", money(r));
            aids.add(a);
        }
    }

    // ------------------------------------------------------------------ text mutations

    static String textMutation(String json, TextOp op, SplittableRandom r) {
        int at = json.isEmpty() ? 0 : r.nextInt(json.length());
        return switch (op) {
            case TRUNCATE -> json.substring(0, at);
            case TRAILING_CONTENT -> json + pick(r, "x", "{}", " ]", "\u0000", "// c", " null", "\n\n\n", ",", "\uFEFF");
            case BOM -> pick(r, "\uFEFF", "\uFEFF\uFEFF", " \uFEFF") + json;
            case NUL -> json.substring(0, at) + "\u0000" + json.substring(at);
            case DUPLICATE_KEY -> json.replaceFirst("\"(\\w+)\"\\s*:", "\"$1\": null, \"$1\":");
            case BARE_NAN -> json.replaceFirst(":\\s*(-?\\d+(\\.\\d+)?)([,}\\s])", ": "
                    + pick(r, "NaN", "Infinity", "-Infinity", "1e400", "-0", "0x1F", "01", "1.", ".5", "+1",
                    "1e-400", "9".repeat(39), "9".repeat(41), "-" + "9".repeat(300)) + "$3");
            case COMMENT -> json.substring(0, at) + pick(r, "/* c */", "// c\n", "# c\n") + json.substring(at);
            case SINGLE_QUOTES -> json.replace('"', '\'');
            case CONTROL_CHAR -> json.replaceFirst("\"([^\"]*)\"", "\"$1" + (char) r.nextInt(32) + "\"");
            case DELETE_CHAR -> json.isEmpty() ? json : json.substring(0, at) + json.substring(at + 1);
            case REPLACE_CHAR -> json.isEmpty() ? json
                    : json.substring(0, at) + REPLACEMENTS.charAt(r.nextInt(REPLACEMENTS.length())) + json.substring(at + 1);
            case LONE_SURROGATE_ESCAPE -> json.replaceFirst("\"name\"\\s*:\\s*\"", "\"name\": \""
                    + pick(r, "\\ud800", "\\udfff", "\\ud83d", "\\ude00\\ud83d", "\\u0000", "\\u202e"));
            case WHITESPACE_FLOOD -> " ".repeat(pick(r, new int[] {1, 10_000, 1_000_000})) + json;
            case EMPTY -> pick(r, "", " ", "\n", "\uFEFF", "\t\r\n");
        };
    }

    // ------------------------------------------------------------------ values

    private static JsonNode extremeNumber(SplittableRandom r) {
        return pick(r, raw("1e400"), raw("-1e400"), raw("1e-400"), raw("-0"), raw("-0.0"), raw("0.0"),
                raw("9".repeat(39)), raw("9".repeat(40)), raw("9".repeat(41)), raw("1" + "0".repeat(19)),
                raw(Long.toString(Long.MAX_VALUE)), raw(Long.toString(Long.MIN_VALUE)),
                raw(Integer.toString(Integer.MAX_VALUE)), raw("2147483648"), raw("-2147483649"), raw("1.5"),
                raw("0.1e1"), raw("1E+2"), raw("-1"), raw("3.4028235e38"), raw("4.9e-324"),
                F.textNode("NaN"), F.textNode("Infinity"), F.textNode("36"), raw("true"), raw("0.000000001"));
    }

    private static String extremeDecimalText(SplittableRandom r) {
        return pick(r, "1e400", "1E+400", "1e-400", "-0", "-0.00", "0", "0.00", "9".repeat(30) + ".00",
                "9".repeat(39), "9".repeat(41), "9".repeat(200), "0." + "0".repeat(100) + "1", "-1.00", "-99999999.99",
                "NaN", "-NaN", "Infinity", "-Infinity", "", " ", "1.00 ", "1e2", "99999999999999999.99",
                "0.01", "1" + "0".repeat(18) + ".00", "12345678901234567890.12");
    }

    private static JsonNode wrongType(JsonNode was, SplittableRandom r) {
        List<JsonNode> options = new ArrayList<>(List.of(F.textNode("x"), F.numberNode(1), F.booleanNode(true),
                F.arrayNode(), F.objectNode(), F.arrayNode().add("x"), F.objectNode().put("a", 1), F.numberNode(1.5),
                F.textNode("")));
        if (was != null) {
            options.removeIf(o -> o.getNodeType() == was.getNodeType() && !o.isContainerNode());
        }
        return options.get(r.nextInt(options.size()));
    }

    static String unicode(SplittableRandom r) {
        String base = pick(r, "Alpha", "a", "", "tp-alpha", "alpha");
        String insert = pick(r, "\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF", "\u0000",
                "\uD800", "\uDFFF", "\uD83D\uDE00", "\uD83C\uDDEE\uD83C\uDDF9", "\u0301", "\u00A0", "\u2028", "\u2029",
                "\u001B[31m", "<script>alert(1)</script>", "\"'&<>", "\\", "\r\n", "\u0130", "\u00DF", "\uFFFF",
                "\uFFFD", "e\u0301", "\u3000", "%s%n", "${jndi:ldap://x}", "\u0085",
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67".repeat(r.nextInt(1, 500)));
        int at = r.nextInt(base.length() + 1);
        return base.substring(0, at) + insert + base.substring(at);
    }

    private static String text(SplittableRandom r) {
        return r.nextInt(4) == 0 ? unicode(r) : "Name " + r.nextInt(1000);
    }

    private static String id(SplittableRandom r) {
        return pick(r, "a", "x-1", "ID WITH SPACE", "\u202Eid", "id\u0000", "", "a".repeat(300), "é", "1", "-", "_");
    }

    private static String date(SplittableRandom r) {
        if (r.nextInt(4) == 0) {
            return pick(r, "2023-02-30", "0000-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "x", "",
                    "+10000-01-01", "2023-1-01");
        }
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", 2015 + r.nextInt(12), 1 + r.nextInt(12),
                1 + r.nextInt(28));
    }

    private static JsonNode number(SplittableRandom r) {
        return r.nextInt(3) == 0 ? extremeNumber(r) : F.numberNode(r.nextInt(-5, 500));
    }

    private static JsonNode money(SplittableRandom r) {
        ObjectNode m = F.objectNode();
        m.put("amount", r.nextInt(3) == 0 ? extremeDecimalText(r) : r.nextInt(1, 10_000_000) + ".00");
        m.put("currency", r.nextInt(5) == 0 ? pick(r, "eur", "USD", "XXX", "") : "EUR");
        return r.nextInt(20) == 0 ? (JsonNode) wrongType(m, r) : m;
    }

    private static JsonNode randomValue(SplittableRandom r, int depth) {
        int k = depth > 6 ? r.nextInt(6) : r.nextInt(9);
        return switch (k) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> number(r);
            case 3 -> F.textNode(text(r));
            case 4 -> F.textNode(date(r));
            case 5 -> money(r);
            case 6, 7 -> {
                ObjectNode o = F.objectNode();
                for (int i = 0; i < r.nextInt(5); i++) {
                    o.set(pick(r, "id", "name", "amount", "currency", "date", "holderId", "heldId", "capitalShare",
                            "thirdPartyId", "callId", "enterpriseId", "kind", "accounts", "memberIds", "x"),
                            randomValue(r, depth + 1));
                }
                yield o;
            }
            default -> {
                ArrayNode a = F.arrayNode();
                for (int i = 0; i < r.nextInt(5); i++) {
                    a.add(randomValue(r, depth + 1));
                }
                yield a;
            }
        };
    }

    private static String randomText(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        String alphabet = "{}[]:,\"\\ 0123456789.eE+-truefalsnl\n\t\u0000\u202E\uFEFFabc";
        int n = r.nextInt(1, 300);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ plumbing

    /** A place in the tree: a field of an object (name) or an item of an array (index). */
    private record Slot(JsonNode parent, String name, int index, String parentName) {
        JsonNode value() {
            return name != null ? parent.get(name) : parent.get(index);
        }
    }

    private static void slots(JsonNode node, List<Slot> out) {
        slots(node, null, out);
    }

    private static void slots(JsonNode node, String nodeName, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Slot(node, e.getKey(), -1, nodeName));
                slots(e.getValue(), e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i, nodeName));
                slots(node.get(i), nodeName, out);
            }
        }
    }

    private static List<Slot> select(List<Slot> all, java.util.function.Predicate<Slot> p) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : all) {
            if (s.value() != null && p.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static Slot pickSlot(SplittableRandom r, List<Slot> all, java.util.function.Predicate<Slot> p) {
        List<Slot> ok = select(all, p);
        return ok.isEmpty() ? null : ok.get(r.nextInt(ok.size()));
    }

    private static void set(Slot s, JsonNode v) {
        if (s == null) {
            return;
        }
        if (s.name != null) {
            ((ObjectNode) s.parent).set(s.name, v);
        } else {
            ((ArrayNode) s.parent).set(s.index, v);
        }
    }

    private static boolean isDateField(String name) {
        return name != null && (name.equals("date") || name.endsWith("Date") || name.equals("opens")
                || name.equals("closes") || name.equals("periodEnd"));
    }

    private static boolean isNumberField(String name) {
        return name != null && (name.endsWith("Share") || name.equals("staffAwu") || name.equals("durationMonths")
                || name.equals("eurPerUnit"));
    }

    private static void maybe(ObjectNode o, String name, SplittableRandom r, java.util.function.Supplier<JsonNode> v,
                              List<String> made) {
        int k = r.nextInt(10);
        if (k == 0) {
            made.add("NO_" + name);
        } else if (k == 1) {
            o.putNull(name);
            made.add("NULL_" + name);
        } else {
            o.set(name, v.get());
        }
    }

    private static JsonNode raw(String token) {
        return F.textNode(RAW + token + RAW);
    }

    /** The tree as JSON text, compact or indented, raw tokens put in. */
    static String write(JsonNode root, SplittableRandom r) {
        try {
            String json = r.nextInt(4) == 0 ? PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    : PLAIN.writeValueAsString(root);
            if (json.contains("\\u0001raw\\u0001")) {
                json = json.replaceAll("\"\\\\u0001raw\\\\u0001(.*?)\\\\u0001raw\\\\u0001\"", "$1");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode example(String name) {
        return EXAMPLE_TREES.computeIfAbsent(name, n -> {
            try {
                return PLAIN.readTree(Files.readAllBytes(Path.of("examples", n, "case.json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom r, T... options) {
        return options[r.nextInt(options.length)];
    }

    private static int pick(SplittableRandom r, int[] options) {
        return options[r.nextInt(options.length)];
    }
}
