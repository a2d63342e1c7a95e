package org.fundingrules.internal;

import org.fundingrules.facts.Judge;

import org.fundingrules.facts.Words;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundingrules.facts.Amounts;
import org.fundingrules.facts.AwardFact;
import org.fundingrules.facts.Parameter;
import org.fundingrules.facts.StateAidFacts.AidClassified;
import org.fundingrules.facts.StateAidFacts.AidFact;
import org.fundingrules.facts.StateAidFacts.CeilingApplied;
import org.fundingrules.facts.StateAidFacts.CeilingExceeded;
import org.fundingrules.facts.StateAidFacts.DeMinimisCheck;
import org.fundingrules.facts.StateAidFacts.DeMinimisTotal;
import org.fundingrules.facts.StateAidFacts.DeMinimisWindow;
import org.fundingrules.facts.StateAidFacts.Headroom;
import org.fundingrules.facts.StateAidFacts.RenounceRemedy;
import org.fundingrules.trace.Comparison;
import org.fundingrules.trace.Message;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Helpers of the de minimis rules (rules/state_aid): the windows, why an earlier aid is left out, and the layout of
 * the ceiling test (figures, the table of earlier aid, the headroom and the two remedies). The rules decide which
 * window, which ceiling and which aid; this class does the date and euro arithmetic exactly.
 */
public final class StateAidTrace {
    private StateAidTrace() {
    }

    /**
     * Reg. 1407/2013: the first day of the current fiscal year and the {@code years - 1} previous ones of an
     * undertaking whose fiscal year ends on {@code fiscalYearEnd}, for a grant on {@code grantDate}.
     */
    public static LocalDate fiscalWindowStart(LocalDate grantDate, MonthDay fiscalYearEnd, int years) {
        LocalDate end = fiscalYearEnd.atYear(grantDate.getYear());
        if (end.isBefore(grantDate)) {
            end = fiscalYearEnd.atYear(grantDate.getYear() + 1);
        }
        // end is the last day of the current fiscal year; the window starts the day after the end of the fiscal
        // year `years` years earlier (29 February ends read as 28 February in common years)
        return fiscalYearEnd.atYear(end.getYear() - years).plusDays(1);
    }

    /** The last day of the fiscal year that contains the date. */
    public static LocalDate fiscalYearEndOn(LocalDate date, MonthDay fiscalYearEnd) {
        LocalDate end = fiscalYearEnd.atYear(date.getYear());
        return end.isBefore(date) ? fiscalYearEnd.atYear(date.getYear() + 1) : end;
    }

    /** The key of the dated list of excluded NACE codes of a de minimis regulation (by its source id). */
    public static String excludedSectorsKey(String regulation) {
        return switch (regulation) {
            case "reg_1407_2013" -> "state_aid.de_minimis_1407.excluded_sectors";
            case "reg_2023_2831" -> "state_aid.de_minimis_2831.excluded_sectors";
            default -> "state_aid.excluded_sectors." + regulation;
        };
    }

    /**
     * The recipient's markets that fall in an excluded sector, each as "market (in excluded code)". An excluded code
     * covers its subdivisions (A03 covers A03.1); a more general market (section A) is not taken to be in A03.
     */
    public static List<String> excludedMarkets(List<String> markets, String excludedCodes) {
        List<String> hits = new ArrayList<>();
        for (String m : markets) {
            for (String code : excludedCodes.split(",")) {
                String x = code.trim();
                if (!x.isEmpty() && m.startsWith(x)) {
                    hits.add(m + " (in " + x + ")");
                    break;
                }
            }
        }
        return hits;
    }

    /** Reg. 2023/2831: the first day of the period of {@code years} years, day for day, that ends on the grant date. */
    public static LocalDate rollingWindowStart(LocalDate grantDate, int years) {
        return grantDate.minusYears(years).plusDays(1);
    }

    /**
     * The explanation of the ceiling test (Art. 3(2) and 3(7) of both regulations), laid out from what the rules
     * derived: the ceiling applied, the sum, the headroom, whether it is exceeded and the remedy. Decides nothing:
     * the criterion fails exactly when the rules derived {@code CeilingExceeded}.
     */
    public static void ceiling(RuleContext ctx, AwardFact award, DeMinimisCheck check, DeMinimisWindow window,
                               CeilingApplied applied, DeMinimisTotal sum, Headroom headroom, List<?> exceeded,
                               List<?> remedies, List<?> classified, List<?> aids, Collection<?> members) {
        Map<String, AidFact> byId = new HashMap<>();
        for (Object o : aids) {
            AidFact a = (AidFact) o;
            byId.put(a.id(), a);
        }
        List<AidClassified> rows = classified.stream().map(o -> (AidClassified) o)
                .sorted(Comparator.comparing((AidClassified x) -> byId.get(x.aidId()).grantDate())
                        .thenComparing(AidClassified::aidId)).toList();
        List<AidFact> counted = new ArrayList<>();
        List<List<Object>> table = new ArrayList<>();
        for (AidClassified r : rows) {
            AidFact a = byId.get(r.aidId());
            if (r.counted()) {
                counted.add(a);
            }
            table.add(List.of(a.id(), a.enterpriseId(), a.memberState(), a.regime().name(), a.grantDate().toString(),
                    Amounts.plainMoney(a.grossEur()), r.counted() ? Amounts.plainMoney(a.countedEur()) : "0.00",
                    r.counted() ? "counted" : "left out", r.reason()));
        }
        Parameter ceiling = applied.ceiling();
        BigDecimal limit = ceiling.amount();
        boolean holds = exceeded.isEmpty();

        Judge j = Judge.on(ctx, award)
                .statement("state_aid.de_minimis.ceiling.statement", check.memberState())
                .input(award.path("amount"), award.amountEur())
                .input(award.path("date"), award.date())
                .parameter(ceiling.use())
                .figure(Words.of("state_aid.figure.single_undertaking"), String.join(", ", members.stream().map(String::valueOf).sorted().toList()))
                .figure(Words.of("state_aid.figure.granting_member_state"), check.memberState())
                .figure(Words.of("state_aid.figure.window"), window.from() + " to " + window.to())
                .figure(Words.of("state_aid.figure.window_counted"), window.how())
                .figure(Words.of("state_aid.figure.ceiling_applied"), applied.why())
                .figure(ceiling.term(), limit, ceiling.unit())
                .figure(Words.of("state_aid.figure.earlier_aid_counted"), sum.earlier(), "EUR")
                .figure(Words.of("state_aid.figure.new_aid"), sum.newAid(), "EUR")
                .figure(Words.of("state_aid.figure.earlier_aid_new_aid"), sum.total(), "EUR")
                .figure(Words.of("state_aid.figure.headroom_before_the_new_aid"), headroom.amount(), "EUR");
        for (AidFact a : counted) {
            j.input(a.path() + ".grossAmount", a.grossEur());
            if (a.transfer() != null) {
                j.input(a.path() + ".transfer.sharePercent", a.transfer().sharePercent());
            }
        }
        if (!table.isEmpty()) {
            j.table(List.of("aid", "enterprise", "Member State", "regime", "grant date", "gross EUR", "counted EUR",
                    "counted", "reason"), table);
        }
        String left = Amounts.money(sum.total(), "EUR");
        String right = Amounts.money(limit, "EUR");
        if (holds) {
            j.conclusion("state_aid.de_minimis.ceiling.within", Amounts.money(sum.earlier(), "EUR"),
                    Amounts.money(sum.newAid(), "EUR"), left, ceiling.term(), right,
                    Amounts.money(limit.subtract(sum.total()), "EUR"));
        }
        Message over = holds ? null : Message.of("state_aid.de_minimis.ceiling.over", Amounts.money(sum.earlier(), "EUR"),
                Amounts.money(sum.newAid(), "EUR"), left, Amounts.money(((CeilingExceeded) exceeded.get(0)).by(), "EUR"),
                ceiling.term(), right, Amounts.money(headroom.amount(), "EUR"),
                ((RenounceRemedy) remedies.get(0)).remedy());
        j.holdsWith(holds, new Comparison(left, "<=", right, holds), over);
    }
}
