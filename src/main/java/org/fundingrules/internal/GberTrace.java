package org.fundingrules.internal;

import org.fundingrules.facts.Judge;

import org.fundingrules.facts.Words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.fundingrules.facts.AccountsFact;
import org.fundingrules.facts.Amounts;
import org.fundingrules.facts.AwardFact;
import org.fundingrules.facts.Parameter;
import org.fundingrules.facts.Paths;
import org.fundingrules.facts.SmeFacts.SmeStatus;
import org.fundingrules.facts.StateAidFacts.AidFact;
import org.fundingrules.facts.StateAidFacts.DifficultyCheck;
import org.fundingrules.facts.StateAidFacts.DifficultyProfile;
import org.fundingrules.facts.StateAidFacts.GberCheck;
import org.fundingrules.model.InnovationCost;
import org.fundingrules.model.LiabilityForm;
import org.fundingrules.trace.Comparison;
import org.fundingrules.trace.Message;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Helpers of the GBER rules (rules/state_aid): the Article 28 intensity test with the three-year cap on advisory aid,
 * and the arithmetic of the undertaking-in-difficulty criteria of Article 2(18). The rules decide which test and
 * which parameters; this class does the euro and ratio arithmetic exactly and lays out the trace.
 */
public final class GberTrace {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GberTrace() {
    }

    /**
     * GBER Art. 28(3) and 28(4): the new aid stays within the maximum intensity of its eligible costs. For advisory
     * and support services the intensity may rise to the advisory intensity provided that the advisory aid to the
     * undertaking within the rolling window, the new aid included, stays within the cap; otherwise the ordinary
     * intensity applies (decision Q23: the most the award may be is the larger of the two).
     */
    public static void intensity(RuleContext ctx, AwardFact award, GberCheck check, Parameter intensity,
                                 Parameter advisoryIntensity, Parameter cap, Parameter windowYears, List<?> aids,
                                 Collection<?> members) {
        BigDecimal costs = check.eligibleCostsEur();
        BigDecimal aid = check.aidEur();
        boolean advisory = check.costCategory() == InnovationCost.ADVISORY_AND_SUPPORT_SERVICES;
        BigDecimal atOrdinary = share(costs, intensity.amount());
        Judge j = Judge.on(ctx, award)
                .statement("state_aid.gber.intensity.statement", check.costCategory())
                .input(award.path("amount"), award.amountEur())
                .input(award.path("eligibleCosts"), costs)
                .input(award.path("costCategory"), check.costCategory().name())
                .parameter(intensity.use())
                .figure(Words.of("state_aid.figure.eligible_costs"), costs, "EUR")
                .figure(Words.of("state_aid.figure.aid"), aid, "EUR")
                .figure(Words.of("state_aid.figure.aid_intensity"), costs.signum() == 0 ? BigDecimal.ZERO
                        : aid.multiply(HUNDRED).divide(costs, 4, RoundingMode.HALF_UP).stripTrailingZeros(), "%")
                .figure(intensity.term(), intensity.amount(), intensity.unit())
                .figure(Words.of("state_aid.figure.aid_at_intensity", intensity.amount().toPlainString()), atOrdinary, "EUR");
        if (!advisory) {
            boolean holds = aid.compareTo(atOrdinary) <= 0;
            if (holds) {
                j.conclusion("state_aid.gber.intensity.within", Amounts.money(aid, "EUR"),
                        intensity.amount().toPlainString(), Amounts.money(atOrdinary, "EUR"));
            }
            j.holdsWith(holds, new Comparison(Amounts.money(aid, "EUR"), "<=", Amounts.money(atOrdinary, "EUR"), holds),
                    Message.of("state_aid.gber.intensity.over", Amounts.money(aid.subtract(atOrdinary), "EUR"),
                            intensity.amount().toPlainString(), Amounts.money(atOrdinary, "EUR")));
            return;
        }
        int years = windowYears.amount().intValueExact();
        LocalDate from = org.fundingrules.facts.DeMinimisLayout.rollingWindowStart(check.grantDate(), years);
        BigDecimal earlier = BigDecimal.ZERO;
        List<List<String>> table = new ArrayList<>();
        List<AidFact> sorted = aids.stream().map(o -> (AidFact) o)
                .filter(a -> members.contains(a.enterpriseId()))
                .sorted(Comparator.comparing(AidFact::grantDate).thenComparing(AidFact::id)).toList();
        for (AidFact a : sorted) {
            String why = advisoryLeftOut(check, from, a);
            if (why == null) {
                earlier = earlier.add(a.countedEur());
                j.input(a.path() + ".grossAmount", a.grossEur());
            }
            table.add(List.of(a.id(), a.enterpriseId(), a.regime().name(), String.valueOf(a.gberArticle()),
                    String.valueOf(a.costCategory()), a.grantDate().toString(), Amounts.plainMoney(a.grossEur()),
                    why == null ? "counted" : "left out", why == null ? "aid for innovation advisory and support "
                            + "services under GBER Art. 28, inside the window" : why));
        }
        BigDecimal limit = cap.amount();
        BigDecimal total = earlier.add(aid);
        BigDecimal headroom = limit.subtract(earlier).max(BigDecimal.ZERO);
        BigDecimal atAdvisory = share(costs, advisoryIntensity.amount());
        BigDecimal withinCap = atAdvisory.min(headroom);
        BigDecimal most = atOrdinary.max(withinCap);
        boolean capHolds = total.compareTo(limit) <= 0;
        boolean holds = aid.compareTo(most) <= 0;
        j.parameter(advisoryIntensity.use()).parameter(cap.use()).parameter(windowYears.use())
                .figure(Words.of("state_aid.figure.undertaking_single_undertaking_as_proxy_decision_q20"),
                        String.join(", ", members.stream().map(String::valueOf).sorted().toList()))
                .figure(Words.of("state_aid.figure.window"), from + " to " + check.grantDate())
                .figure(cap.term(), limit, "EUR")
                .figure(Words.of("state_aid.figure.earlier_advisory_aid_counted"), earlier, "EUR")
                .figure(Words.of("state_aid.figure.earlier_advisory_aid_new_aid"), total, "EUR")
                .figure(Words.of("state_aid.figure.headroom_under_the_cap_before_the_new_aid"), headroom, "EUR")
                .figure(Words.of("state_aid.figure.most_the_aid_may_be"), most, "EUR");
        if (!table.isEmpty()) {
            j.table(List.of("aid", "enterprise", "regime", "GBER article", "costs", "grant date", "gross EUR", "counted",
                    "reason"), table);
        }
        String pct = intensity.amount().toPlainString() + " %";
        if (holds) {
            j.conclusion(aid.compareTo(atOrdinary) <= 0
                    ? Message.of(capHolds ? "state_aid.gber.intensity.advisory_within_cap"
                            : "state_aid.gber.intensity.advisory_over_cap", Amounts.money(aid, "EUR"), pct,
                            Amounts.money(total, "EUR"), Amounts.money(limit, "EUR"))
                    : Message.of("state_aid.gber.intensity.advisory_increased", Amounts.money(aid, "EUR"), pct,
                            advisoryIntensity.amount().toPlainString(), Amounts.money(total, "EUR"),
                            Amounts.money(limit, "EUR"), Amounts.money(limit.subtract(total), "EUR")));
        }
        j.holdsWith(holds, new Comparison(Amounts.money(aid, "EUR"), "<=", Amounts.money(most, "EUR"), holds),
                holds ? null : advisoryFailure(aid, atOrdinary, atAdvisory, earlier, total, limit, headroom, most,
                        pct, advisoryIntensity));
    }

    private static Message advisoryFailure(BigDecimal aid, BigDecimal atOrdinary, BigDecimal atAdvisory,
                                           BigDecimal earlier, BigDecimal total, BigDecimal limit, BigDecimal headroom,
                                           BigDecimal most, String pct, Parameter advisoryIntensity) {
        Object exceeds = aid.compareTo(atAdvisory) <= 0 ? "" : Message.of("state_aid.gber.intensity.exceeds_advisory",
                Amounts.money(aid, "EUR"), advisoryIntensity.amount().toPlainString(),
                Amounts.money(atAdvisory, "EUR"));
        Object overCap = total.compareTo(limit) <= 0 ? "" : Message.of("state_aid.gber.intensity.cap_exceeded",
                Amounts.money(earlier, "EUR"), Amounts.money(aid, "EUR"), Amounts.money(total, "EUR"),
                Amounts.money(total.subtract(limit), "EUR"), Amounts.money(limit, "EUR"), pct);
        return Message.of("state_aid.gber.intensity.advisory_over", exceeds, overCap, Amounts.money(most, "EUR"),
                Amounts.money(aid.subtract(most), "EUR"), pct, Amounts.money(atOrdinary, "EUR"),
                Amounts.money(atAdvisory.min(headroom), "EUR"), Amounts.money(headroom, "EUR"),
                advisoryIntensity.amount().toPlainString());
    }

    /** Why an aid is left out of the advisory-aid sum of Art. 28(4), or null when it counts. */
    static String advisoryLeftOut(GberCheck c, LocalDate from, AidFact a) {
        if (c.awardId().equals(a.awardId())) {
            return "the new aid itself";
        }
        if (!a.gberAdvisory()) {
            return "not aid for innovation advisory and support services under GBER Art. 28 (" + a.regime()
                    + (a.gberArticle() == null ? "" : " Art. " + a.gberArticle())
                    + (a.costCategory() == null ? "" : ", " + a.costCategory()) + ")";
        }
        if (a.renounced()) {
            return "renounced (repaid if already received)";
        }
        if (a.grantDate().isAfter(c.grantDate())) {
            return "granted after the new aid (" + a.grantDate() + ")";
        }
        if (a.grantDate().isBefore(from)) {
            return "outside the window: granted " + a.grantDate() + ", before " + from;
        }
        return null;
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.DOWN);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Undertaking in difficulty, GBER Art. 2(18)
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * The latest {@code n} approved accounting periods of an enterprise that ended before the grant date, latest
     * first (the accounts a grantor can read on that date).
     */
    public static List<AccountsFact> latestApproved(List<?> accounts, String enterpriseId, LocalDate grantDate, int n) {
        return accounts.stream().map(o -> (AccountsFact) o)
                .filter(a -> a.enterpriseId().equals(enterpriseId) && a.approved() && a.periodEnd().isBefore(grantDate))
                .sorted(Comparator.comparing(AccountsFact::periodEnd).reversed()).limit(n).toList();
    }

    /**
     * GBER Art. 2(18)(a) or (b): more than half of the subscribed share capital (with any premium; for (b) the capital
     * shown in the accounts) has disappeared through accumulated losses, i.e. accumulated losses less reserves exceed
     * that half. An SME in existence for less than the carve-out years is exempt.
     */
    public static void capitalLost(RuleContext ctx, AwardFact award, DifficultyCheck check, DifficultyProfile p,
                                   LiabilityForm form, String letter, List<?> accounts, List<?> statuses,
                                   Parameter lostShare, Parameter youngYears) {
        Judge j = Judge.on(ctx, award)
                .statement("state_aid.difficulty.capital.statement", letter, form == LiabilityForm.LIMITED
                        ? Message.of("state_aid.difficulty.capital.limited")
                        : Message.of("state_aid.difficulty.capital.unlimited"), check.why())
                .input(p.path("liability"), p.liability() == null ? null : p.liability().name());
        if (p.liability() == null) {
            j.undetermined(Message.of("state_aid.difficulty.capital.no_liability", p.enterpriseId(), letter),
                    p.path("liability"));
            return;
        }
        if (p.liability() != form) {
            j.conclusion("state_aid.difficulty.capital.other_form", letter, p.enterpriseId(), p.liability()).pass();
            return;
        }
        List<AccountsFact> latest = latestApproved(accounts, p.enterpriseId(), check.grantDate(), 1);
        AccountsFact a = latest.isEmpty() ? null : latest.get(0);
        String accountsPath = Paths.item("enterprises", p.enterpriseId()) + ".accounts";
        if (a == null || a.shareCapitalEur() == null || a.reservesEur() == null || a.lossesEur() == null) {
            String missing = a == null ? accountsPath : a.path() + ".ownFunds";
            if (young(p, check.grantDate(), youngYears) && sme(statuses, p.enterpriseId(), check.grantDate())) {
                carveOut(j, p, check, youngYears, letter);
                return;
            }
            j.parameter(lostShare.use()).undetermined(Message.of("state_aid.difficulty.capital.no_accounts",
                    p.enterpriseId(), check.grantDate()), missing);
            return;
        }
        BigDecimal premium = a.sharePremiumEur() == null ? BigDecimal.ZERO : a.sharePremiumEur();
        BigDecimal capital = a.shareCapitalEur().add(premium);
        BigDecimal uncovered = a.lossesEur().subtract(a.reservesEur()).max(BigDecimal.ZERO);
        BigDecimal half = capital.multiply(lostShare.amount()).divide(HUNDRED);
        boolean lost = uncovered.compareTo(half) > 0;
        j.input(a.path() + ".ownFunds.shareCapital", a.shareCapitalEur())
                .input(a.path() + ".ownFunds.sharePremium", a.sharePremiumEur())
                .input(a.path() + ".ownFunds.reserves", a.reservesEur())
                .input(a.path() + ".ownFunds.accumulatedLosses", a.lossesEur())
                .parameter(lostShare.use())
                .figure(Words.of("state_aid.figure.accounts_read"), "approved accounts of the period ending " + a.periodEnd())
                .figure(Words.of("state_aid.figure.share_capital_with_premium"), capital, "EUR")
                .figure(Words.of("state_aid.figure.accumulated_losses_not_covered_by_reserves"), uncovered, "EUR")
                .figure(Words.of("state_aid.figure.share_of_capital", lostShare.amount().toPlainString()), half, "EUR");
        Comparison cmp = new Comparison(Amounts.money(uncovered, "EUR"), "<=", Amounts.money(half, "EUR"), !lost);
        if (!lost) {
            j.conclusion("state_aid.difficulty.capital.not_lost", Amounts.money(uncovered, "EUR"),
                    lostShare.amount().toPlainString(), Amounts.money(half, "EUR")).holdsWith(true, cmp, null);
            return;
        }
        if (young(p, check.grantDate(), youngYears)) {
            Boolean isSme = smeOrNull(statuses, p.enterpriseId(), check.grantDate());
            if (isSme == null) {
                j.undetermined(Message.of("state_aid.difficulty.capital.sme_unknown", p.enterpriseId(),
                        check.grantDate(), youngYears.amount().toPlainString()),
                        Paths.item("enterprises", p.enterpriseId()));
                return;
            }
            if (isSme) {
                carveOut(j, p, check, youngYears, letter);
                return;
            }
        } else if (p.established() == null && Boolean.TRUE.equals(smeOrNull(statuses, p.enterpriseId(),
                check.grantDate()))) {
            j.undetermined(Message.of("state_aid.difficulty.capital.no_establishment", p.enterpriseId(),
                    youngYears.amount().toPlainString()), p.establishedPath());
            return;
        }
        j.holdsWith(false, cmp, Message.of("state_aid.difficulty.capital.lost", letter, Amounts.money(uncovered, "EUR"),
                lostShare.amount().toPlainString(), Amounts.money(half, "EUR"),
                Amounts.money(uncovered.subtract(half), "EUR"), a.periodEnd()));
    }

    private static void carveOut(Judge j, DifficultyProfile p, DifficultyCheck check, Parameter youngYears,
                                 String letter) {
        j.input(p.establishedPath(), p.established()).parameter(youngYears.use())
                .figure(Words.of("state_aid.figure.age_on_the_grant_date"), Period.between(p.established(), check.grantDate()).toString())
                .conclusion("state_aid.difficulty.capital.young_sme", letter, p.enterpriseId(),
                        youngYears.amount().toPlainString(), p.established(), check.grantDate()).pass();
    }

    /** Whether the enterprise has existed for less than the carve-out years on the grant date (false if unknown). */
    static boolean young(DifficultyProfile p, LocalDate grantDate, Parameter youngYears) {
        return p.established() != null
                && grantDate.isBefore(p.established().plusYears(youngYears.amount().intValueExact()));
    }

    private static boolean sme(List<?> statuses, String id, LocalDate date) {
        return Boolean.TRUE.equals(smeOrNull(statuses, id, date));
    }

    /** The computed SME status on a date, or null when none was derived. */
    public static Boolean smeOrNull(List<?> statuses, String id, LocalDate date) {
        SmeStatus s = SmeStatus.on(statuses, id, date);
        return s == null ? null : s.sme();
    }

    /**
     * GBER Art. 2(18)(e), for an undertaking that is not an SME: in each of the past two years the book debt-to-equity
     * ratio exceeded its threshold and the EBITDA interest coverage ratio was below its threshold.
     */
    public static void ratios(RuleContext ctx, AwardFact award, DifficultyCheck check, String enterpriseId,
                              List<?> accounts, List<?> statuses, Parameter debtToEquity, Parameter coverage,
                              Parameter years) {
        Judge j = Judge.on(ctx, award)
                .statement("state_aid.difficulty.ratios.statement", debtToEquity.amount().toPlainString(),
                        coverage.amount().toPlainString(), years.amount().toPlainString(), check.why())
                .parameter(debtToEquity.use()).parameter(coverage.use()).parameter(years.use());
        Boolean isSme = smeOrNull(statuses, enterpriseId, check.grantDate());
        if (isSme == null) {
            j.undetermined(Message.of("state_aid.difficulty.ratios.sme_unknown", enterpriseId, check.grantDate()),
                    Paths.item("enterprises", enterpriseId));
            return;
        }
        if (isSme) {
            j.figure(Words.of("state_aid.figure.sme_on_the_grant_date"), "yes")
                    .conclusion("state_aid.difficulty.ratios.sme", enterpriseId, check.grantDate()).pass();
            return;
        }
        int n = years.amount().intValueExact();
        List<AccountsFact> latest = latestApproved(accounts, enterpriseId, check.grantDate(), n);
        List<String> missing = new ArrayList<>();
        if (latest.size() < n) {
            missing.add(Paths.item("enterprises", enterpriseId) + ".accounts");
        }
        for (AccountsFact a : latest) {
            if (a.debtToEquity() == null) {
                missing.add(a.path() + ".debtToEquity");
            }
            if (a.interestCoverage() == null) {
                missing.add(a.path() + ".interestCoverage");
            }
        }
        if (!missing.isEmpty()) {
            j.undetermined(Message.of("state_aid.difficulty.ratios.missing", n, enterpriseId, check.grantDate(),
                    latest.size()), missing.toArray(new String[0]));
            return;
        }
        boolean everyYear = true;
        List<List<String>> rows = new ArrayList<>();
        for (AccountsFact a : latest) {
            boolean high = a.debtToEquity().compareTo(debtToEquity.amount()) > 0;
            boolean low = a.interestCoverage().compareTo(coverage.amount()) < 0;
            everyYear &= high && low;
            j.input(a.path() + ".debtToEquity", a.debtToEquity()).input(a.path() + ".interestCoverage",
                    a.interestCoverage());
            rows.add(List.of(a.periodEnd().toString(), a.debtToEquity().toPlainString(), high ? "above" : "not above",
                    a.interestCoverage().toPlainString(), low ? "below" : "not below", high && low ? "both" : "no"));
        }
        j.table(List.of("period end", "debt-to-equity", "vs threshold", "interest coverage", "vs threshold",
                "both criteria met"), rows);
        if (!everyYear) {
            j.conclusion("state_aid.difficulty.ratios.not_every_year", n, enterpriseId);
        }
        j.holds(!everyYear, Message.of("state_aid.difficulty.ratios.in_difficulty", n, enterpriseId,
                debtToEquity.amount().toPlainString(), coverage.amount().toPlainString()));
    }
}
