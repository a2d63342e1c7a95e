package org.fundingrules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundingrules.facts.AwardFact;
import org.fundingrules.facts.Parameter;
import org.fundingrules.facts.StateAidFacts.AidClassified;
import org.fundingrules.facts.StateAidFacts.AidFact;
import org.fundingrules.facts.StateAidFacts.DeMinimisCheck;
import org.fundingrules.facts.StateAidFacts.DeMinimisWindow;
import org.fundingrules.trace.Comparison;
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

    /** Why an earlier aid counts, in words: who granted it, when, to whom, and how it came to the enterprise. */
    public static String countedReason(AidFact a) {
        return "de minimis aid granted by " + a.memberState() + " on " + a.grantDate() + " to " + a.enterpriseId()
                + ", inside the window" + (a.transfer() == null ? ""
                : "; " + a.transferWords() + ": counts " + Amounts.money(a.countedEur(), "EUR") + " of "
                + Amounts.money(a.grossEur(), "EUR"));
    }

    /** Reg. 2023/2831: the first day of the period of {@code years} years, day for day, that ends on the grant date. */
    public static LocalDate rollingWindowStart(LocalDate grantDate, int years) {
        return grantDate.minusYears(years).plusDays(1);
    }

    /**
     * Why an earlier aid is left out of the sum for a check, or null when it counts. The first reason that applies
     * is given, in this order: other undertaking, not de minimis, other Member State, renounced, granted after the
     * new aid, before the window.
     */
    public static String leftOut(DeMinimisCheck c, DeMinimisWindow w, AidFact a, Collection<?> members) {
        if (c.awardId().equals(a.awardId())) {
            return "the new aid itself";
        }
        if (!members.contains(a.enterpriseId())) {
            return "other undertaking: " + a.enterpriseId() + " is not part of the single undertaking of "
                    + c.enterpriseId() + " on " + c.grantDate();
        }
        if (!a.deMinimis()) {
            return "not de minimis aid (" + a.regime() + "): not counted against the de minimis ceiling";
        }
        if (!a.memberState().equals(c.memberState())) {
            return "other Member State: granted by " + a.memberState() + ", the ceiling is per Member State ("
                    + c.memberState() + ")";
        }
        if (a.renounced()) {
            return "renounced (repaid if already received)";
        }
        if (a.grantDate().isAfter(w.to())) {
            return "granted after the new aid (" + a.grantDate() + ")";
        }
        if (a.grantDate().isBefore(w.from())) {
            return "outside the window: granted " + a.grantDate() + ", before " + w.from();
        }
        return null;
    }

    /**
     * The ceiling test (Art. 3(2) and 3(7) of both regulations): earlier aid counted + new aid <= ceiling; if not,
     * none of the new aid qualifies, and the reason states the headroom before the new aid and the two remedies
     * (Zennaro, decision Q18).
     */
    public static void ceiling(RuleContext ctx, AwardFact award, DeMinimisCheck check, DeMinimisWindow window,
                               Parameter ceiling, List<?> classified, List<?> aids, Collection<?> members,
                               String ceilingWhy) {
        Map<String, AidFact> byId = new HashMap<>();
        for (Object o : aids) {
            AidFact a = (AidFact) o;
            byId.put(a.id(), a);
        }
        List<AidClassified> rows = classified.stream().map(o -> (AidClassified) o)
                .sorted(Comparator.comparing((AidClassified x) -> byId.get(x.aidId()).grantDate())
                        .thenComparing(AidClassified::aidId)).toList();
        BigDecimal earlier = BigDecimal.ZERO;
        List<AidFact> counted = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (AidClassified r : rows) {
            AidFact a = byId.get(r.aidId());
            if (r.counted()) {
                earlier = earlier.add(a.countedEur());
                counted.add(a);
            }
            table.add(List.of(a.id(), a.enterpriseId(), a.memberState(), a.regime().name(), a.grantDate().toString(),
                    Amounts.plainMoney(a.grossEur()), r.counted() ? Amounts.plainMoney(a.countedEur()) : "0.00",
                    r.counted() ? "counted" : "left out", r.reason()));
        }
        BigDecimal newAid = check.newAidEur();
        BigDecimal total = earlier.add(newAid);
        BigDecimal limit = ceiling.amount();
        BigDecimal headroom = limit.subtract(earlier).max(BigDecimal.ZERO);
        boolean holds = total.compareTo(limit) <= 0;

        Judge j = Judge.on(ctx, award)
                .statement("earlier de minimis aid to the single undertaking in " + check.memberState()
                        + " over the window, plus the new aid, stays within the ceiling; otherwise none of the new "
                        + "aid qualifies")
                .input(award.path("amount"), award.amountEur())
                .input(award.path("date"), award.date())
                .parameter(ceiling.use())
                .figure("single undertaking", String.join(", ", members.stream().map(String::valueOf).sorted().toList()))
                .figure("granting Member State", check.memberState())
                .figure("window", window.from() + " to " + window.to())
                .figure("window counted", window.how())
                .figure("ceiling applied", ceilingWhy)
                .figure(ceiling.label(), limit, ceiling.unit())
                .figure("earlier aid counted", earlier, "EUR")
                .figure("new aid", newAid, "EUR")
                .figure("earlier aid + new aid", total, "EUR")
                .figure("headroom before the new aid", headroom, "EUR");
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
        String left = Amounts.money(total, "EUR");
        String right = Amounts.money(limit, "EUR");
        if (holds) {
            j.conclusion("earlier aid " + Amounts.money(earlier, "EUR") + " + new aid " + Amounts.money(newAid, "EUR")
                    + " = " + left + ", within the " + ceiling.label() + " of " + right + "; "
                    + Amounts.money(limit.subtract(total), "EUR") + " left after the new aid");
        }
        j.holdsWith(holds, new Comparison(left, "<=", right, holds), holds ? "" : failure(earlier, newAid, total,
                limit, headroom, counted, ceiling.label()));
    }

    private static String failure(BigDecimal earlier, BigDecimal newAid, BigDecimal total, BigDecimal limit,
                                  BigDecimal headroom, List<AidFact> counted, String label) {
        BigDecimal excess = total.subtract(limit);
        StringBuilder s = new StringBuilder();
        s.append("earlier aid ").append(Amounts.money(earlier, "EUR")).append(" + new aid ")
                .append(Amounts.money(newAid, "EUR")).append(" = ").append(Amounts.money(total, "EUR"))
                .append(", ").append(Amounts.money(excess, "EUR")).append(" over the ").append(label).append(" of ")
                .append(Amounts.money(limit, "EUR"))
                .append(": none of the new aid qualifies as de minimis aid, not even the part below the ceiling "
                        + "(Art. 3(7)). Headroom before the new aid: ")
                .append(Amounts.money(headroom, "EUR")).append(". Remedies (Zennaro, C-608/19), before the new aid ")
                .append("is paid: (1) reduce the new aid to at most ").append(Amounts.money(headroom, "EUR"));
        if (counted.isEmpty()) {
            s.append("; (2) renouncing earlier aid is not open: no earlier aid is counted");
        } else if (excess.compareTo(earlier) > 0) {
            s.append("; (2) renouncing earlier aid cannot suffice alone: all earlier aid counted is ")
                    .append(Amounts.money(earlier, "EUR")).append(", less than the excess");
        } else {
            List<String> named = counted.stream()
                    .sorted(Comparator.comparing(AidFact::grantDate).reversed().thenComparing(AidFact::id))
                    .map(a -> a.id() + " (" + Amounts.money(a.countedEur(), "EUR") + ", " + a.grantDate() + ", "
                            + a.enterpriseId() + ")").toList();
            s.append("; or (2) renounce at least ").append(Amounts.money(excess, "EUR"))
                    .append(" of earlier aid counted, repaying it if already received: ")
                    .append(String.join(", ", named));
        }
        return s.toString();
    }
}
