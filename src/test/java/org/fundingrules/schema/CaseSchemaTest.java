package org.fundingrules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fundingrules.HostileInputTest;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.fuzz.CaseFuzzTest;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.Scenarios;
import org.fundingrules.json.FundingJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case schema against the library's reader: every case the library accepts (examples, scenarios) the schema
 * accepts; every hostile input the library refuses the schema refuses too, at the same JSON path, unless the
 * library's reason is one that JSON Schema cannot state ({@link #NOT_EXPRESSIBLE}).
 */
class CaseSchemaTest {
    private static final SchemaCheck SCHEMA = SchemaCheck.forCases();
    private static final Path FUZZ = Path.of("src/test/resources/org/fundingrules/fuzz/CaseFuzzTestInputs");

    /**
     * Library checks no standard JSON Schema keyword can state, by problem code, with the reason. An input refused
     * only for these may pass the schema. Anything else the library refuses, the schema must refuse at the same path.
     */
    static final Map<String, String> NOT_EXPRESSIBLE = Map.ofEntries(
            Map.entry("duplicate_id", "uniqueness of one property across array items (uniqueItems compares whole "
                    + "items)"),
            Map.entry("duplicate_period", "uniqueness of periodEnd across the accounting periods of an enterprise"),
            Map.entry("unknown_reference", "a reference to an id elsewhere in the document"),
            Map.entry("invalid_reference", "the kind of the enterprise that another entry refers to"),
            Map.entry("self_holding", "equality of two values of one object (holderId = heldId)"),
            Map.entry("overlapping_holding", "date ranges of two holdings of the same pair"),
            Map.entry("structure_too_large", "the size of a graph connected through holdings"),
            Map.entry("case_too_large", "counts and a work estimate over the whole document (CaseLimits)"),
            Map.entry("too_many_awards", "a count of the awards grouped by third party"),
            Map.entry("sub_cent_amount", "the decimals an amount may have depend on its currency (ISO 4217 minor unit)"),
            Map.entry("out_of_range", "the 12-digit bound of amounts built in Java, which never pass through JSON (the "
                    + "schema's amount pattern states the same bound for JSON)"),
            Map.entry("end_before_start", "the order of two dates of one object"),
            Map.entry("exceeds_total", "a comparison of two amounts"),
            Map.entry("budget_mismatch", "a sum over the budget lines compared with the total cost"),
            Map.entry("no_exchange_rate", "a currency that must appear in another array (exchangeRates)"),
            Map.entry("purpose_not_de_minimis", "a value of the open call the award names by id (its stateAid)"),
            Map.entry("overlapping_periods", "date ranges of two periods of one reporting plan"),
            Map.entry("one_reporter", "exactly one of two properties of a report (thirdPartyId, beneficiaryId)"),
            Map.entry("call_required", "a property required when another is given (callId with thirdPartyId)"),
            Map.entry("call_not_allowed", "a property forbidden when another is given (callId with beneficiaryId)"),
            Map.entry("duplicate_target", "uniqueness of two properties together across array items"),
            Map.entry("not_supported", "an award elsewhere in the document to the same third party under the call"),
            Map.entry("duplicate_report", "uniqueness of three properties together across array items"),
            Map.entry("after_reference_date", "a date compared with the root's referenceDate"),
            Map.entry("not_whole", "a whole number required for some values of another property (the counts)"));

    /** The checks CaseValidator makes in code that the schema states, by problem code, with the keyword used. */
    static final Map<String, String> EXPRESSED = Map.of(
            "NotNull", "type: object at the root",
            "negative_amount", "the amount pattern (and minimum) of MonetaryAmount; a non-zero digit where above zero",
            "unknown_country", "enum of CountryCode",
            "duplicate_value", "uniqueItems on eligibleCountries and activityTypes",
            "invalid_value", "not: const EUR on exchangeRates[].currency; if/then on BudgetLine.smeEarmarked; if/then "
                    + "on AidGrant (a loan's terms.underlyingLoan, a guarantee's terms.collateralPercent: null)",
            "required_for_split", "if/then on AidTransfer (kind SPLIT requires sharePercent)",
            "whole_aid_counts", "if/then/else on AidTransfer (otherwise sharePercent null or 100)",
            "monitoring_inconsistent", "if/then on DeMinimisMonitoring (centralRegister NONE: registerCoversThreeYears false)",
            "terms_form_mismatch", "if/then on AidGrant (a form other than LOAN or GUARANTEE: terms null)",
            "terms_incomplete", "if/then on AidTerms (SAFE_HARBOUR: durationMonths; largeUndertaking: ratingAtLeastBMinus) "
                    + "and on AidGrant (a safe-harbour loan: collateralPercent; a safe-harbour guarantee: underlyingLoan)");

    /** How the schema's answer relates to the library's. */
    enum Agreement {
        /** Both accept. */
        BOTH_ACCEPT,
        /** Both refuse, the schema at a path the library names. */
        SAME_PATH,
        /** Both refuse, the schema inside the value the library names (the money reader names the whole amount). */
        WITHIN_PATH,
        /** Both refuse, the schema at the array or object that holds the value the library names. */
        ENCLOSING_PATH,
        /** Both refuse the document as a whole (the library names no path below $). */
        BOTH_REFUSE_DOCUMENT,
        /**
         * Both refuse, but before any schema applies: the bytes are not UTF-8, or not a JSON text (truncated,
         * trailing content, a bare NaN, NUL bytes, empty, a key twice); a portal's JSON parser refuses them.
         */
        NOT_A_JSON_TEXT,
        /** Only the library refuses, for reasons all listed in {@link #NOT_EXPRESSIBLE}. */
        NOT_EXPRESSIBLE,
        /** Anything else: a failure. */
        DISAGREE
    }

    private static final Map<Agreement, Integer> TALLY = new EnumMap<>(Agreement.class);
    private static final Map<String, Integer> EXCEPTIONS_USED = new TreeMap<>();
    private static final List<String> LINES = new ArrayList<>();

    static Stream<Arguments> examples() throws Exception {
        return SchemaCheck.exampleFiles("case.json").map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleCaseIsValid(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        FundingJson.readCase(bytes);
        assertThat(SCHEMA.check(bytes).messages()).as("schema errors in %s", file).isEmpty();
    }

    static Stream<Arguments> scenarios() {
        return Scenarios.load(RuleFiles.folder(Path.of("rules"))).stream()
                .map(s -> Arguments.of(s.toString(), s.caseJson()));
    }

    /** Scenario cases are full case documents (a base merged under each case), written as the runner writes them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyScenarioCaseIsValid(String name, JsonNode caseJson) throws Exception {
        String json = FundingJson.mapper().writeValueAsString(caseJson);
        FundingJson.readCase(json);
        assertThat(SCHEMA.check(json).messages()).as("schema errors in %s", name).isEmpty();
    }

    static Stream<Arguments> hostile() throws Exception {
        List<Arguments> out = new ArrayList<>();
        HostileInputTest.corpus().forEach(a -> out.add(Arguments.of("hostile: " + a.get()[0], a.get()[1])));
        try (Stream<Path> files = Files.list(FUZZ.resolve("readCase"))) {
            for (Path f : files.sorted().toList()) {
                out.add(Arguments.of("fuzz readCase: " + f.getFileName(), Files.readAllBytes(f)));
            }
        }
        // the data provider lives in Jazzer's bootstrap jar, which its agent installer puts on the class path
        com.code_intelligence.jazzer.agent.AgentInstaller.install(false);
        try (Stream<Path> files = Files.list(FUZZ.resolve("evaluation"))) {
            for (Path f : files.sorted().toList()) {
                try (FuzzedDataProviderImpl data = FuzzedDataProviderImpl.withJavaData(Files.readAllBytes(f))) {
                    out.add(Arguments.of("fuzz evaluation: " + f.getFileName(),
                            FundingJson.mapper().writeValueAsBytes(CaseFuzzTest.mutate(data))));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileInputsAreRefusedForTheLibrarysReasons(String name, byte[] input) {
        agree(name, input);
    }

    /**
     * The checks the generator adds beyond the annotations, one edit each of a valid example: the schema and the
     * library must agree on every one, at the same path.
     */
    static Stream<Arguments> addedChecks() throws Exception {
        Map<String, Consumer<ObjectNode>> edits = new LinkedHashMap<>();
        edits.put("exchange rate for EUR", r -> r.withArray("exchangeRates").addObject().put("currency", "EUR")
                .put("eurPerUnit", 1));
        edits.put("country UK", r -> ((ObjectNode) r.get("beneficiaries").get(0)).put("country", "UK"));
        edits.put("third party in QQ", r -> ((ObjectNode) r.get("thirdParties").get(0)).put("country", "QQ"));
        edits.put("country listed twice", r -> ((ObjectNode) r.get("openCalls").get(0)).putArray("eligibleCountries")
                .add("IT").add("IT"));
        edits.put("unknown eligible country", r -> ((ObjectNode) r.get("openCalls").get(0))
                .putArray("eligibleCountries").add("ZZ"));
        edits.put("activity type listed twice", r -> ((ObjectNode) r.get("openCalls").get(0))
                .putArray("activityTypes").add("demo").add("demo"));
        edits.put("granting member state XX", r -> ((ObjectNode) r.get("openCalls").get(0)).putObject("stateAid")
                .put("applies", true).put("basis", "REQUIRED_BY_CALL").put("grantingMemberState", "XX"));
        edits.put("split without its share", r -> aid(r).putObject("transfer").put("kind", "SPLIT").put("from", "old")
                .put("date", "2020-01-01"));
        edits.put("merger counting half", r -> aid(r).putObject("transfer").put("kind", "MERGER").put("from", "old")
                .put("date", "2020-01-01").put("sharePercent", 50));
        edits.put("merger counting all", r -> aid(r).putObject("transfer").put("kind", "MERGER").put("from", "old")
                .put("date", "2020-01-01").put("sharePercent", 100));
        edits.put("monitoring without a register covering three years", r -> ((ObjectNode) r.get("openCalls").get(0))
                .putObject("stateAid").put("applies", true).put("basis", "REQUIRED_BY_CALL").put("grantingMemberState", "IT")
                .putObject("monitoring").put("centralRegister", "NONE").put("registerCoversThreeYears", true)
                .put("declarationsObtained", true));
        edits.put("monitoring by declarations", r -> ((ObjectNode) r.get("openCalls").get(0))
                .putObject("stateAid").put("applies", true).put("basis", "REQUIRED_BY_CALL").put("grantingMemberState", "IT")
                .putObject("monitoring").put("centralRegister", "NONE").put("registerCoversThreeYears", false)
                .put("declarationsObtained", true));
        edits.put("monitoring by a union register", r -> ((ObjectNode) r.get("openCalls").get(0))
                .putObject("stateAid").put("applies", true).put("basis", "REQUIRED_BY_CALL").put("grantingMemberState", "IT")
                .putObject("monitoring").put("centralRegister", "UNION").put("registerCoversThreeYears", true)
                .put("declarationsObtained", false));
        edits.put("terms on a grant", r -> terms(aid(r).put("form", "GRANT"), "GRANTOR_CALCULATION"));
        edits.put("a safe-harbour loan without its collateral", r -> terms(aid(r).put("form", "LOAN"), "SAFE_HARBOUR")
                .put("durationMonths", 36));
        edits.put("a safe-harbour loan without its duration", r -> terms(aid(r).put("form", "LOAN"), "SAFE_HARBOUR")
                .put("collateralPercent", 60));
        edits.put("a safe-harbour loan", r -> terms(aid(r).put("form", "LOAN"), "SAFE_HARBOUR")
                .put("collateralPercent", 60).put("durationMonths", 36));
        edits.put("a safe-harbour guarantee without its loan", r -> terms(aid(r).put("form", "GUARANTEE"),
                "SAFE_HARBOUR").put("durationMonths", 36));
        edits.put("a loan with an underlying loan", r -> terms(aid(r).put("form", "LOAN"), "GRANTOR_CALCULATION")
                .set("underlyingLoan", amount("200000.00")));
        edits.put("a guarantee with collateral", r -> terms(aid(r).put("form", "GUARANTEE"), "GRANTOR_CALCULATION")
                .put("collateralPercent", 60));
        edits.put("a large undertaking without its rating", r -> terms(aid(r).put("form", "LOAN"),
                "GRANTOR_CALCULATION").put("largeUndertaking", true));
        edits.put("aid of an unknown member state", r -> aid(r).put("memberState", "QQ"));
        edits.put("id with a slash", r -> ((ObjectNode) r.get("awards").get(0)).put("id", "a/b"));
        edits.put("blank programme", r -> ((ObjectNode) r.get("action")).put("programme", "   "));
        edits.put("programme of an em space", r -> ((ObjectNode) r.get("action")).put("programme", "\u2003"));
        edits.put("programme of a control character", r -> ((ObjectNode) r.get("action")).put("programme", "\u0001"));
        edits.put("state aid naming no member state", r -> ((ObjectNode) r.get("openCalls").get(0))
                .putObject("stateAid").put("applies", false).put("basis", "NOT_STATE_RESOURCES"));
        edits.put("a name of 100 001 characters", r -> ((ObjectNode) r.get("awards").get(0))
                .put("callId", "c".repeat(100_001)));
        edits.put("amount with spaces", r -> ((ObjectNode) r.get("action").get("totalCost"))
                .put("amount", " 1000000.00 "));
        edits.put("amount with 21 digits", r -> ((ObjectNode) r.get("action").get("totalCost"))
                .put("amount", "1".repeat(21)));
        edits.put("amount in lower-case currency", r -> ((ObjectNode) r.get("action").get("totalCost"))
                .put("currency", "eur"));
        edits.put("money with a third property", r -> ((ObjectNode) r.get("action").get("totalCost"))
                .put("note", "x"));
        List<Arguments> out = new ArrayList<>();
        Path example = Path.of("examples/state-aid/case.json");
        for (var e : edits.entrySet()) {
            ObjectNode root = (ObjectNode) FundingJson.mapper().readTree(Files.readAllBytes(example));
            e.getValue().accept(root);
            out.add(Arguments.of(e.getKey(), FundingJson.mapper().writeValueAsBytes(root)));
        }
        return out.stream();
    }

    /** Every amount of every example set to zero and to a negative value: the sign checks of CaseValidator.money. */
    static Stream<Arguments> amountSigns() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Path example : SchemaCheck.exampleFiles("case.json").toList()) {
            JsonNode root = FundingJson.mapper().readTree(Files.readAllBytes(example));
            for (String pointer : moneyPointers(root, "")) {
                for (String amount : List.of("0.00", "-1.00")) {
                    JsonNode copy = root.deepCopy();
                    ((ObjectNode) copy.at(pointer)).put("amount", amount);
                    out.add(Arguments.of(example.getParent().getFileName() + ": " + pointer + " = " + amount,
                            FundingJson.mapper().writeValueAsBytes(copy)));
                }
            }
        }
        return out.stream();
    }

    /** Terms of a loan or a guarantee for an aid: an amount, the method, no insolvency, not a large undertaking. */
    private static ObjectNode terms(ObjectNode aid, String method) {
        ObjectNode t = aid.putObject("terms").put("method", method);
        t.set("amount", amount("100000.00"));
        return t.put("collectiveInsolvency", false).put("largeUndertaking", false);
    }

    private static ObjectNode amount(String value) {
        ObjectNode m = FundingJson.mapper().createObjectNode();
        return m.put("amount", value).put("currency", "EUR");
    }

    private static ObjectNode aid(ObjectNode root) {
        for (JsonNode e : root.path("enterprises")) {
            if (e.path("aidHistory").size() > 0) {
                return (ObjectNode) e.get("aidHistory").get(0);
            }
        }
        throw new IllegalStateException("the example has no aid history");
    }

    private static List<String> moneyPointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node.isObject() && node.has("amount") && node.has("currency")) {
            out.add(at);
        }
        if (node.isObject()) {
            node.properties().forEach(e -> out.addAll(moneyPointers(e.getValue(), at + "/" + e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(moneyPointers(node.get(i), at + "/" + i));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addedChecks")
    void addedChecksAgreeWithTheLibrary(String name, byte[] input) {
        assertThat(agree(name, input)).as(name).isNotEqualTo(Agreement.NOT_EXPRESSIBLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amountSigns")
    void amountSignsAgreeWithTheLibrary(String name, byte[] input) {
        agree(name, input);
    }

    /**
     * The reader and the schema take a date only as the writer writes it (YYYY-MM-DD). Jackson's date reader also took
     * a time part (and dropped it), an instant and an array of numbers; the reader now refuses them as the schema does.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stricter")
    void theReaderAndTheSchemaTakeDatesOnlyInTheirPlainForm(String name, String date) throws Exception {
        ObjectNode root = (ObjectNode) FundingJson.mapper().readTree(Files.readAllBytes(Path.of(
                "examples/sme-group/case.json")));
        root.set("referenceDate", FundingJson.mapper().readTree(date));
        byte[] input = FundingJson.mapper().writeValueAsBytes(root);
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidCaseException.class,
                () -> FundingJson.readCase(input));
        assertThat(refused.problems()).extracting(Problem::path).containsExactly("$.referenceDate");
        assertThat(refused.problems()).extracting(Problem::code).containsAnyOf("invalid_date", "wrong_type");
        assertThat(SCHEMA.check(input).paths()).containsExactly("$.referenceDate");
    }

    static Stream<Arguments> stricter() {
        return Stream.of(Arguments.of("a time part", "\"2024-06-30T10:00:00\""),
                Arguments.of("an instant", "\"2024-06-30T10:00:00Z\""),
                Arguments.of("an array", "[2024, 6, 30]"),
                Arguments.of("blanks around", "\" 2024-06-30 \""));
    }

    /** An exchange rate as a decimal string is bounded by the schema as the reader bounds it (issue 16). */
    @ParameterizedTest(name = "eurPerUnit {0}")
    @MethodSource("rates")
    void exchangeRatesAgreeWithTheLibrary(String rate, boolean accepted) throws Exception {
        String json = Files.readString(Path.of("examples/sme-group/case.json")).replace("\"holdings\": [",
                "\"exchangeRates\": [ { \"currency\": \"PLN\", \"eurPerUnit\": " + rate + " } ],\n  \"holdings\": [");
        byte[] input = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(agree("eurPerUnit " + rate, input)).isEqualTo(accepted ? Agreement.BOTH_ACCEPT : Agreement.SAME_PATH);
    }

    static Stream<Arguments> rates() {
        return Stream.of(Arguments.of("\"0.2315\"", true), Arguments.of("0.2315", true),
                Arguments.of("\"1000000\"", true), Arguments.of("\"1000000.0\"", true),
                Arguments.of("\"0.0000000001\"", true), Arguments.of("\"250\"", true),
                Arguments.of("\"0\"", false), Arguments.of("\"0.00\"", false), Arguments.of("\"-1\"", false),
                Arguments.of("\"1000000.5\"", false), Arguments.of("\"2000000\"", false),
                Arguments.of("\"12345678\"", false), Arguments.of("0", false), Arguments.of("2000000", false));
    }

    /** Compares the library's answer with the schema's and fails on any disagreement not listed as inexpressible. */
    private static Agreement agree(String name, byte[] input) {
        List<Problem> library = List.of();
        try {
            FundingJson.readCase(input);
        } catch (InvalidCaseException e) {
            library = e.problems();
        }
        SchemaCheck.Result schema = SCHEMA.check(input);
        Agreement a = classify(library, schema);
        synchronized (TALLY) {
            TALLY.merge(a, 1, Integer::sum);
            LINES.add(a + "\t" + name + "\t" + library.stream().map(p -> p.path() + " " + p.code()).toList()
                    + "\t" + (schema.refusedBefore() != null ? schema.refusedBefore() : schema.paths()));
            if (a == Agreement.NOT_EXPRESSIBLE) {
                library.forEach(p -> EXCEPTIONS_USED.merge(p.code(), 1, Integer::sum));
            }
        }
        assertThat(a).as("%s%n library: %s%n schema: %s %s", name, library, schema.refusedBefore(),
                schema.messages()).isNotEqualTo(Agreement.DISAGREE);
        return a;
    }

    static Agreement classify(List<Problem> library, SchemaCheck.Result schema) {
        if (library.isEmpty()) {
            return schema.valid() ? Agreement.BOTH_ACCEPT : Agreement.DISAGREE;
        }
        if (schema.refusedBefore() != null) {
            return Agreement.NOT_A_JSON_TEXT;
        }
        List<String> named = library.stream().map(Problem::path).filter(p -> !p.equals("$")).toList();
        if (!schema.valid()) {
            if (named.stream().anyMatch(schema.paths()::contains)) {
                return Agreement.SAME_PATH;
            }
            if (named.stream().anyMatch(p -> schema.paths().stream()
                    .anyMatch(s -> s.startsWith(p + ".") || s.startsWith(p + "[")))) {
                return Agreement.WITHIN_PATH;
            }
            if (named.stream().anyMatch(p -> schema.paths().stream()
                    .anyMatch(s -> !s.equals("$") && (p.startsWith(s + ".") || p.startsWith(s + "["))))) {
                return Agreement.ENCLOSING_PATH;
            }
            if (named.isEmpty()) {
                return Agreement.BOTH_REFUSE_DOCUMENT;
            }
        }
        boolean inexpressible = library.stream().allMatch(p -> NOT_EXPRESSIBLE.containsKey(p.code()));
        return inexpressible ? Agreement.NOT_EXPRESSIBLE : Agreement.DISAGREE;
    }

    /** Every code CaseValidator reports is either stated by the schema or listed with the reason it cannot be. */
    @Test
    void everyCrossCheckOfTheValidatorIsStatedOrListed() throws Exception {
        String validator = Files.readString(Path.of("src/main/java/org/fundingrules/json/CaseValidator.java"))
                + Files.readString(Path.of("src/main/java/org/fundingrules/json/CaseLimits.java"));
        // the code is the second argument of every new Problem(path, code, message)
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("new Problem\\((?:[^,\"]|\"[^\"]*\")*,\\s*\"(\\w+)\"").matcher(validator);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        java.util.Set<String> covered = new java.util.TreeSet<>(EXPRESSED.keySet());
        covered.addAll(NOT_EXPRESSIBLE.keySet());
        assertThat(codes).hasSizeGreaterThan(10);
        assertThat(covered).isEqualTo(codes);
    }

    @AfterAll
    static void report() throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/case-schema-agreement.tsv"), LINES);
        System.out.println("case schema vs library: " + TALLY + "; inexpressible reasons used: " + EXCEPTIONS_USED);
    }
}
