package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.bench.LawParameters;
import org.fundingrules.model.AccountingPeriod;
import org.fundingrules.model.AccountsBasis;
import org.fundingrules.model.AidGrant;
import org.fundingrules.model.AidInstrument;
import org.fundingrules.model.AidRegime;
import org.fundingrules.model.Award;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.Enterprise;
import org.fundingrules.model.InnovationCost;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.StateAid;
import org.fundingrules.model.StateAidBasis;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of GBER Art. 28(3)-(4) (rules/state_aid/gber_651_2014_art_28.drl), checked against a plain Java
 * statement of the article: aid <= max(intensity x costs, min(advisory intensity x costs, cap - earlier advisory aid
 * in the window)), the intensities, the cap and the window read from the rules' parameter file on the grant date, as
 * the rules read them (decision Q23: the cap changed on 2023-07-01; {@code GRANT} draws on both sides of that day).
 */
class GberProperties {
    /** One earlier aid: cents, days before the grant, advisory (else intangible assets) under Art. 28, renounced. */
    record Aid(long cents, int daysBefore, boolean advisory, boolean renounced) {
    }

    private static final Gen<Aid> AID = longs().between(0, 12_000_000L)
            .zip(integers().between(0, 1400), integers().between(0, 9), (c, d, k) -> new Aid(c, d, k > 1, k == 1));
    private static final Gen<List<Aid>> HISTORY = lists().of(AID).ofSizeBetween(0, 5);
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final Gen<LocalDate> GRANT = integers().between(0, (int) (LocalDate.of(2026, 12, 31).toEpochDay()
            - FIRST.toEpochDay())).map(d -> FIRST.plusDays(d))
            .mix(integers().between(-1, 0).map(d -> LocalDate.of(2023, 7, 1).plusDays(d)));

    /** The award: eligible costs and aid in cents, advisory services or not (secondment). */
    record Ask(long costCents, long aidCents, boolean advisory) {
    }

    private static final Gen<Ask> ASK = longs().between(1, 50_000_000L).zip(longs().between(0, 60_000_000L),
            integers().between(0, 3), (c, a, k) -> new Ask(c, a, k > 0));

    static CaseFile gberCase(LocalDate grant, List<Aid> history, long costCents, long aidCents, boolean advisory) {
        List<AidGrant> aids = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Aid a = history.get(i);
            aids.add(AidGrant.builder()
                    .id("a" + i)
                    .grantor("Region")
                    .memberState("IT")
                    .regime(AidRegime.GBER)
                    .grantDate(grant.minusDays(a.daysBefore()))
                    .grossAmount(TestCases.cents(a.cents()))
                    .renounced(a.renounced())
                    .gberArticle("28")
                    .costCategory(a.advisory() ? InnovationCost.ADVISORY_AND_SUPPORT_SERVICES
                            : InnovationCost.INTANGIBLE_ASSETS)
                    .build());
        }
        // the de minimis case of the same history, made a GBER Article 28 case of a small enterprise
        CaseFile base = DeMinimisProperties.build(grant, aids, aidCents);
        OpenCall gber = base.openCalls().get(0).toBuilder()
                .stateAid(StateAid.builder()
                        .applies(true)
                        .basis(StateAidBasis.NATIONAL_CO_FUNDING)
                        .grantingMemberState("IT")
                        .instrument(AidInstrument.GBER_ART_28)
                        .build())
                .build();
        Enterprise small = base.enterprises().get(0).toBuilder()
                .established(LocalDate.of(2010, 1, 1))
                .accounts(List.of(AccountingPeriod.builder()
                        .periodEnd(LocalDate.of(2013, 12, 31))
                        .basis(AccountsBasis.APPROVED)
                        .staffAwu(BigDecimal.TEN)
                        .turnover(TestCases.eur("1000000.00"))
                        .balanceSheetTotal(TestCases.eur("800000.00"))
                        .build()))
                .outstandingRecoveryOrder(false)
                .build();
        Award award = base.awards().get(0).toBuilder()
                .eligibleCosts(TestCases.cents(costCents))
                .costCategory(advisory ? InnovationCost.ADVISORY_AND_SUPPORT_SERVICES : InnovationCost.SECONDMENT)
                .build();
        return base.toBuilder().openCalls(List.of(gber)).awards(List.of(award)).enterprises(List.of(small)).build();
    }

    static Criterion intensity(CaseFile c) {
        List<Criterion> found = TestCases.RULES.evaluate(c).verdict(SubjectType.AWARD, "w1").orElseThrow().criteria()
                .stream().filter(x -> x.ruleId().equals("state_aid.gber_28.intensity")).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** The article, in plain Java, in cents. */
    static long mostCents(LocalDate grant, List<Aid> history, long costCents, boolean advisory) {
        LawParameters law = LawParameters.packaged();
        long ordinary = percentOf(costCents, law.amount("state_aid.gber_28.intensity", grant));
        if (!advisory) {
            return ordinary;
        }
        long cap = law.amount("state_aid.gber_28.advisory_cap", grant).movePointRight(2).longValueExact();
        LocalDate from = grant.minusYears(law.count("state_aid.gber_28.advisory_window_years", grant)).plusDays(1);
        long earlier = 0;
        for (Aid a : history) {
            LocalDate d = grant.minusDays(a.daysBefore());
            if (a.advisory() && !a.renounced() && !d.isBefore(from)) {
                earlier += a.cents();
            }
        }
        long atAdvisory = percentOf(costCents, law.amount("state_aid.gber_28.advisory_intensity", grant));
        return Math.max(ordinary, Math.min(atAdvisory, Math.max(0, cap - earlier)));
    }

    /** A percentage of an amount in cents, rounded down to the cent. */
    private static long percentOf(long cents, BigDecimal percent) {
        return BigDecimal.valueOf(cents).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                .longValueExact();
    }

    @Test
    void theIntensityTestAgreesWithThePlainStatementOfTheArticle() {
        qt().withExamples(40).forAll(GRANT, HISTORY, ASK).checkAssert((grant, history, ask) -> {
                    long costs = ask.costCents();
                    long aid = ask.aidCents();
                    boolean advisory = ask.advisory();
                    Criterion c = intensity(gberCase(grant, history, costs, aid, advisory));
                    long most = mostCents(grant, history, costs, advisory);
                    assertThat(c.outcome()).as("aid %d, most %d", aid, most)
                            .isEqualTo(aid <= most ? CriterionOutcome.PASS : CriterionOutcome.FAIL);
                    if (advisory) {
                        assertThat(c.figures()).anySatisfy(f -> {
                            assertThat(f.name()).isEqualTo("most the aid may be");
                            assertThat(new BigDecimal(f.value())).isEqualByComparingTo(BigDecimal.valueOf(most, 2));
                        });
                    }
                });
    }

    @Test
    void addingEarlierAdvisoryAidNeverRaisesWhatTheAwardMayBe() {
        qt().withExamples(25).forAll(GRANT, HISTORY, AID, longs().between(1, 50_000_000L))
                .checkAssert((grant, history, extra, costs) -> {
                    List<Aid> more = new ArrayList<>(history);
                    more.add(extra);
                    assertThat(most(intensity(gberCase(grant, more, costs, 0, true))))
                            .isLessThanOrEqualTo(most(intensity(gberCase(grant, history, costs, 0, true))));
                });
    }

    static BigDecimal most(Criterion c) {
        return c.figures().stream().filter(f -> f.name().equals("most the aid may be"))
                .map(f -> new BigDecimal(f.value())).findFirst().orElseThrow();
    }
}
