package org.fundingrules.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fundingrules.trace.Criterion.Table;

/**
 * The table of an {@code impact.indicators} criterion: its columns, each with the report's own heading, and its rows
 * summed by period end for the charts. Summing the rows that share a period end is the only arithmetic; the counts
 * are those the SMEs reported, as the trace lists them.
 */
final class Indicators {
    /** A column as the trace heads it, and the key of the report's heading for it. */
    record Column(String heading, String key) {
    }

    /** The counts the SMEs reported, one chart each. */
    static final List<Column> COUNTS = List.of(new Column(Trace.PRODUCTS, "innovation.products"),
            new Column(Trace.SERVICES, "innovation.services"), new Column(Trace.PROCESSES, "innovation.processes"),
            new Column(Trace.MARKETING_METHODS, "innovation.marketingMethods"),
            new Column(Trace.ORGANISATIONAL_METHODS, "innovation.organisationalMethods"),
            new Column(Trace.RESOURCE_EFFICIENCY, "innovation.resourceEfficiency"));
    /** The amounts in euros: a row leaves them empty when none of its reports stated them. */
    static final Column TURNOVER = new Column(Trace.TURNOVER, "innovation.turnover");
    static final Column BASELINE = new Column(Trace.TURNOVER_BASELINE, "innovation.turnoverBaseline");
    private static final Column PERIOD_END = new Column(Trace.PERIOD_END, "innovation.periodEnd");
    /** Every column the rule writes, in its order. */
    static final List<Column> COLUMNS = Stream.of(List.of(new Column(Trace.PLAN, "innovation.plan"),
                            new Column(Trace.PERIOD, "innovation.period"), PERIOD_END,
                            new Column(Trace.REPORTS, "innovation.reports")),
                    COUNTS, List.of(TURNOVER, BASELINE)).flatMap(List::stream).toList();
    private static final List<Column> SUMMED = Stream.concat(COUNTS.stream(), Stream.of(TURNOVER, BASELINE)).toList();

    private Indicators() {
    }

    /** Whether the table has every column; a table that lacks one is neither shown nor drawn. */
    static boolean complete(Table t) {
        return t != null && COLUMNS.stream().allMatch(c -> Trace.column(t, c.heading()) >= 0);
    }

    /**
     * The rows of a complete table summed by period end, in date order: each count, and each amount some row states
     * (an amount no row of a period end states is absent). Empty when a period end is not a date or a count or
     * amount is not a decimal of at least zero: nothing is drawn from a cell that does not read as its column says.
     */
    static Optional<SortedMap<LocalDate, Map<Column, BigDecimal>>> sums(Table t) {
        SortedMap<LocalDate, Map<Column, BigDecimal>> sums = new TreeMap<>();
        for (List<String> row : t.rows()) {
            Map<Column, BigDecimal> at;
            try {
                at = sums.computeIfAbsent(LocalDate.parse(cell(t, row, PERIOD_END)), d -> new HashMap<>());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
            for (Column c : SUMMED) {
                String text = cell(t, row, c);
                if (text.isEmpty() && (c == TURNOVER || c == BASELINE)) {
                    continue;
                }
                Optional<BigDecimal> value = Trace.decimal(text).filter(v -> v.signum() >= 0);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                at.merge(c, value.get(), BigDecimal::add);
            }
        }
        return Optional.of(sums);
    }

    /** A row's cell in a column, wherever the trace puts it. */
    static String cell(Table t, List<String> row, Column c) {
        return Trace.cell(row, Trace.column(t, c.heading())).trim();
    }
}
