package org.fundingrules.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fundingrules.trace.Verdict;
import org.fundingrules.facts.Amounts;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.Criterion.Table;

/**
 * The report's inline SVG charts, drawn from what the trace holds: the SME share of the budget against its minimum,
 * a single undertaking's aid on a timeline against the de minimis ceiling and window, and each innovation indicator
 * over the reporting periods. Nothing of the law is recomputed here; the only arithmetic is placing values on the
 * page, the running sum of the amounts the trace marks as counted, and the sum of the indicator rows that share a
 * period end. Coordinates are exact decimals rounded to a tenth of a pixel, so the drawing is deterministic.
 */
final class Charts {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern PERIOD = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})");
    private static final String PASS_COLOUR = "#15803d";
    private static final String FAIL_COLOUR = "#b91c1c";
    private static final String BAR_COLOUR = "#1d4ed8";

    private Charts() {
    }

    /** The SME share as a horizontal bar on a 0-100 % scale, the minimum as a line; false when figures are missing. */
    static boolean smeShare(Html h, ReportText t, Criterion c) {
        Optional<BigDecimal> share = Trace.figure(c, Trace.SME_SHARE).flatMap(f -> Trace.decimal(f.value()));
        Optional<BigDecimal> min = Trace.parameter(c, Trace.SME_SHARE_MIN).flatMap(p -> Trace.decimal(p.value()))
                .map(r -> r.movePointRight(2).stripTrailingZeros());
        if (share.isEmpty() || min.isEmpty()) {
            return false;
        }
        int left = 20;
        int width = 920;
        String shareText = share.get().toPlainString() + " %";
        String minText = min.get().toPlainString() + " %";
        String label = t.text("chart.share.label", shareText, minText);
        h.open("svg", "class", "chart", "viewBox", "0 0 960 110", "width", "960", "height", "110", "role", "img",
                "aria-label", label).element("title", label);
        h.open("rect", "x", "20", "y", "36", "width", "920", "height", "30", "fill", "#e5e7eb").close("rect");
        h.open("rect", "x", "20", "y", "36", "width", scale(clamp(share.get()), width, HUNDRED), "height", "30",
                "fill", c.outcome() == CriterionOutcome.PASS ? PASS_COLOUR : FAIL_COLOUR).close("rect");
        String tx = plus(left, scale(clamp(min.get()), width, HUNDRED));
        h.open("line", "x1", tx, "y1", "26", "x2", tx, "y2", "76", "stroke", "#111827", "stroke-width", "3",
                "stroke-dasharray", "5 3").close("line");
        h.element("text", t.text("chart.share.minimum", minText), "x", tx, "y", "20", "text-anchor", "middle",
                "class", "threshold");
        h.element("text", t.text("chart.share.value", shareText), "x", "20", "y", "20", "class", "value");
        for (int pct = 0; pct <= 100; pct += 25) {
            String x = plus(left, scale(BigDecimal.valueOf(pct), width, HUNDRED));
            h.open("line", "x1", x, "y1", "66", "x2", x, "y2", "72", "stroke", "#6b7280").close("line");
            h.element("text", pct + " %", "x", x, "y", "88", "text-anchor", pct == 0 ? "start" : pct == 100 ? "end"
                    : "middle", "class", "tick");
        }
        h.close("svg");
        return true;
    }

    /** One earlier or new aid as the trace's table lists it. */
    private record Aid(String id, LocalDate date, BigDecimal gross, BigDecimal counted, boolean isCounted,
                       boolean isNew) {
    }

    /**
     * The aid of one single undertaking on a timeline: each aid a mark at its grant date with its amount (hollow when
     * the trace left it out), the window shaded, the ceiling as a line and the running sum of counted aid plus the
     * new aid as a step line against it. False when the trace lacks the window, the ceiling or the aid table.
     */
    static boolean deMinimis(Html h, ReportText t, Verdict v, Criterion c,
                             Function<Figure, String> figureName) {
        Optional<Figure> ceilingFigure = Trace.figureStarting(c, Trace.CEILING_PREFIX);
        Optional<BigDecimal> ceiling = ceilingFigure.flatMap(f -> Trace.decimal(f.value()));
        Optional<BigDecimal> newAid = Trace.figure(c, Trace.NEW_AID).flatMap(f -> Trace.decimal(f.value()));
        Matcher window = PERIOD.matcher(Trace.figure(c, Trace.WINDOW).map(Figure::value).orElse(""));
        List<Aid> aids = aids(v, c.table());
        if (ceiling.isEmpty() || newAid.isEmpty() || !window.find() || aids.isEmpty()) {
            return false;
        }
        LocalDate from = LocalDate.parse(window.group(1));
        LocalDate until = LocalDate.parse(window.group(2));
        long first = aids.stream().map(Aid::date).min(Comparator.naturalOrder()).orElseThrow().toEpochDay();
        long last = aids.stream().map(Aid::date).max(Comparator.naturalOrder()).orElseThrow().toEpochDay();
        long start = Math.min(first, from.toEpochDay()) - 75;
        long end = Math.max(last, until.toEpochDay()) + 75;
        Axis axis = new Axis(start, end);

        // the running sum: counted aid in date order, then the new aid on its grant date
        List<String> steps = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<BigDecimal> levels = new ArrayList<>(List.of(BigDecimal.ZERO));
        for (Aid a : aids) {
            if (a.isCounted() || a.isNew()) {
                sum = sum.add(a.isNew() ? newAid.get() : a.counted());
                levels.add(sum);
            }
        }
        BigDecimal top = sum.max(ceiling.get()).multiply(new BigDecimal("1.25"));
        if (top.signum() == 0) {
            top = BigDecimal.ONE;
        }
        int level = 1;
        StringBuilder path = new StringBuilder("M").append(axis.x(from)).append(' ').append(y(BigDecimal.ZERO, top));
        for (Aid a : aids) {
            if (a.isCounted() || a.isNew()) {
                path.append(" H").append(axis.x(a.date())).append(" V").append(y(levels.get(level++), top));
            }
        }
        path.append(" H").append(axis.x(LocalDate.ofEpochDay(end)));
        boolean over = c.outcome() == CriterionOutcome.FAIL;
        String ceilingText = Trace.money(ceiling.get().toPlainString());
        String sumText = Amounts.money(sum, "EUR");
        String label = t.text("chart.deminimis.label", v.subject().id(), ceilingText, sumText, window.group(0));
        h.open("svg", "class", "chart", "viewBox", "0 0 960 320", "width", "960", "height", "320", "role", "img",
                "aria-label", label).element("title", label);
        // the window, shaded
        h.open("rect", "x", axis.x(from), "y", "34", "width", axis.width(from, until), "height", "166",
                "fill", "#dbeafe").close("rect");
        h.element("text", t.text("chart.deminimis.window", window.group(0)), "x", axis.x(from), "y", "28",
                "class", "window");
        // the axis with the years
        h.open("line", "x1", "60", "y1", "200", "x2", "940", "y2", "200", "stroke", "#374151").close("line");
        for (int year = LocalDate.ofEpochDay(start).getYear() + 1; year <= LocalDate.ofEpochDay(end).getYear();
             year++) {
            String x = axis.x(LocalDate.of(year, 1, 1));
            h.open("line", "x1", x, "y1", "200", "x2", x, "y2", "296", "stroke", "#d1d5db").close("line");
            h.element("text", String.valueOf(year), "x", x, "y", "312", "text-anchor", "middle", "class", "tick");
        }
        // the ceiling
        String cy = y(ceiling.get(), top);
        h.open("line", "x1", "60", "y1", cy, "x2", "940", "y2", cy, "stroke", FAIL_COLOUR, "stroke-width", "2",
                "stroke-dasharray", "6 4").close("line");
        h.element("text", t.text("chart.deminimis.ceiling", figureName.apply(ceilingFigure.get()), ceilingText), "x", "64",
                "y", plus(-6, cy), "class", "threshold");
        // the running sum against it
        h.open("path", "d", path.toString(), "fill", "none", "stroke", over ? FAIL_COLOUR : PASS_COLOUR,
                "stroke-width", "3").close("path");
        h.element("text", t.text("chart.deminimis.sum", sumText), "x", "936", "y", plus(-8, y(sum, top)),
                "text-anchor", "end", "class", "value");
        // each aid, a mark at its date and its amount below, staggered on three lines
        for (int i = 0; i < aids.size(); i++) {
            Aid a = aids.get(i);
            String x = axis.x(a.date());
            String fill = a.isNew() ? "#d97706" : a.isCounted() ? "#1d4ed8" : "#ffffff";
            h.open("circle", "cx", x, "cy", "200", "r", "7", "fill", fill, "stroke",
                    a.isNew() ? "#d97706" : a.isCounted() ? "#1d4ed8" : "#6b7280", "stroke-width", "2").close("circle");
            String key = a.isNew() ? "chart.deminimis.new" : a.isCounted() ? "chart.deminimis.counted"
                    : "chart.deminimis.leftout";
            String ty = String.valueOf(226 + 24 * (i % 3));
            h.open("line", "x1", x, "y1", "207", "x2", x, "y2", plus(-12, ty), "stroke", "#9ca3af").close("line");
            h.element("text", t.text(key, a.id(), a.date(), Amounts.money(a.gross(), "EUR")), "x", x, "y", ty,
                    "text-anchor", axis.anchor(a.date()), "class", "mark");
        }
        h.close("svg");
        return true;
    }

    /** The aid rows of the ceiling criterion's table, by grant date then id; rows that do not parse are skipped. */
    private static List<Aid> aids(Verdict v, Table t) {
        int id = Trace.column(t, Trace.AID);
        int date = Trace.column(t, Trace.GRANT_DATE);
        int gross = Trace.column(t, Trace.GROSS);
        int counted = Trace.column(t, Trace.COUNTED_EUR);
        int flag = Trace.column(t, Trace.COUNTED);
        if (id < 0 || date < 0 || gross < 0 || counted < 0 || flag < 0) {
            return List.of();
        }
        String newAid = "award " + v.subject().id();
        List<Aid> aids = new ArrayList<>();
        for (List<String> r : t.rows()) {
            Optional<BigDecimal> g = Trace.decimal(r.get(gross));
            Optional<BigDecimal> n = Trace.decimal(r.get(counted));
            try {
                if (g.isPresent() && n.isPresent()) {
                    aids.add(new Aid(r.get(id), LocalDate.parse(r.get(date)), g.get(), n.get(),
                            r.get(flag).equals(Trace.COUNTED), r.get(id).equals(newAid)));
                }
            } catch (DateTimeParseException e) {
                // not a dated aid row: not drawn, still listed in the trace's table
            }
        }
        aids.sort(Comparator.comparing(Aid::date).thenComparing(Aid::isNew).thenComparing(Aid::id));
        return aids;
    }

    /**
     * One small chart per innovation indicator of an {@code impact.indicators} table, over its period ends in date
     * order: a bar per period end with the sum of its rows written above it; for turnover, the baseline as a dashed
     * mark across the bar, written below the date. False when the table lacks a column or a row, or a cell does not
     * read as its column says.
     *
     * @param subject who reported, as the section's heading names it
     */
    static boolean indicators(Html h, ReportText t, String subject, Table table) {
        Optional<SortedMap<LocalDate, Map<Indicators.Column, BigDecimal>>> sums = Indicators.complete(table)
                ? Indicators.sums(table) : Optional.empty();
        if (sums.isEmpty() || sums.get().isEmpty()) {
            return false;
        }
        List<LocalDate> ends = List.copyOf(sums.get().keySet());
        String none = t.text("chart.indicator.none");
        for (Indicators.Column c : Indicators.COUNTS) {
            List<Optional<BigDecimal>> counts = values(sums.get(), c);
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < ends.size(); i++) {
                entries.add(t.text("chart.indicator.entry", ends.get(i),
                        counts.get(i).map(BigDecimal::toPlainString).orElse(none)));
            }
            String name = t.text(c.key());
            bars(h, t, name, t.text("chart.indicator.label", name, subject, String.join(", ", entries)), ends, 90,
                    counts, List.of(), BigDecimal::toPlainString);
        }
        Function<BigDecimal, String> euros = v -> Amounts.money(v, "EUR");
        List<Optional<BigDecimal>> turnover = values(sums.get(), Indicators.TURNOVER);
        List<Optional<BigDecimal>> baseline = values(sums.get(), Indicators.BASELINE);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            entries.add(t.text("chart.turnover.entry", ends.get(i), turnover.get(i).map(euros).orElse(none),
                    baseline.get(i).map(euros).orElse(none)));
        }
        bars(h, t, t.text("chart.turnover.title"), t.text("chart.turnover.label", subject, String.join(", ", entries)),
                ends, 150, turnover, baseline, euros);
        return true;
    }

    /** A column's sums in period-end order; empty where no row of that period end states it. */
    private static List<Optional<BigDecimal>> values(SortedMap<LocalDate, Map<Indicators.Column, BigDecimal>> sums,
                                                     Indicators.Column c) {
        return sums.values().stream().map(at -> Optional.ofNullable(at.get(c))).toList();
    }

    /**
     * One indicator chart: a slot of {@code slot} pixels per period end, heights as on the timeline ({@link #y}: 0 at
     * pixel 200, the largest value at 34), each bar's value above it and its date below the axis; {@code marks}, when
     * given (one per period end), are dashed lines across the bars, each written under its date.
     */
    private static void bars(Html h, ReportText t, String title, String label, List<LocalDate> ends, int slot,
                             List<Optional<BigDecimal>> values, List<Optional<BigDecimal>> marks,
                             Function<BigDecimal, String> show) {
        BigDecimal top = Stream.concat(values.stream(), marks.stream()).flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        top = top.signum() == 0 ? BigDecimal.ONE : top;
        // wide enough for the longest title, narrow enough for three charts beside each other on a wide page
        int width = Math.max(380, 40 + slot * ends.size());
        int left = (width - slot * ends.size()) / 2;
        String height = marks.isEmpty() ? "228" : "264";
        String none = t.text("chart.indicator.none");
        h.open("svg", "class", "chart indicator", "viewBox", "0 0 " + width + " " + height, "width",
                String.valueOf(width), "height", height, "role", "img", "aria-label", label).element("title", label);
        h.element("text", title, "x", "8", "y", "14", "class", "value");
        h.open("line", "x1", "8", "y1", "200", "x2", String.valueOf(width - 8), "y2", "200", "stroke", "#374151")
                .close("line");
        for (int i = 0; i < ends.size(); i++) {
            String x = String.valueOf(left + slot * i + slot / 2);
            Optional<BigDecimal> v = values.get(i);
            if (v.isPresent()) {
                h.open("rect", "x", plus(-18, x), "y", y(v.get(), top), "width", "36", "height",
                        scale(v.get(), 166, top), "fill", BAR_COLOUR).close("rect");
            }
            h.element("text", v.map(show).orElse(none), "x", x, "y", plus(-6, y(v.orElse(BigDecimal.ZERO), top)),
                    "text-anchor", "middle", "class", v.isPresent() ? "value" : "tick");
            h.open("line", "x1", x, "y1", "200", "x2", x, "y2", "205", "stroke", "#6b7280").close("line");
            h.element("text", ends.get(i).toString(), "x", x, "y", "220", "text-anchor", "middle", "class", "tick");
            if (!marks.isEmpty()) {
                Optional<BigDecimal> m = marks.get(i);
                if (m.isPresent()) {
                    String my = y(m.get(), top);
                    h.open("line", "x1", plus(-30, x), "y1", my, "x2", plus(30, x), "y2", my, "stroke", "#111827",
                            "stroke-width", "2", "stroke-dasharray", "5 3").close("line");
                }
                // on two lines, so that a slot need only be as wide as an amount
                h.element("text", t.text("chart.turnover.baseline"), "x", x, "y", "238", "text-anchor", "middle",
                        "class", "tick").element("text", m.map(show).orElse(none), "x", x, "y", "254",
                        "text-anchor", "middle", "class", "tick");
            }
        }
        h.close("svg");
    }

    /** Days onto the 60-940 pixel width of the timeline. */
    private record Axis(long start, long end) {
        String x(LocalDate d) {
            return plus(60, scale(BigDecimal.valueOf(d.toEpochDay() - start), 880, BigDecimal.valueOf(end - start)));
        }

        String width(LocalDate from, LocalDate until) {
            return scale(BigDecimal.valueOf(until.toEpochDay() - from.toEpochDay()), 880,
                    BigDecimal.valueOf(end - start));
        }

        /** Labels near an edge run inwards. */
        String anchor(LocalDate d) {
            long at = (d.toEpochDay() - start) * 100 / (end - start);
            return at < 15 ? "start" : at > 85 ? "end" : "middle";
        }
    }

    /** An amount's height on the timeline: 0 at pixel 200, {@code top} at pixel 34. */
    private static String y(BigDecimal amount, BigDecimal top) {
        return new BigDecimal(200).subtract(amount.multiply(BigDecimal.valueOf(166)).divide(top, 1,
                RoundingMode.HALF_UP)).toPlainString();
    }

    /** {@code value / of * pixels}, to a tenth of a pixel. */
    private static String scale(BigDecimal value, int pixels, BigDecimal of) {
        return value.multiply(BigDecimal.valueOf(pixels)).divide(of, 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plus(int offset, String pixels) {
        return new BigDecimal(pixels).add(BigDecimal.valueOf(offset)).toPlainString();
    }

    private static BigDecimal clamp(BigDecimal percent) {
        return percent.max(BigDecimal.ZERO).min(HUNDRED);
    }
}
