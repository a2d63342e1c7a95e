package org.fundingrules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fundingrules.model.Direction;
import org.fundingrules.model.Indicator;
import org.fundingrules.model.ReportSource;
import org.fundingrules.trace.Message;

/**
 * Facts of the innovation indicators of supported SMEs (rules/impact/innosup_01_expected_impact.drl): the reporting
 * plans and their periods, the reports, the targets the action set itself, and what the rules derive from them. Who
 * owes a report, whether it came on time, whether a measure improved and which report of an SME is its latest are
 * decided by rules; the factories here only gather, sort and add up.
 */
public final class ImpactFacts {
    /** The plan of the action's own beneficiaries, and the scope of the totals over the whole action. */
    public static final String ACTION = "action";

    private ImpactFacts() {
    }

    /**
     * A reporting plan that has periods: an open call's ({@code plan} is its id) or the action's ({@code action}).
     *
     * @param plan the call id, or {@code action}
     * @param subject the call or the action, on which verdicts about the plan are given
     */
    public record PlanFact(String plan, Subject subject) {
        /** Whether this is the beneficiaries' plan, set on the action. */
        public boolean ofAction() {
            return ACTION.equals(plan);
        }

        /** The plan in words: the open call's, or the action's for its beneficiaries. */
        public Message term() {
            return ofAction() ? Message.of("impact.plan.action") : Message.of("impact.plan.call", plan);
        }
    }

    /**
     * One period of a plan.
     *
     * @param plan the call id, or {@code action}
     * @param periodId the period's id within the plan
     * @param start first day
     * @param end last day
     * @param due last day a report of the period is on time
     * @param path JSON path of the period
     */
    public record PeriodFact(String plan, String periodId, LocalDate start, LocalDate end, LocalDate due,
                             String path) {
        /** Whether the period belongs to the beneficiaries' plan. */
        public boolean ofAction() {
            return ACTION.equals(plan);
        }
    }

    /**
     * One report of a supported SME, amounts in EUR.
     *
     * @param id the report's id
     * @param reporter who reports: {@code thirdParties/<id>} or {@code beneficiaries/<id>}, one key per company
     * @param plan the call id, or {@code action}
     * @param periodId the period reported on
     * @param periodEnd the last day of that period
     * @param reported the date the report was received
     * @param source self-declared or verified
     * @param products goods introduced in the period
     * @param services services introduced in the period
     * @param processes processes introduced in the period
     * @param marketingMethods marketing methods introduced in the period
     * @param organisationalMethods organisational methods introduced in the period
     * @param turnoverEur turnover of the last closed financial year, or null
     * @param turnoverBaselineEur turnover before the support, or null
     * @param efficiencyUnit the unit of the resource-efficiency measure, or null when none is reported
     * @param efficiencyBaseline its value before the support, or null
     * @param efficiencyValue its value in the period, or null
     * @param better which way it improves, or null
     */
    public record ReportFact(String id, String reporter, String plan, String periodId, LocalDate periodEnd,
                             LocalDate reported, ReportSource source, int products, int services, int processes,
                             int marketingMethods, int organisationalMethods, BigDecimal turnoverEur,
                             BigDecimal turnoverBaselineEur, String efficiencyUnit, BigDecimal efficiencyBaseline,
                             BigDecimal efficiencyValue, Direction better) {
        /** JSON path of the report. */
        public String path() {
            return Paths.item("innovationReports", id);
        }

        /** JSON path of one field of the report. */
        public String path(String field) {
            return path() + "." + field;
        }

        /**
         * Whether this report comes after {@code other} in time: its period ends later, or on the same day under a
         * plan whose id sorts later (the order is total, so each company has one latest report).
         */
        public boolean laterThan(ReportFact other) {
            int byEnd = periodEnd.compareTo(other.periodEnd);
            return byEnd > 0 || byEnd == 0 && plan.compareTo(other.plan) > 0;
        }

        /** The count of one of the five innovation indicators; 0 for the others. */
        int count(Indicator i) {
            return switch (i) {
                case PRODUCTS -> products;
                case SERVICES -> services;
                case PROCESSES -> processes;
                case MARKETING_METHODS -> marketingMethods;
                case ORGANISATIONAL_METHODS -> organisationalMethods;
                default -> 0;
            };
        }
    }

    /**
     * A target the action set itself; one per indicator and date.
     *
     * @param indicator the indicator
     * @param value the value to reach
     * @param by the date by which to reach it
     */
    public record TargetFact(Indicator indicator, BigDecimal value, LocalDate by) {
        /** JSON path of the target, by its indicator and date (not its position, which the input may reorder). */
        public String path() {
            return "$.action.impactTargets[?(@.indicator=='" + indicator + "' && @.by=='" + by + "')]";
        }

        /** The indicator in words, for statements. */
        public Message term() {
            return Message.of(INDICATOR_KEYS.get(indicator));
        }

        /** The unit of the indicator's figures: EUR for turnover growth, none for a count. */
        public String unit() {
            return ImpactFacts.unit(indicator);
        }

        /** The target value as written: a whole number, or EUR for turnover growth. */
        public String shown() {
            return show(indicator, value);
        }
    }

    /**
     * A report a supported SME owes for a period of a plan.
     *
     * @param plan the call id, or {@code action}
     * @param periodId the period
     * @param reporter the company's key ({@link ReportFact#reporter()})
     * @param periodEnd the period's last day
     * @param due the last day the report is on time
     */
    public record ReportOwed(String plan, String periodId, String reporter, LocalDate periodEnd, LocalDate due) {
    }

    /** What became of a report owed, as the rule that found it words it. */
    public enum Delivery {
        ON_TIME("on time"), LATE("late"), MISSING("missing"), NOT_YET_DUE("not yet due");

        private final String words;

        Delivery(String words) {
            this.words = words;
        }
    }

    /**
     * An owed report and what became of it: the report received (null when none) and its date.
     *
     * @param owed the report owed
     * @param delivery on time, late, missing, or not yet due
     * @param reportId the report received, or null
     * @param reported the date it was received, or null
     */
    public record ReportStatus(ReportOwed owed, Delivery delivery, String reportId, LocalDate reported) {
        public static final List<String> COLUMNS =
                List.of("reporter", "period", "period end", "due", "report", "received", "status");

        /** Days after the due date the report came (0 unless late). */
        public long daysLate() {
            return delivery == Delivery.LATE ? ChronoUnit.DAYS.between(owed.due(), reported) : 0;
        }

        /** One row of the table of a plan's reports, in words. */
        List<Object> row() {
            return List.of(owed.reporter(), owed.periodId(), owed.periodEnd().toString(), owed.due().toString(),
                    reportId == null ? "" : reportId, reported == null ? "" : reported.toString(),
                    delivery == Delivery.LATE ? delivery.words + " (" + daysLate() + " days)" : delivery.words);
        }

        /** The rows of a plan's statuses, by period end, period and reporter. */
        public static List<List<Object>> rows(Collection<?> statuses) {
            return sorted(statuses).stream().map(ReportStatus::row).toList();
        }

        /** The owed reports of the statuses by company and period ({@code thirdParties/tp1 (p1)}), sorted. */
        public static String listed(Collection<?> statuses) {
            return sorted(statuses).stream().map(s -> s.owed().reporter() + " (" + s.owed().periodId() + ")")
                    .collect(Collectors.joining(", "));
        }

        private static List<ReportStatus> sorted(Collection<?> statuses) {
            return statuses.stream().map(o -> (ReportStatus) o)
                    .sorted(Comparator.comparing((ReportStatus s) -> s.owed().periodEnd())
                            .thenComparing(s -> s.owed().periodId()).thenComparing(s -> s.owed().reporter()))
                    .toList();
        }
    }

    /** A report whose resource-efficiency measure is better than its baseline, in the measure's direction. */
    public record EfficiencyImproved(String reportId) {
    }

    /** The latest report of a company within a scope: a plan, or {@code action} for the whole action. */
    public record Latest(String scope, String reportId) {
    }

    /** The message key naming each indicator (the figure names of the totals). */
    private static final Map<Indicator, String> INDICATOR_KEYS = indicatorKeys();

    private static Map<Indicator, String> indicatorKeys() {
        Map<Indicator, String> keys = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            keys.put(i, "impact.figure." + i.name().toLowerCase(java.util.Locale.ROOT));
        }
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** A value of an indicator as written: EUR for turnover growth, a whole number otherwise. */
    static String show(Indicator i, BigDecimal value) {
        return unit(i).isEmpty() ? value.stripTrailingZeros().toPlainString() : Amounts.money(value, unit(i));
    }

    /** The unit of an indicator's values: EUR for turnover growth, none for a count. */
    static String unit(Indicator i) {
        return i == Indicator.TURNOVER_GROWTH ? "EUR" : "";
    }

    /**
     * The indicators of one scope added up: per period (the table) and in total (the values), with every value read.
     * The five counts are summed over every report; {@code SMES_REPORTING} counts the companies that reported;
     * resource efficiency and turnover are read from each company's latest report in the scope (a company's turnover
     * is not added up over periods).
     *
     * @param scope a call id, or {@code action}
     * @param subject the open call, or the action, the totals are given on
     * @param values the total of each indicator
     * @param turnoverEur latest turnover summed over the companies whose latest report states turnover and baseline
     * @param baselineEur their baseline turnover summed
     * @param reports how many reports were summed
     * @param rows one row per period ({@link #COLUMNS})
     * @param reads the values summed, by path
     */
    public record IndicatorTotals(String scope, Subject subject, Map<Indicator, BigDecimal> values,
                                  BigDecimal turnoverEur,
                                  BigDecimal baselineEur, int reports, List<List<Object>> rows,
                                  List<Judge.Read> reads) {
        public static final List<String> COLUMNS = List.of("plan", "period", "period end", "reports", "products",
                "services", "processes", "marketing methods", "organisational methods",
                "SMEs improving resource efficiency", "turnover EUR", "turnover baseline EUR");
        /** The five counts, in the order of the table, and each one's field in the case file. */
        private static final List<Indicator> COUNTS = List.of(Indicator.PRODUCTS, Indicator.SERVICES,
                Indicator.PROCESSES, Indicator.MARKETING_METHODS, Indicator.ORGANISATIONAL_METHODS);
        private static final Map<Indicator, String> FIELDS = Map.of(Indicator.PRODUCTS, "products",
                Indicator.SERVICES, "services", Indicator.PROCESSES, "processes", Indicator.MARKETING_METHODS,
                "marketingMethods", Indicator.ORGANISATIONAL_METHODS, "organisationalMethods");

        /**
         * The totals of a scope from its periods ({@link PeriodFact}), reports ({@link ReportFact}), the latest
         * report of each company in the scope ({@link Latest}) and the reports whose efficiency improved
         * ({@link EfficiencyImproved}).
         */
        public static IndicatorTotals of(String scope, Subject subject, Collection<?> periods, Collection<?> reports,
                                         Collection<?> latest, Collection<?> improved) {
            List<ReportFact> rs = reports.stream().map(o -> (ReportFact) o)
                    .sorted(Comparator.comparing(ReportFact::id)).toList();
            Set<String> latestIds = latest.stream().map(o -> ((Latest) o).reportId())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> improvedIds = improved.stream().map(o -> ((EfficiencyImproved) o).reportId())
                    .collect(Collectors.toCollection(TreeSet::new));
            Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
            List<Judge.Read> reads = new ArrayList<>();
            Set<String> reporters = new TreeSet<>();
            BigDecimal turnover = BigDecimal.ZERO;
            BigDecimal baseline = BigDecimal.ZERO;
            long improving = 0;
            for (Indicator i : COUNTS) {
                values.put(i, BigDecimal.ZERO);
            }
            for (ReportFact r : rs) {
                reporters.add(r.reporter());
                for (Indicator i : COUNTS) {
                    values.merge(i, BigDecimal.valueOf(r.count(i)), BigDecimal::add);
                    if (r.count(i) != 0) {
                        reads.add(new Judge.Read(r.path(FIELDS.get(i)), r.count(i)));
                    }
                }
                if (!latestIds.contains(r.id())) {
                    continue;
                }
                if (improvedIds.contains(r.id())) {
                    improving++;
                    reads.add(new Judge.Read(r.path("resourceEfficiency.value"), r.efficiencyValue()));
                }
                if (r.turnoverEur() != null && r.turnoverBaselineEur() != null) {
                    turnover = turnover.add(r.turnoverEur());
                    baseline = baseline.add(r.turnoverBaselineEur());
                    reads.add(new Judge.Read(r.path("turnover.amount"), r.turnoverEur()));
                    reads.add(new Judge.Read(r.path("turnoverBaseline.amount"), r.turnoverBaselineEur()));
                }
            }
            values.put(Indicator.SMES_REPORTING, BigDecimal.valueOf(reporters.size()));
            values.put(Indicator.SMES_IMPROVING_RESOURCE_EFFICIENCY, BigDecimal.valueOf(improving));
            values.put(Indicator.TURNOVER_GROWTH, Amounts.normalize(turnover.subtract(baseline)));
            List<List<Object>> rows = new ArrayList<>();
            periods.stream().map(o -> (PeriodFact) o).sorted(Comparator.comparing(PeriodFact::end)
                            .thenComparing(PeriodFact::plan).thenComparing(PeriodFact::periodId))
                    .forEach(p -> rows.add(row(p, rs.stream().filter(r -> r.plan().equals(p.plan())
                            && r.periodId().equals(p.periodId())).toList(), improvedIds)));
            return new IndicatorTotals(scope, subject, java.util.Collections.unmodifiableMap(values),
                    Amounts.normalize(turnover), Amounts.normalize(baseline), rs.size(), List.copyOf(rows),
                    List.copyOf(reads));
        }

        /** The row of one period: the reports of the period added up (turnover of the reports that state it). */
        private static List<Object> row(PeriodFact p, List<ReportFact> in, Set<String> improvedIds) {
            List<Object> row = new ArrayList<>(List.of(p.plan(), p.periodId(), p.end().toString(),
                    String.valueOf(in.size())));
            for (Indicator i : COUNTS) {
                row.add(String.valueOf(in.stream().mapToLong(r -> r.count(i)).sum()));
            }
            row.add(String.valueOf(in.stream().filter(r -> improvedIds.contains(r.id())).count()));
            List<ReportFact> withTurnover = in.stream().filter(r -> r.turnoverEur() != null).toList();
            List<ReportFact> withBaseline = in.stream().filter(r -> r.turnoverBaselineEur() != null).toList();
            row.add(withTurnover.isEmpty() ? "" : Amounts.plainMoney(withTurnover.stream()
                    .map(ReportFact::turnoverEur).reduce(BigDecimal.ZERO, BigDecimal::add)));
            row.add(withBaseline.isEmpty() ? "" : Amounts.plainMoney(withBaseline.stream()
                    .map(ReportFact::turnoverBaselineEur).reduce(BigDecimal.ZERO, BigDecimal::add)));
            return List.copyOf(row);
        }

        /** What the totals are, in words: those of one open call, or of the whole action. */
        public Message statement() {
            return ACTION.equals(scope) ? Message.of("impact.indicators.statement.action")
                    : Message.of("impact.indicators.statement.call", scope);
        }

        /** The total of one indicator. */
        public BigDecimal value(Indicator i) {
            return values.get(i);
        }

        /** The total of one indicator as written. */
        public String shown(Indicator i) {
            return show(i, values.get(i));
        }

        /**
         * The total of an indicator as a percentage of a target, rounded down to one decimal (100 for a target of
         * zero, which any total meets).
         */
        public BigDecimal progressPercent(Indicator i, BigDecimal target) {
            return target.signum() == 0 ? BigDecimal.valueOf(100)
                    : values.get(i).multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.DOWN);
        }
    }
}
