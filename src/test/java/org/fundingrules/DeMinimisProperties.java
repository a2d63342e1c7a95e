package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fundingrules.bench.LawParameters;
import org.fundingrules.model.AidGrant;
import org.fundingrules.model.AidRegime;
import org.fundingrules.model.Award;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.DeMinimisRegulation;
import org.fundingrules.model.Enterprise;
import org.fundingrules.model.EnterpriseKind;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.StateAid;
import org.fundingrules.model.StateAidBasis;
import org.fundingrules.model.SupportForm;
import org.fundingrules.model.ThirdParty;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the de minimis ceiling test (rules/state_aid). */
class DeMinimisProperties {
    private static final LocalDate FIRST = LocalDate.of(2014, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
    private static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay());

    /** One earlier aid: amount in cents, days before the grant date, granted by another Member State, renounced. */
    record Aid(long cents, int daysBefore, boolean foreign, boolean renounced) {
    }

    private static final Gen<Aid> AID = longs().between(0, 15_000_000L)
            .zip(integers().between(0, 1500), integers().between(0, 9), (c, d, k) -> new Aid(c, d, k == 0, k == 1));
    private static final Gen<List<Aid>> HISTORY = lists().of(AID).ofSizeBetween(0, 6);
    /** Non-empty histories, generated as such (an assumption filter on HISTORY can starve the generator). */
    private static final Gen<List<Aid>> SOME_HISTORY = lists().of(AID).ofSizeBetween(1, 6);
    /** Grant dates over both regulations, the switch-over edges among them. */
    private static final Gen<LocalDate> GRANT = integers().between(0, DAYS).map(d -> FIRST.plusDays(d))
            .mix(integers().between(-2, 1).map(d -> LocalDate.of(2024, 1, 1).plusDays(d)));

    static CaseFile withHistory(LocalDate grant, List<Aid> history, long newCents) {
        List<AidGrant> aids = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Aid a = history.get(i);
            aids.add(AidGrant.builder()
                    .id("a" + i)
                    .grantor("Region")
                    .memberState(a.foreign() ? "FR" : "IT")
                    .regime(AidRegime.DE_MINIMIS)
                    .grantDate(grant.minusDays(a.daysBefore()))
                    .grossAmount(TestCases.cents(a.cents()))
                    .renounced(a.renounced())
                    .build());
        }
        return build(grant, aids, newCents);
    }

    /** A scheme adapted to the regulation in force on the grant date, so that date alone decides (decision SA-7). */
    static CaseFile build(LocalDate grant, List<AidGrant> aids, long newCents) {
        String inForce = LawParameters.packaged().text("state_aid.de_minimis.regulation", grant);
        return build(grant, aids, newCents, inForce == null ? null
                : DeMinimisRegulation.valueOf(inForce.toUpperCase(java.util.Locale.ROOT)));
    }

    static CaseFile build(LocalDate grant, List<AidGrant> aids, long newCents, DeMinimisRegulation scheme) {
        OpenCall call = OpenCall.builder()
                .id("callS")
                .title("call")
                .beneficiaryIds(List.of("b1"))
                .form(SupportForm.GRANT)
                .objectives("Objectives.")
                .activityTypes(List.of("study"))
                .eligibleRecipients("SMEs.")
                .awardCriteria("Excellence.")
                .amountCriteria("Lump sum.")
                .maxPerThirdParty(TestCases.eur("60000.00"))
                .maxCriteria("Fixed.")
                .stateAid(StateAid.builder()
                        .applies(true)
                        .basis(StateAidBasis.NATIONAL_CO_FUNDING)
                        .grantingMemberState("IT")
                        .schemeRegulation(scheme)
                        .build())
                .build();
        Enterprise e1 = Enterprise.builder()
                .id("e1")
                .name("Alpha Srl")
                .country("IT")
                .kind(EnterpriseKind.ENTERPRISE)
                .aidHistory(aids)
                .build();
        return CaseFile.builder()
                .referenceDate(LAST)
                .action(TestCases.innosupAction().id("DM-1").acronym("DM").fstp(TestCases.fstpProvided("WP")).build())
                .beneficiaries(List.of(TestCases.cluster("IT")))
                .openCalls(List.of(call))
                .thirdParties(List.of(ThirdParty.builder()
                        .id("tp1")
                        .name("Alpha Srl")
                        .country("IT")
                        .pic("999100001")
                        .enterpriseId("e1")
                        .build()))
                .awards(List.of(Award.builder()
                        .id("w1")
                        .callId("callS")
                        .thirdPartyId("tp1")
                        .amount(TestCases.cents(newCents))
                        .date(grant)
                        .activityType("study")
                        .build()))
                .enterprises(List.of(e1))
                .build();
    }

    static List<Criterion> criteria(CaseFile c) {
        return TestCases.RULES.evaluate(c).verdict(SubjectType.AWARD, "w1").orElseThrow().criteria().stream()
                .filter(x -> x.ruleId().startsWith("state_aid.")).toList();
    }

    static Criterion ceiling(CaseFile c) {
        List<Criterion> found = criteria(c).stream().filter(x -> x.ruleId().endsWith(".ceiling")).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static BigDecimal headroom(CaseFile c) {
        return ceiling(c).figures().stream().filter(f -> f.name().equals("headroom before the new aid"))
                .map(f -> new BigDecimal(f.value())).findFirst().orElseThrow();
    }

    @Test
    void theVerdictDoesNotDependOnTheOrderOfTheHistory() {
        qt().withExamples(30).forAll(GRANT, HISTORY, longs().between(0, 6_000_000L), longs().all())
                .checkAssert((grant, history, newCents, seed) -> {
                    List<Aid> shuffled = new ArrayList<>(history);
                    Collections.shuffle(shuffled, new Random(seed));
                    Criterion a = ceiling(withHistory(grant, history, newCents));
                    // the ids follow the position, so renumbering shuffles the ids as well as the order
                    Criterion b = ceiling(withHistory(grant, shuffled, newCents));
                    assertThat(b.outcome()).isEqualTo(a.outcome());
                    assertThat(b.figures())
                            .isEqualTo(a.figures());
                });
    }

    @Test
    void addingEarlierAidNeverRaisesTheHeadroom() {
        qt().withExamples(30).forAll(GRANT, HISTORY, AID, longs().between(0, 6_000_000L))
                .checkAssert((grant, history, extra, newCents) -> {
                    List<Aid> more = new ArrayList<>(history);
                    more.add(extra);
                    assertThat(headroom(withHistory(grant, more, newCents)))
                            .isLessThanOrEqualTo(headroom(withHistory(grant, history, newCents)));
                });
    }

    @Test
    void movingAnEarlierGrantOutsideTheWindowNeverLowersTheHeadroom() {
        qt().withExamples(30).forAll(GRANT, SOME_HISTORY, integers().between(0, 5),
                longs().between(0, 6_000_000L)).checkAssert((grant, history, pick, newCents) -> {
                    int i = pick % history.size();
                    List<Aid> moved = new ArrayList<>(history);
                    Aid a = history.get(i);
                    // four years back is before either window (three fiscal years at most, or three years)
                    moved.set(i, new Aid(a.cents(), 4 * 366, a.foreign(), a.renounced()));
                    assertThat(headroom(withHistory(grant, moved, newCents)))
                            .isGreaterThanOrEqualTo(headroom(withHistory(grant, history, newCents)));
                });
    }

    @Test
    void exactlyOneDeMinimisRegulationAppliesOnEveryDateFrom2014To2030() {
        qt().withExamples(60).forAll(GRANT).checkAssert(DeMinimisProperties::exactlyOneRegime);
    }

    /** Grant dates in the six months of Reg. 1407/2013 Art. 7(4), and the days around them. */
    private static final Gen<LocalDate> ADAPTATION = integers().between(-2, 183).map(d -> LocalDate.of(2024, 1, 1)
            .plusDays(d));

    @Test
    void inTheSixMonthsAfter1407ExpiredTheSchemeDecidesAndWithoutItNoCeilingIsTested() {
        qt().withExamples(60).forAll(ADAPTATION).checkAssert(grant -> {
            boolean covered = !grant.isBefore(LocalDate.of(2024, 1, 1)) && !grant.isAfter(LocalDate.of(2024, 6, 30));
            List<Criterion> old = criteria(build(grant, List.of(), 100_000L, DeMinimisRegulation.REG_1407_2013));
            List<Criterion> none = criteria(build(grant, List.of(), 100_000L, null));
            List<Criterion> adapted = criteria(build(grant, List.of(), 100_000L, DeMinimisRegulation.REG_2023_2831));
            if (covered) {
                assertThat(old).extracting(Criterion::ruleId).contains("state_aid.de_minimis_1407.ceiling")
                        .doesNotContain("state_aid.de_minimis_2831.ceiling");
                assertThat(none).extracting(Criterion::ruleId).noneMatch(id -> id.endsWith(".ceiling"));
                assertThat(none).filteredOn(x -> x.ruleId().equals("state_aid.de_minimis.regime"))
                        .extracting(Criterion::outcome).containsExactly(CriterionOutcome.UNDETERMINED);
                assertThat(adapted).extracting(Criterion::ruleId).contains("state_aid.de_minimis_2831.ceiling");
            } else if (grant.isBefore(LocalDate.of(2024, 1, 1))) {
                // 2023/2831 does not yet apply: a scheme based on it covers nothing
                assertThat(adapted).filteredOn(x -> x.ruleId().equals("state_aid.de_minimis.regime"))
                        .extracting(Criterion::outcome).containsExactly(CriterionOutcome.FAIL);
                assertThat(none).extracting(Criterion::ruleId).contains("state_aid.de_minimis_1407.ceiling");
            } else {
                // past the six months: a scheme still based on 1407/2013 covers nothing, the date decides the rest
                assertThat(old).filteredOn(x -> x.ruleId().equals("state_aid.de_minimis.regime"))
                        .extracting(Criterion::outcome).containsExactly(CriterionOutcome.FAIL);
                assertThat(none).extracting(Criterion::ruleId).contains("state_aid.de_minimis_2831.ceiling");
            }
        });
    }

    @Test
    void theSwitchOverEdgesAndTheEndsOfTheRange() {
        for (LocalDate d : List.of(FIRST, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), LAST)) {
            exactlyOneRegime(d);
        }
        assertThat(regulation(LocalDate.of(2023, 12, 31))).isEqualTo("reg_1407_2013");
        assertThat(regulation(LocalDate.of(2024, 1, 1))).isEqualTo("reg_2023_2831");
    }

    static void exactlyOneRegime(LocalDate grant) {
        CaseFile c = withHistory(grant, List.of(), 100_000L);
        List<Criterion> all = criteria(c);
        List<Criterion> ceilings = all.stream().filter(x -> x.ruleId().endsWith(".ceiling")).toList();
        assertThat(ceilings).as("ceiling tests on %s", grant).hasSize(1);
        // the ceiling test of the regulation the parameter file puts in force on the grant date (the dates themselves
        // are pinned by theSwitchOverEdgesAndTheEndsOfTheRange)
        String regulation = LawParameters.packaged().text("state_aid.de_minimis.regulation", grant);
        String expected = regulation.equals("reg_1407_2013") ? "state_aid.de_minimis_1407.ceiling"
                : "state_aid.de_minimis_2831.ceiling";
        assertThat(ceilings.get(0).ruleId()).isEqualTo(expected);
        Criterion regime = all.stream().filter(x -> x.ruleId().equals("state_aid.de_minimis.regime")).findFirst()
                .orElseThrow();
        assertThat(regime.outcome().name()).isEqualTo("PASS");
        // the regime parameter has exactly one value in force on the date
        assertThat(regime.parameters()).hasSize(1);
        assertThat(regime.parameters().get(0).validFrom()).isBeforeOrEqualTo(grant);
        assertThat(regime.parameters().get(0).validUntil()).isAfterOrEqualTo(grant);
    }

    static String regulation(LocalDate grant) {
        return criteria(withHistory(grant, List.of(), 100_000L)).stream()
                .filter(x -> x.ruleId().equals("state_aid.de_minimis.regime")).findFirst().orElseThrow()
                .figures().stream().filter(f -> f.name().equals("de minimis regulation")).findFirst().orElseThrow()
                .value();
    }
}
