package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.fundingrules.Replay.Change;
import org.fundingrules.Replay.CriterionChange;
import org.fundingrules.Replay.VerdictChange;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Subject;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Problem;

/**
 * How {@link FundingRules#replay} compares a stored verdict document with a fresh evaluation: each test edits the
 * document {@code evaluate} writes (as a JSON tree), replays it and checks exactly what the replay reports.
 *
 * <p>Mostly the sme-group example, whose verdicts are: 0 ACTION SME-EXAMPLE, 1 OPEN_CALL oc1, 2 THIRD_PARTY tp-alpha,
 * 3 AWARD w1, 4 ENTERPRISE alpha (criteria: sme.ceiling.financial twice, sme.ceiling.staff twice,
 * sme.declared_category, sme.enterprise_type, sme.public_bodies, sme.status), all compliant.
 */
class ReplayDiffTest {
    /** Keeps 40000.00 as written, so that an edit touches only what the test edits. */
    private static final ObjectReader EXACT = FundingJson.mapper().reader()
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    private static final byte[] SME_CASE = bytes(Path.of("examples/sme-group/case.json"));
    private static final String SME_VERDICT = FundingJson.write(TestCases.RULES.evaluateJson(
            new String(SME_CASE, StandardCharsets.UTF_8)));
    private static final int ENTERPRISE = 4;
    private static final int STATUS = 7;

    // ---- top level ----

    @Test
    void anOutcomeChangedInTheStoredVerdictIsThatVerdictsChangeAlone() {
        Replay r = replay(d -> verdict(d, ENTERPRISE).put("outcome", "NON_COMPLIANT"));

        assertThat(r.identical()).isFalse();
        assertThat(r.input().matches()).isTrue();
        assertThat(r.ruleSet().matches()).isTrue();
        assertThat(r.others()).isEmpty();
        assertThat(r.verdicts()).containsExactly(new VerdictChange(
                new Subject(SubjectType.ENTERPRISE, "alpha", "$.enterprises[?(@.id=='alpha')]"),
                Outcome.NON_COMPLIANT, Outcome.COMPLIANT, List.of(), List.of()));
    }

    @Test
    void verdictsInAnotherOrderAreADifferenceOfOrderOnly() {
        Replay r = replay(d -> {
            ArrayNode verdicts = (ArrayNode) d.get("verdicts");
            verdicts.insert(0, verdicts.remove(1));
        });

        assertThat(r.identical()).isFalse();
        assertThat(r.verdicts()).isEmpty();
        assertThat(r.others()).containsExactly(new Change("verdicts", "the same items", "in another order"));
    }

    @Test
    void aChangedInputDigestAloneListsNothingElse() {
        Replay r = replay(d -> d.put("inputDigest", "sha256:00"));

        assertThat(r.identical()).isFalse();
        assertThat(r.input().then()).isEqualTo("sha256:00");
        assertThat(r.input().matches()).isFalse();
        assertThat(r.ruleSet().matches()).isTrue();
        assertThat(r.verdicts()).isEmpty();
        assertThat(r.others()).isEmpty();
    }

    @Test
    void aChangedRuleSetDigestAloneListsNothingElse() {
        Replay r = replay(d -> d.put("ruleSetDigest", "sha256:00"));

        assertThat(r.identical()).isFalse();
        assertThat(r.ruleSet()).isEqualTo(Replay.Digest.of("sha256:00", TestCases.RULES.digest()));
        assertThat(r.input().matches()).isTrue();
        assertThat(r.verdicts()).isEmpty();
        assertThat(r.others()).isEmpty();
    }

    @Test
    void topLevelFieldsAddedRemovedOrChangedAreListedByName() {
        JsonNode fresh = fresh();
        Replay r = replay(d -> {
            d.put("referenceDate", "2020-01-01");
            d.put("comment", "kept by hand");
            d.remove("notAssessed");
        });

        assertThat(r.identical()).isFalse();
        assertThat(r.referenceDate()).isEqualTo(LocalDate.parse(fresh.get("referenceDate").asText()));
        assertThat(r.verdicts()).isEmpty();
        assertThat(r.others()).containsExactly(
                new Change("comment", "kept by hand", null),
                new Change("notAssessed", null, fresh.get("notAssessed").toString()),
                new Change("referenceDate", "2020-01-01", fresh.get("referenceDate").asText()));
    }

    @Test
    void twoListsThatDifferShowTheItemsOnEachSideOnly() {
        ArrayNode fired = (ArrayNode) fresh().get("rulesFired");
        ObjectNode edited = ((ObjectNode) fired.get(1).deepCopy()).put("firings", 99);
        Replay r = replay(d -> {
            ArrayNode stored = (ArrayNode) d.get("rulesFired");
            stored.remove(0);
            stored.set(0, edited);
        });

        assertThat(r.others()).containsExactly(new Change("rulesFired", "[" + edited + "]",
                "[" + fired.get(0) + "," + fired.get(1) + "]"));
    }

    @Test
    void aListStoredAsSomethingElseIsShownAsWritten() {
        JsonNode fresh = fresh();
        Replay r = replay(d -> d.put("notAssessed", "none"));

        assertThat(r.others()).containsExactly(new Change("notAssessed", "none", fresh.get("notAssessed").toString()));
    }

    @Test
    void aListInAnotherOrderIsADifferenceOfOrderOnly() {
        Replay r = replay(d -> {
            ArrayNode fired = (ArrayNode) d.get("rulesFired");
            fired.insert(0, fired.remove(1));
        });

        assertThat(r.others()).containsExactly(new Change("rulesFired", "the same items", "in another order"));
    }

    /**
     * A document read as a tree by a mapper that strips trailing zeros (Jackson's default) and written back has
     * 40000 for 40000.00: the same number, so the same receipt.
     */
    @Test
    void aNumberWrittenWithAnotherScaleIsTheSameNumber() throws IOException {
        byte[] amulet = ReplayFixtures.amuletVerdict();
        String rewritten = FundingJson.writeValue(FundingJson.mapper().readTree(amulet));
        assertThat(new String(amulet, StandardCharsets.UTF_8)).contains("\"value\" : 40000.00");
        assertThat(rewritten).containsPattern("\"value\" : 40000\\s").doesNotContain("\"value\" : 40000.00");

        Replay r = TestCases.RULES.replay(rewritten.getBytes(StandardCharsets.UTF_8), ReplayFixtures.amuletCase());

        assertThat(r.verdicts()).isEmpty();
        assertThat(r.others()).isEmpty();
        assertThat(r.identical()).isTrue();
    }

    /** tp-alpha's cap reads the award of EUR 50 000.00: 50000 is that number, 50000.01 another. */
    @Test
    void anInputValueIsComparedAsANumber() {
        JsonNode input = criterion(fresh(), 2, 0).get("inputs").get(0);
        assertThat(input.get("value").decimalValue()).isEqualTo(new java.math.BigDecimal("50000.00"));

        Replay same = replay(d -> ((ObjectNode) criterion(d, 2, 0).get("inputs").get(0)).put("value", 50000));
        Replay other = replay(d -> ((ObjectNode) criterion(d, 2, 0).get("inputs").get(0))
                .put("value", new java.math.BigDecimal("50000.01")));

        assertThat(same.identical()).isTrue();
        assertThat(same.verdicts()).isEmpty();
        assertThat(onlyCriterion(other).fields()).containsExactly(new Change("inputs",
                "[{\"path\":\"" + input.get("path").asText() + "\",\"value\":50000.01}]",
                "[{\"path\":\"" + input.get("path").asText() + "\",\"value\":50000.00}]"));
    }

    // ---- verdicts ----

    @Test
    void aChangedSummaryIsAFieldOfTheVerdict() {
        String summary = verdict(fresh(), ENTERPRISE).get("summary").asText();
        Replay r = replay(d -> verdict(d, ENTERPRISE).put("summary", "all fine"));

        assertThat(r.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.before()).isEqualTo(Outcome.COMPLIANT);
            assertThat(v.after()).isEqualTo(Outcome.COMPLIANT);
            assertThat(v.criteria()).isEmpty();
            assertThat(v.fields()).containsExactly(new Change("summary", "all fine", summary));
        });
    }

    @Test
    void aChangedSubjectPathIsAFieldAndTheSubjectIsTheFreshOne() {
        Replay r = replay(d -> ((ObjectNode) verdict(d, ENTERPRISE).get("subject")).put("path", "$.elsewhere"));

        assertThat(r.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.subject()).isEqualTo(
                    new Subject(SubjectType.ENTERPRISE, "alpha", "$.enterprises[?(@.id=='alpha')]"));
            assertThat(v.criteria()).isEmpty();
            assertThat(v.fields()).containsExactly(
                    new Change("subject.path", "$.elsewhere", "$.enterprises[?(@.id=='alpha')]"));
        });
    }

    @Test
    void criteriaInAnotherOrderAreADifferenceOfOrderOnly() {
        Replay r = replay(d -> {
            ArrayNode criteria = (ArrayNode) verdict(d, ENTERPRISE).get("criteria");
            criteria.insert(0, criteria.remove(STATUS));
        });

        assertThat(r.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.criteria()).isEmpty();
            assertThat(v.fields()).containsExactly(new Change("criteria", "the same items", "in another order"));
        });
    }

    @Test
    void aStoredVerdictTheFreshEvaluationLacksWasRemoved() {
        JsonNode award = verdict(fresh(), 2);
        Replay r = replay(d -> {
            ObjectNode ghost = award.deepCopy();
            ((ObjectNode) ghost.get("subject")).put("id", "tp-ghost").put("path", "$.ghost");
            ((ArrayNode) d.get("verdicts")).add(ghost);
        });

        assertThat(r.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.subject()).isEqualTo(new Subject(SubjectType.THIRD_PARTY, "tp-ghost", "$.ghost"));
            assertThat(v.before()).isEqualTo(Outcome.COMPLIANT);
            assertThat(v.after()).isNull();
            assertThat(v.fields()).isEmpty();
            assertThat(v.criteria()).extracting(CriterionChange::ruleId, CriterionChange::statement,
                    CriterionChange::before, CriterionChange::after, CriterionChange::reasonBefore,
                    CriterionChange::reasonAfter).containsExactly(
                    removed(award.get("criteria").get(0)), removed(award.get("criteria").get(1)));
            assertThat(v.criteria()).allSatisfy(c -> {
                assertThat(c.figures()).isEmpty();
                assertThat(c.parameters()).isEmpty();
                assertThat(c.fields()).isEmpty();
            });
        });
    }

    @Test
    void aFreshVerdictTheStoredDocumentLacksWasAdded() {
        JsonNode award = verdict(fresh(), 3);
        Replay r = replay(d -> ((ArrayNode) d.get("verdicts")).remove(3));

        assertThat(r.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.subject()).isEqualTo(new Subject(SubjectType.AWARD, "w1", "$.awards[?(@.id=='w1')]"));
            assertThat(v.before()).isNull();
            assertThat(v.after()).isEqualTo(Outcome.COMPLIANT);
            assertThat(v.fields()).isEmpty();
            assertThat(v.criteria()).extracting(CriterionChange::ruleId, CriterionChange::before,
                    CriterionChange::after, CriterionChange::reasonBefore, CriterionChange::reasonAfter)
                    .containsExactly(added(award, 0), added(award, 1), added(award, 2), added(award, 3));
        });
    }

    // ---- criteria ----

    @Test
    void aChangedReasonIsTheCriterionsChangeAndNotTheVerdicts() {
        JsonNode status = criterion(fresh(), ENTERPRISE, STATUS);
        Replay r = replay(d -> criterion(d, ENTERPRISE, STATUS).put("reason", "it was not"));

        assertThat(r.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.fields()).isEmpty();
            assertThat(v.criteria()).containsExactly(new CriterionChange("sme.status",
                    status.get("statement").asText(), CriterionOutcome.PASS, CriterionOutcome.PASS, "it was not",
                    status.get("reason").asText(), List.of(), List.of(), List.of()));
            assertThat(v.criteria().get(0).reasonChanged()).isTrue();
        });
    }

    @Test
    void aChangedStatementIsAFieldAndTheStatementShownIsTheStoredOne() {
        JsonNode status = criterion(fresh(), ENTERPRISE, STATUS);
        Replay r = replay(d -> criterion(d, ENTERPRISE, STATUS).put("statement", "Alpha is an SME"));

        CriterionChange c = onlyCriterion(r);
        assertThat(c.statement()).isEqualTo("Alpha is an SME");
        assertThat(c.reasonChanged()).isFalse();
        assertThat(c.fields()).containsExactly(
                new Change("statement", "Alpha is an SME", status.get("statement").asText()));
    }

    @Test
    void aChangedOutcomeAndFigureOfACriterionAreShownWithBothValues() {
        JsonNode fin = criterion(fresh(), ENTERPRISE, 0);
        JsonNode figure = fin.get("figures").get(0);
        Replay r = replay(d -> {
            ObjectNode c = criterion(d, ENTERPRISE, 0);
            c.put("outcome", "FAIL");
            ((ObjectNode) c.get("figures").get(0)).put("value", "1").put("unit", "");
        });

        CriterionChange c = onlyCriterion(r);
        assertThat(c.ruleId()).isEqualTo("sme.ceiling.financial");
        assertThat(c.before()).isEqualTo(CriterionOutcome.FAIL);
        assertThat(c.after()).isEqualTo(CriterionOutcome.PASS);
        assertThat(c.figures()).containsExactly(new Change(figure.get("name").asText(), "1",
                figure.get("value").asText() + suffix(figure)));
        assertThat(c.parameters()).isEmpty();
        assertThat(c.fields()).isEmpty();
    }

    @Test
    void aChangedParameterIsShownWithValueUnitAndValidity() {
        JsonNode p = criterion(fresh(), ENTERPRISE, 0).get("parameters").get(0);
        Replay r = replay(d -> ((ObjectNode) criterion(d, ENTERPRISE, 0).get("parameters").get(0))
                .put("value", "7").put("unit", "").put("validUntil", "2030-12-31"));

        CriterionChange c = onlyCriterion(r);
        assertThat(c.parameters()).containsExactly(new Change(p.get("key").asText(),
                "7 (from " + p.get("validFrom").asText() + " to 2030-12-31)",
                p.get("value").asText() + suffix(p) + " (from " + p.get("validFrom").asText() + ")"));
        assertThat(c.figures()).isEmpty();
        assertThat(c.fields()).isEmpty();
    }

    /** Figures in another order are no figure change; the fields come by name whatever the order they arise in. */
    @Test
    void figuresInAnotherOrderAreAFieldOfOrderOnly() {
        JsonNode fin = criterion(fresh(), ENTERPRISE, 0);
        assertThat(fin.get("figures").get(0).get("name")).isNotEqualTo(fin.get("figures").get(1).get("name"));
        Replay r = replay(d -> {
            ObjectNode c = criterion(d, ENTERPRISE, 0);
            ((ArrayNode) c.get("figures")).insert(0, ((ArrayNode) c.get("figures")).remove(1));
            c.put("statement", "edited");
        });

        CriterionChange c = onlyCriterion(r);
        assertThat(c.figures()).isEmpty();
        assertThat(c.fields()).containsExactly(new Change("figures", "the same items", "in another order"),
                new Change("statement", "edited", fin.get("statement").asText()));
    }

    @Test
    void parametersInAnotherOrderAreAFieldOfOrderOnly() {
        JsonNode fin = criterion(fresh(), ENTERPRISE, 0);
        Replay r = replay(d -> {
            ObjectNode c = criterion(d, ENTERPRISE, 0);
            ((ArrayNode) c.get("parameters")).insert(0, ((ArrayNode) c.get("parameters")).remove(1));
            c.put("source", "elsewhere");
        });

        CriterionChange c = onlyCriterion(r);
        assertThat(c.parameters()).isEmpty();
        assertThat(c.fields()).containsExactly(new Change("parameters", "the same items", "in another order"),
                new Change("source", "elsewhere", fin.get("source").asText()));
    }

    @Test
    void aCriterionReadingOtherPathsIsPairedByRuleIdAsOneChange() {
        JsonNode country = criterion(fresh(), 0, 0);
        JsonNode input = country.get("inputs").get(1);
        ObjectNode moved = ((ObjectNode) input.deepCopy()).put("path", "$.beneficiaries[0].country");
        Replay r = replay(d -> ((ArrayNode) criterion(d, 0, 0).get("inputs")).set(1, moved));

        CriterionChange c = onlyCriterion(r);
        assertThat(c.ruleId()).isEqualTo("eligibility.beneficiary_country");
        assertThat(c.before()).isEqualTo(CriterionOutcome.PASS);
        assertThat(c.after()).isEqualTo(CriterionOutcome.PASS);
        assertThat(c.fields()).containsExactly(new Change("inputs", "[" + moved + "]", "[" + input + "]"));
    }

    @Test
    void aRenamedRuleIdIsOneCriterionAddedAndOneRemovedByRuleId() {
        JsonNode status = criterion(fresh(), ENTERPRISE, STATUS);
        Replay r = replay(d -> criterion(d, ENTERPRISE, STATUS).put("ruleId", "sme.status_old"));

        assertThat(r.verdicts()).singleElement().satisfies(v -> assertThat(v.criteria())
                .extracting(CriterionChange::ruleId, CriterionChange::before, CriterionChange::after)
                .containsExactly(tuple("sme.status", null, CriterionOutcome.PASS),
                        tuple("sme.status_old", CriterionOutcome.PASS, null)));
        assertThat(onlyVerdict(r).criteria().get(0).statement()).isEqualTo(status.get("statement").asText());
    }

    /** sme.declared_category is added, sme.status changed: listed by rule id, not in the order they were found. */
    @Test
    void changedCriteriaAreListedByRuleId() {
        Replay r = replay(d -> {
            criterion(d, ENTERPRISE, STATUS).put("reason", "edited");
            ((ArrayNode) verdict(d, ENTERPRISE).get("criteria")).remove(4);
        });

        assertThat(onlyVerdict(r).criteria()).extracting(CriterionChange::ruleId, CriterionChange::before,
                        CriterionChange::after, CriterionChange::reasonBefore)
                .containsExactly(tuple("sme.declared_category", null, CriterionOutcome.FAIL, null),
                        tuple("sme.status", CriterionOutcome.PASS, CriterionOutcome.PASS, "edited"));
    }

    /** AMULET: the action's criterion 0 and 1 are eligibility.beneficiary_country for b01 and b02. */
    @Test
    void criteriaOfOneRuleAreToldApartByThePathsTheyRead() {
        byte[] stored = edit(ReplayFixtures.amuletVerdict(), d -> {
            ArrayNode criteria = (ArrayNode) verdict(d, 0).get("criteria");
            criteria.insert(0, criteria.remove(1));
        });

        Replay r = TestCases.RULES.replay(stored, ReplayFixtures.amuletCase());

        assertThat(onlyVerdict(r).criteria()).isEmpty();
        assertThat(onlyVerdict(r).fields()).containsExactly(
                new Change("criteria", "the same items", "in another order"));
    }

    /**
     * AMULET: the action's criteria 0-12 are eligibility.beneficiary_country for b01 to b13. With b13's removed from
     * the stored document and b03's reason changed, b03 (found first) comes before b13 (added, found after).
     */
    @Test
    void criteriaOfOneRuleAreListedInDocumentOrderAddedOnesLast() {
        byte[] stored = edit(ReplayFixtures.amuletVerdict(), d -> {
            criterion(d, 0, 2).put("reason", "edited");
            ((ArrayNode) verdict(d, 0).get("criteria")).remove(12);
        });

        Replay r = TestCases.RULES.replay(stored, ReplayFixtures.amuletCase());

        assertThat(onlyVerdict(r).criteria()).extracting(CriterionChange::reasonBefore, CriterionChange::after)
                .containsExactly(tuple("edited", CriterionOutcome.PASS), tuple(null, CriterionOutcome.PASS));
        assertThat(onlyVerdict(r).criteria().get(1).reasonAfter()).contains("b13-bax");
    }

    // ---- invalid documents ----

    @Test
    void everyProblemOfAVerdictDocumentIsReportedByPath() {
        byte[] stored = edit(SME_VERDICT.getBytes(StandardCharsets.UTF_8), d -> {
            d.put("referenceDate", "2024-13-45");
            ((ObjectNode) verdict(d, 0).get("subject")).put("type", "PLANET");
            ((ObjectNode) verdict(d, 1).get("subject")).remove("id");
            ((ObjectNode) verdict(d, 2).get("subject")).put("path", 7);
            ArrayNode criteria = (ArrayNode) verdict(d, 3).get("criteria");
            criteria.set(0, criteria.numberNode(5));
            ((ObjectNode) criteria.get(1)).remove("ruleId");
            ((ObjectNode) criteria.get(2)).put("outcome", "MAYBE");
            verdict(d, 4).remove("criteria");
        });

        assertThatThrownBy(() -> TestCases.RULES.replay(stored, SME_CASE))
                .isInstanceOfSatisfying(InvalidVerdictException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code).containsExactly(
                                tuple("$.referenceDate", "invalid_value"),
                                tuple("$.verdicts[0].subject.type", "invalid_value"),
                                tuple("$.verdicts[1].subject.id", "missing_field"),
                                tuple("$.verdicts[2].subject.path", "wrong_type"),
                                tuple("$.verdicts[3].criteria[0]", "wrong_type"),
                                tuple("$.verdicts[3].criteria[1].ruleId", "missing_field"),
                                tuple("$.verdicts[3].criteria[2].outcome", "invalid_value"),
                                tuple("$.verdicts[4].criteria", "missing_field")));
    }

    @Test
    void aReferenceDateOrVerdictsOfTheWrongTypeAreOneProblemEach() {
        byte[] stored = edit(SME_VERDICT.getBytes(StandardCharsets.UTF_8), d -> {
            d.put("referenceDate", 20240831);
            d.putObject("verdicts");
        });

        assertThatThrownBy(() -> TestCases.RULES.replay(stored, SME_CASE))
                .isInstanceOfSatisfying(InvalidVerdictException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code).containsExactly(
                                tuple("$.referenceDate", "wrong_type"), tuple("$.verdicts", "wrong_type")));
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> TestCases.RULES.replay("{\"verdicts\": [".getBytes(StandardCharsets.UTF_8),
                SME_CASE)).isInstanceOfSatisfying(InvalidVerdictException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$");
                    assertThat(p.code()).isEqualTo("malformed_json");
                    assertThat(p.message()).endsWith("(line 1, column 15)");
                }));
    }

    // ---- helpers ----

    private static Replay replay(Consumer<ObjectNode> edit) {
        return TestCases.RULES.replay(edit(SME_VERDICT.getBytes(StandardCharsets.UTF_8), edit), SME_CASE);
    }

    /** The document as a tree, edited, written back as evaluate writes it. */
    private static byte[] edit(byte[] verdict, Consumer<ObjectNode> edit) {
        try {
            ObjectNode d = (ObjectNode) EXACT.readTree(verdict);
            edit.accept(d);
            return FundingJson.writeValue(d).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode fresh() {
        try {
            return EXACT.readTree(SME_VERDICT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode verdict(JsonNode document, int i) {
        return (ObjectNode) document.get("verdicts").get(i);
    }

    private static ObjectNode criterion(JsonNode document, int verdict, int i) {
        return (ObjectNode) verdict(document, verdict).get("criteria").get(i);
    }

    private static VerdictChange onlyVerdict(Replay r) {
        assertThat(r.verdicts()).hasSize(1);
        return r.verdicts().get(0);
    }

    private static CriterionChange onlyCriterion(Replay r) {
        assertThat(onlyVerdict(r).criteria()).hasSize(1);
        assertThat(onlyVerdict(r).fields()).isEmpty();
        return onlyVerdict(r).criteria().get(0);
    }

    private static org.assertj.core.groups.Tuple removed(JsonNode c) {
        return tuple(c.get("ruleId").asText(), c.get("statement").asText(),
                CriterionOutcome.valueOf(c.get("outcome").asText()), null, c.get("reason").asText(), null);
    }

    private static org.assertj.core.groups.Tuple added(JsonNode verdict, int i) {
        JsonNode c = verdict.get("criteria").get(i);
        return tuple(c.get("ruleId").asText(), null, CriterionOutcome.valueOf(c.get("outcome").asText()), null,
                c.get("reason").asText());
    }

    private static String suffix(JsonNode item) {
        return item.get("unit").asText().isEmpty() ? "" : " " + item.get("unit").asText();
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
