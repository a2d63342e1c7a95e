package org.fundingrules.facts;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundingrules.facts.StateAidFacts.AidClassified;
import org.fundingrules.facts.StateAidFacts.AidFact;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;

/**
 * Pure helpers of the de minimis rules: date arithmetic for the windows, the parameter key of a regulation's list of
 * excluded sectors, which markets fall under an excluded code, which conditions of an award's purpose are not stated,
 * and the layout of the ceiling criterion's trace.
 * None decides: which window, which list and whether the ceiling holds are the rules'.
 */
public final class DeMinimisLayout {
    public static final List<String> CEILING_COLUMNS = List.of("aid", "enterprise", "Member State", "regime",
            "grant date", "gross EUR", "counted EUR", "counted", "reason");

    private DeMinimisLayout() {
    }

    /**
     * The first day of the current fiscal year and the {@code years - 1} previous ones of an undertaking whose fiscal
     * year ends on {@code fiscalYearEnd}, for a date (29 February ends read as 28 February in common years).
     */
    public static LocalDate fiscalWindowStart(LocalDate date, MonthDay fiscalYearEnd, int years) {
        return fiscalYearEnd.atYear(fiscalYearEndOn(date, fiscalYearEnd).getYear() - years).plusDays(1);
    }

    /** The last day of the fiscal year that contains the date. */
    public static LocalDate fiscalYearEndOn(LocalDate date, MonthDay fiscalYearEnd) {
        LocalDate end = fiscalYearEnd.atYear(date.getYear());
        return end.isBefore(date) ? fiscalYearEnd.atYear(date.getYear() + 1) : end;
    }

    /** How a fiscal-year window was counted, in words (the figure of the trace). */
    public static String fiscalYearsWords(String enterpriseId, LocalDate date, MonthDay fiscalYearEnd, int years,
                                          boolean fiscalYearGiven) {
        return "the fiscal year of " + enterpriseId + " ending " + fiscalYearEndOn(date, fiscalYearEnd) + " and the "
                + (years - 1) + " previous ones, up to the grant date"
                + (fiscalYearGiven ? "" : " (no fiscal year given: calendar years)");
    }

    /** The first day of the period of {@code years} years, day for day, that ends on the date. */
    public static LocalDate rollingWindowStart(LocalDate date, int years) {
        return date.minusYears(years).plusDays(1);
    }

    /**
     * The paths of the conditions of aid to agricultural processing and marketing that an award's purpose leaves
     * unstated (null), under {@code at} (the path of {@code agriculturalProcessing}), in field order; none when
     * {@code p} is null.
     */
    public static List<String> unstated(String at, org.fundingrules.model.AgriculturalProcessing p) {
        List<String> paths = new ArrayList<>();
        if (p != null && p.fixedOnPriceOrQuantity() == null) {
            paths.add(at + ".fixedOnPriceOrQuantity");
        }
        if (p != null && p.passedOnToPrimaryProducers() == null) {
            paths.add(at + ".passedOnToPrimaryProducers");
        }
        return paths;
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
     * The markets that fall under a code of a comma-separated list, each as "market (in code)": a code covers its
     * subdivisions (A03 covers A03.1); a more general market (section A) is not under A03.
     */
    public static List<String> underCodes(List<String> markets, String codes) {
        List<String> hits = new ArrayList<>();
        for (String m : markets) {
            for (String code : codes.split(",")) {
                String x = code.trim();
                if (!x.isEmpty() && m.startsWith(x)) {
                    hits.add(m + " (in " + x + ")");
                    break;
                }
            }
        }
        return hits;
    }

    /**
     * The explanation material of a ceiling criterion: the single undertaking's members (sorted, as one text), the
     * amounts of the aid counted (and their transfer shares) as read from the case, and the table of every earlier
     * aid judged, in grant-date order, counted or left out with the rule's reason.
     */
    public record Ceiling(String members, List<Judge.Read> reads, List<ParameterUse> parameters,
                          List<List<Object>> rows) {
        /** From the aids classified for an award and the aid facts they name. */
        public static Ceiling of(Collection<?> members, Collection<?> classified, Collection<?> aids) {
            Map<String, AidFact> byId = new HashMap<>();
            for (Object o : aids) {
                AidFact a = (AidFact) o;
                byId.put(a.id(), a);
            }
            List<AidClassified> sorted = classified.stream().map(o -> (AidClassified) o)
                    .sorted(Comparator.comparing((AidClassified x) -> byId.get(x.aidId()).grantDate())
                            .thenComparing(AidClassified::aidId)).toList();
            List<Judge.Read> reads = new ArrayList<>();
            java.util.Set<ParameterUse> uses = new java.util.LinkedHashSet<>();
            List<List<Object>> rows = new ArrayList<>();
            for (AidClassified r : sorted) {
                AidFact a = byId.get(r.aidId());
                if (r.counted()) {
                    // decision SA-9: the gross grant equivalent counted, as the case gives it or computed from terms
                    reads.addAll(r.gge().reads());
                    uses.addAll(r.gge().parameters());
                    if (a.transfer() != null) {
                        reads.add(new Judge.Read(a.path() + ".transfer.sharePercent", a.transfer().sharePercent()));
                    }
                }
                rows.add(List.of(a.id(), a.enterpriseId(), a.memberState(), a.regime().name(),
                        a.grantDate().toString(), Amounts.plainMoney(a.grossEur()), Amounts.plainMoney(r.eur()),
                        Message.of(r.counted() ? "state_aid.table.counted" : "state_aid.table.left_out"), r.reason()));
            }
            return new Ceiling(String.join(", ", members.stream().map(String::valueOf).sorted().toList()),
                    List.copyOf(reads), List.copyOf(uses), rows.isEmpty() ? null : List.copyOf(rows));
        }

        /** The columns of the table, or null when no earlier aid was judged (no table). */
        public List<String> columns() {
            return rows == null ? null : CEILING_COLUMNS;
        }
    }
}
