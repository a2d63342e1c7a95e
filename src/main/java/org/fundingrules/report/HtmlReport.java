package org.fundingrules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.Messages;
import org.fundingrules.trace.Evaluation.NotAssessed;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Verdict;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.Enterprise;
import org.fundingrules.model.ThirdParty;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.InputValue;
import org.fundingrules.trace.ParameterUse;
import org.fundingrules.trace.Evaluation.RuleFiring;
import org.fundingrules.trace.SubjectType;
import org.fundingrules.trace.Criterion.Table;

/**
 * The HTML audit report: one self-contained page for an evaluation, for an auditor to read instead of the JSON. It
 * holds the receipt (library version, reference date, rule-set and input digests), a table of every verdict, each
 * verdict's trace as an expandable tree with its citations, parameters and figures, the SME share of the budget as a
 * bar against its minimum, each single undertaking's de minimis aid on a timeline against the ceiling and window,
 * the innovation indicators the supported SMEs reported (for each open call and for the action: a table of the
 * reporting periods and a small chart per indicator over the period ends), and the SME aggregation as a table of who
 * contributed what.
 *
 * <p>Self-contained: inline CSS and SVG, no script, no font, image or link that fetches anything (a content security
 * policy of {@code default-src 'none'} says so to the browser); it reads the same without JavaScript, trees being
 * {@code <details>} elements. Every text from the case or the trace is escaped. Deterministic: the same evaluation
 * (and case) give the same string. Stateless and thread-safe.
 *
 * <p>Stability: public API, experimental; the page's layout may change.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The report for an evaluation, in English, naming items by their ids only. */
    public static String render(Evaluation evaluation) {
        return render(evaluation, null);
    }

    /**
     * The report for an evaluation and the case it judged, in English: the statements, reasons and summaries as the
     * verdict document writes them. The case, when given, adds the names of enterprises and third parties beside
     * their ids.
     *
     * @param evaluation the evaluation, not null
     * @param caseFile the case evaluated, or null
     */
    public static String render(Evaluation evaluation, CaseFile caseFile) {
        return render(evaluation, caseFile, null, Locale.ENGLISH);
    }

    /**
     * The report in a language: every statement, reason and summary rendered by {@code messages} (the bundles of the
     * rules that judged, {@link org.fundingrules.RuleSet#messages()}) and the report's own labels, in the
     * language of {@code locale} (only its language counts; English for one not in {@link #languages()}).
     *
     * @param evaluation the evaluation, not null
     * @param caseFile the case evaluated, or null
     * @param messages the texts of the rule set; null for the verdict document's own English texts
     * @param locale the language, not null
     */
    public static String render(Evaluation evaluation, CaseFile caseFile, Messages messages, Locale locale) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(locale, "locale");
        // names and ids as the input holds them, bidirectional and invisible characters shown as escapes
        return VisibleText.escape(
                new HtmlReport.Page(evaluation, names(caseFile), ReportText.of(locale), messages, locale).render());
    }

    /** The languages the report's own labels are written in (ISO 639 codes), English first: {@code [en, fr]}. */
    public static List<String> languages() {
        return ReportText.LANGUAGES;
    }

    /** Names by id, of enterprises and third parties (which the case keeps apart; the first one wins). */
    private static Map<String, String> names(CaseFile c) {
        Map<String, String> names = new TreeMap<>();
        if (c != null) {
            for (Enterprise e : c.enterprises()) {
                names.putIfAbsent(e.id(), e.name());
            }
            for (ThirdParty t : c.thirdParties()) {
                names.putIfAbsent(t.id(), t.name());
            }
        }
        return names;
    }

    /** One rendering. */
    private static final class Page {
        private final Evaluation e;
        private final Map<String, String> names;
        private final Html h = new Html();
        private final ReportText t;
        private final Messages messages;
        private final Locale locale;

        Page(Evaluation e, Map<String, String> names, ReportText t, Messages messages, Locale locale) {
            this.e = e;
            this.names = names;
            this.t = t;
            this.messages = messages;
            this.locale = locale;
        }

        /** The texts the rules wrote, in the report's language; the document's English ones without messages. */
        private String figureName(Figure f) {
            return messages == null ? f.name() : messages.figureName(f, locale);
        }

        private String statement(Criterion c) {
            return messages == null ? c.statement() : messages.statement(c, locale);
        }

        private String reason(Criterion c) {
            return messages == null ? c.reason() : messages.reason(c, locale);
        }

        private String summary(Verdict v) {
            return messages == null ? v.summary() : messages.summary(v, locale);
        }

        String render() {
            String action = e.verdicts().stream().filter(v -> v.subject().type() == SubjectType.ACTION)
                    .map(v -> v.subject().id()).findFirst().orElse("");
            h.raw("<!DOCTYPE html>\n").open("html", "lang", t.text("lang")).raw("\n<head>\n<meta charset=\"utf-8\">\n")
                    .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                            + "style-src 'unsafe-inline'\">\n")
                    .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .element("title", t.text("title", action)).raw("\n<style>").raw(CSS)
                    .raw("</style>\n</head>\n<body>\n");
            header(action);
            summary();
            smeShares();
            deMinimis();
            impact();
            smeAggregation();
            details();
            rest();
            h.raw("</body>\n</html>\n");
            return h.toString();
        }

        private void header(String action) {
            h.open("header").element("h1", t.text("title", action)).raw("\n<dl class=\"receipt\">");
            entry(t.text("header.action"), action);
            entry(t.text("header.referenceDate"), e.referenceDate().toString());
            h.element("dt", t.text("header.outcome")).open("dd").raw(badge(e.outcome().name())).close("dd");
            entry(t.text("header.libraryVersion"), e.libraryVersion());
            entry(t.text("header.ruleSetDigest"), e.ruleSetDigest());
            entry(t.text("header.inputDigest"), e.inputDigest());
            h.raw("</dl>\n").element("p", t.text("header.note"), "class", "note").close("header").raw("\n");
        }

        private void entry(String term, String value) {
            h.element("dt", term).element("dd", value);
        }

        /** Every verdict, one row each, nothing left out; a row links to the verdict's trace below. */
        private void summary() {
            long failed = e.verdicts().stream().filter(v -> v.outcome() == Outcome.NON_COMPLIANT).count();
            long open = e.verdicts().stream().filter(v -> v.outcome() == Outcome.UNDETERMINED).count();
            h.open("section", "id", "verdicts").element("h2", t.text("summary.heading"))
                    .element("p", t.text("summary.counts", e.verdicts().size(), failed, open));
            h.raw("<table class=\"verdicts\">\n<thead>").row("th", List.of(t.text("summary.number"),
                    t.text("summary.type"), t.text("summary.id"), t.text("summary.outcome"), t.text("summary.summary")))
                    .raw("</thead>\n<tbody>\n");
            for (int i = 0; i < e.verdicts().size(); i++) {
                Verdict v = e.verdicts().get(i);
                h.open("tr", "class", "o-" + v.outcome().name()).element("td", String.valueOf(i + 1))
                        .element("td", v.subject().type().name()).open("td")
                        .element("a", v.subject().id(), "href", "#v" + (i + 1)).raw(name(v.subject().id()))
                        .close("td").open("td").raw(badge(v.outcome().name())).close("td")
                        .element("td", summary(v)).close("tr").raw("\n");
            }
            h.raw("</tbody></table>\n").close("section").raw("\n");
        }

        /** The SME share of each view of the budget, as a bar against the minimum. */
        private void smeShares() {
            criteriaSection("sme-share", "share", c -> c.ruleId().equals(Trace.SME_SHARE_RULE), (v, c) -> {
                h.element("h3", t.text("share.subject", v.subject().id()));
                chartOrNote(Charts.smeShare(h, t, c), c);
            });
        }

        private void deMinimis() {
            criteriaSection("de-minimis", "deminimis", Trace::isDeMinimisCeiling, (v, c) -> {
                h.element("h3", t.text("deminimis.subject", v.subject().id(),
                        Trace.figure(c, Trace.SINGLE_UNDERTAKING).map(Figure::value).orElse("?"), c.ruleId()));
                chartOrNote(Charts.deMinimis(h, t, v, c, this::figureName), c);
            });
        }

        /**
         * The innovation indicators each open call's supported SMEs reported, and the action's over all plans: per
         * criterion its rows under the report's own headings, a chart per indicator, then its figures. A criterion
         * whose table lacks a column keeps only its figures, with a note.
         */
        private void impact() {
            criteriaSection("impact", "innovation", c -> c.ruleId().equals(Trace.INDICATORS_RULE), (v, c) -> {
                String subject = switch (v.subject().type()) {
                    case ACTION -> t.text("innovation.action", v.subject().id());
                    case OPEN_CALL -> t.text("innovation.call", v.subject().id());
                    default -> t.text("innovation.subject", v.subject().type().name(), v.subject().id());
                };
                h.element("h3", subject);
                if (Indicators.complete(c.table())) {
                    indicatorTable(c.table());
                }
                chartOrNote(Charts.indicators(h, t, subject, c.table()), c);
            });
        }

        /**
         * A section of charts: its heading ({@code key.heading}), then each criterion of every verdict that
         * {@code shown} picks, drawn by {@code body}; with none, the note {@code key.none}.
         */
        private void criteriaSection(String id, String key, java.util.function.Predicate<Criterion> shown,
                                     java.util.function.BiConsumer<Verdict, Criterion> body) {
            h.open("section", "id", id).element("h2", t.text(key + ".heading"));
            boolean any = false;
            for (Verdict v : e.verdicts()) {
                for (Criterion c : v.criteria()) {
                    if (shown.test(c)) {
                        any = true;
                        body.accept(v, c);
                    }
                }
            }
            if (!any) {
                h.element("p", t.text(key + ".none"), "class", "note");
            }
            h.close("section").raw("\n");
        }

        /** The rows as the trace lists them, amounts in euros written as such. */
        private void indicatorTable(Table table) {
            h.raw("<table class=\"indicators\">\n<thead>")
                    .row("th", Indicators.COLUMNS.stream().map(c -> t.text(c.key())).toList())
                    .raw("</thead>\n<tbody>\n");
            for (List<String> row : table.rows()) {
                h.row("td", Indicators.COLUMNS.stream().map(c -> c == Indicators.TURNOVER || c == Indicators.BASELINE
                        ? Trace.money(Indicators.cell(table, row, c)) : Indicators.cell(table, row, c)).toList())
                        .raw("\n");
            }
            h.raw("</tbody></table>\n");
        }

        /** Under a chart, its figures and reason written out, so every number drawn is also readable. */
        private void chartOrNote(boolean drawn, Criterion c) {
            if (!drawn) {
                h.element("p", t.text("chart.missing", c.ruleId()), "class", "note");
            }
            h.open("ul", "class", "figures");
            for (Figure f : c.figures()) {
                h.open("li").element("span", figureName(f)).text(": ").element("b", Trace.show(f)).close("li");
            }
            h.close("ul").element("p", reason(c), "class", "reason o-" + c.outcome().name());
        }

        /** For each enterprise whose SME status was computed: whose figures were added, with what share. */
        private void smeAggregation() {
            h.open("section", "id", "sme-aggregation").element("h2", t.text("sme.heading"));
            List<String> headings = null;
            List<Breakdown> groups = new ArrayList<>();
            for (Verdict v : e.verdicts()) {
                for (Criterion c : v.criteria()) {
                    if (c.ruleId().equals(Trace.ENTERPRISE_TYPE_RULE) && c.table() != null) {
                        groups.add(new Breakdown(v, c));
                        headings = headings == null ? c.table().columns() : headings;
                    }
                }
            }
            if (groups.isEmpty()) {
                h.element("p", t.text("sme.none"), "class", "note").close("section").raw("\n");
                return;
            }
            h.raw("<table class=\"sme\">\n<thead><tr>").element("th", t.text("sme.relation"));
            for (String heading : headings) {
                h.element("th", heading);
            }
            h.raw("</tr></thead>\n<tbody>\n");
            for (Breakdown g : groups) {
                Verdict v = g.verdict();
                Criterion c = g.criterion();
                h.open("tr", "class", "group").open("th", "colspan", String.valueOf(headings.size() + 1))
                        .text(v.subject().id()).raw(name(v.subject().id())).text(" \u2014 " + t.text("sme.type",
                                Trace.figure(c, Trace.ENTERPRISE_TYPE).map(Figure::value).orElse("?"))).text(" ")
                        .raw(badge(v.outcome().name())).close("th").close("tr").raw("\n");
                Table t = c.table();
                int why = Trace.column(t, Trace.WHY);
                for (int r = 0; r < t.rows().size(); r++) {
                    List<String> row = t.rows().get(r);
                    boolean total = r == t.rows().size() - 1 && row.get(0).equals("total");
                    h.open("tr", "class", total ? "total" : null).element("td", total ? "" : relation(row, why));
                    for (int i = 0; i < row.size(); i++) {
                        h.open("td").text(row.get(i)).raw(i == 0 && !total ? name(row.get(i)) : "").close("td");
                    }
                    h.close("tr").raw("\n");
                }
            }
            h.raw("</tbody></table>\n").close("section").raw("\n");
        }

        /** An enterprise's verdict and the criterion that breaks its figures down. */
        private record Breakdown(Verdict verdict, Criterion criterion) {
        }

        /** The relation as the trace words it: the part of "why" before any detail ("partner (downstream ...)"). */
        private static String relation(List<String> row, int why) {
            String w = Trace.cell(row, why);
            int cut = w.length();
            for (char stop : new char[] {'(', ';'}) {
                int at = w.indexOf(stop);
                cut = at >= 0 ? Math.min(cut, at) : cut;
            }
            return w.substring(0, cut).trim();
        }

        /** Each verdict's trace as a tree: verdict, then criterion, then what it read, used and computed. */
        private void details() {
            h.open("section", "id", "traces").element("h2", t.text("trace.heading"))
                    .element("p", t.text("trace.note"), "class", "note");
            for (int i = 0; i < e.verdicts().size(); i++) {
                Verdict v = e.verdicts().get(i);
                h.open("details", "id", "v" + (i + 1), "class", "verdict o-" + v.outcome().name(),
                                "open", v.outcome() == Outcome.COMPLIANT ? null : "open")
                        .open("summary").raw(badge(v.outcome().name())).text(" " + v.subject().type().name() + " ")
                        .element("b", v.subject().id()).raw(name(v.subject().id())).text(" \u2014 " + summary(v))
                        .close("summary").element("p", t.text("trace.path", v.subject().path()), "class", "path");
                for (Criterion c : v.criteria()) {
                    criterion(c);
                }
                h.close("details").raw("\n");
            }
            h.close("section").raw("\n");
        }

        private void criterion(Criterion c) {
            h.open("details", "class", "criterion o-" + c.outcome().name(),
                            "open", c.outcome() == CriterionOutcome.PASS ? null : "open")
                    .open("summary").raw(badge(c.outcome().name())).text(" ").element("code", c.ruleId())
                    .text(c.decisive() ? " " + t.text("trace.decisive") + " " : " ").text("\u2014 " + statement(c))
                    .close("summary").raw("<dl>");
            entry(t.text("trace.rule"), c.rule());
            entry(t.text("trace.citation"), t.text("trace.citationValue", c.source(), c.article()));
            entry(t.text("trace.statement"), statement(c));
            if (c.comparison() != null) {
                entry(t.text("trace.comparison"), t.text("trace.comparisonValue", c.comparison().left(),
                        c.comparison().operator(), c.comparison().right(),
                        t.text(c.comparison().holds() ? "trace.holds" : "trace.fails")));
            }
            String reason = reason(c);
            if (!reason.isEmpty()) {
                entry(t.text("trace.reason"), reason);
            }
            if (!c.missingFacts().isEmpty()) {
                entry(t.text("trace.missing"), String.join(", ", c.missingFacts()));
            }
            h.raw("</dl>\n");
            if (!c.inputs().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (InputValue in : c.inputs()) {
                    rows.add(List.of(in.path(), FundingJson.display(in.value())));
                }
                table("trace.inputs", List.of(t.text("trace.path.column"), t.text("trace.value")), rows);
            }
            if (!c.parameters().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (ParameterUse p : c.parameters()) {
                    rows.add(List.of(p.key(), p.value(), p.unit() == null ? "" : p.unit(), p.validFrom().toString(),
                            p.validUntil() == null ? t.text("trace.openEnded") : p.validUntil().toString(),
                            t.text("trace.citationValue", p.source(), p.article())));
                }
                table("trace.parameters", List.of(t.text("trace.key"), t.text("trace.value"), t.text("trace.unit"),
                        t.text("trace.validFrom"), t.text("trace.validUntil"), t.text("trace.citation")), rows);
            }
            if (!c.figures().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (Figure f : c.figures()) {
                    rows.add(List.of(figureName(f), f.value(), f.unit()));
                }
                table("trace.figures", List.of(t.text("trace.name"), t.text("trace.value"), t.text("trace.unit")),
                        rows);
            }
            if (c.table() != null) {
                table("trace.table", c.table().columns(), c.table().rows());
            }
            h.close("details").raw("\n");
        }

        private void table(String captionKey, List<String> headings, List<List<String>> rows) {
            h.raw("<table class=\"trace\">").element("caption", t.text(captionKey)).raw("<thead>").row("th", headings)
                    .raw("</thead><tbody>");
            for (List<String> r : rows) {
                h.row("td", r);
            }
            h.raw("</tbody></table>\n");
        }

        /** Items read without a verdict, and every rule that fired with its citation. */
        private void rest() {
            if (!e.notAssessed().isEmpty()) {
                h.open("section", "id", "not-assessed").element("h2", t.text("notAssessed.heading"))
                        .raw("<table class=\"trace\"><thead>")
                        .row("th", List.of(t.text("trace.path.column"), t.text("notAssessed.reason")))
                        .raw("</thead><tbody>");
                for (NotAssessed n : e.notAssessed()) {
                    h.row("td", List.of(n.path(), n.reason()));
                }
                h.raw("</tbody></table>").close("section").raw("\n");
            }
            h.open("section", "id", "rules-fired").open("details").open("summary")
                    .text(t.text("fired.heading", e.rulesFired().size())).close("summary")
                    .raw("<table class=\"trace\"><thead>").row("th", List.of(t.text("fired.ruleId"),
                            t.text("trace.rule"), t.text("trace.citation"), t.text("fired.firings")))
                    .raw("</thead><tbody>");
            for (RuleFiring r : e.rulesFired()) {
                h.row("td", List.of(r.ruleId(), r.rule(), t.text("trace.citationValue", r.source(), r.article()),
                        String.valueOf(r.firings())));
            }
            h.raw("</tbody></table>").close("details").close("section").raw("\n");
        }

        /** An outcome as a coloured label; the word comes from the bundle. */
        private String badge(String outcome) {
            String key = "outcome." + outcome;
            return "<span class=\"badge b-" + Html.escape(outcome) + "\">"
                    + Html.escape(t.has(key) ? t.text(key) : outcome) + "</span>";
        }

        /** The name of an enterprise or third party beside its id, when the case gives one. */
        private String name(String id) {
            String n = names.get(id);
            return n == null ? "" : " <span class=\"name\">" + Html.escape(t.text("name", n)) + "</span>";
        }

    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#111827;\
            margin:0 auto;padding:16px 24px;max-width:1200px;background:#fff}
            h1{font-size:24px;margin:0 0 8px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #e5e7eb}\
            h3{font-size:15px;margin:16px 0 4px}
            dl.receipt{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0}\
            dl.receipt dd{margin:0;font-family:ui-monospace,"DejaVu Sans Mono",monospace;word-break:break-all}\
            dl.receipt dt{font-weight:600}
            .note{color:#4b5563;font-size:13px}
            table{border-collapse:collapse;width:100%;margin:6px 0 10px}th,td{border:1px solid #e5e7eb;\
            padding:3px 7px;text-align:left;vertical-align:top}thead th{background:#f3f4f6}
            table.verdicts td:nth-child(3){min-width:16em}table.verdicts tr.o-NON_COMPLIANT td{background:#fef2f2;font-weight:600}\
            table.verdicts tr.o-NON_COMPLIANT td:first-child{border-left:5px solid #b91c1c}\
            table.verdicts tr.o-UNDETERMINED td{background:#fffbeb}\
            table.verdicts tr.o-UNDETERMINED td:first-child{border-left:5px solid #d97706}
            .badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;font-weight:700;\
            color:#fff;white-space:nowrap}.b-COMPLIANT,.b-PASS{background:#15803d}\
            .b-NON_COMPLIANT,.b-FAIL{background:#b91c1c}.b-UNDETERMINED{background:#d97706}
            .name{color:#4b5563}a{color:#1d4ed8}
            svg.chart{display:block;max-width:100%;height:auto;font-size:13px}\
            svg.chart.indicator{display:inline-block;vertical-align:top;margin:0 14px 10px 0}svg text{fill:#111827}\
            svg text.threshold{font-weight:700;fill:#7f1d1d}svg text.value{font-weight:700}\
            svg text.tick,svg text.window{fill:#4b5563}svg text.mark{font-size:12px}
            ul.figures{columns:2;margin:4px 0;padding-left:18px;font-size:13px}\
            p.reason{margin:2px 0 10px;font-size:14px}p.reason.o-FAIL{color:#991b1b;font-weight:600}
            table.indicators{font-size:12px;width:auto}table.indicators td{text-align:right;white-space:nowrap}\
            table.indicators td:nth-child(-n+3){text-align:left}
            table.sme tr.group th{background:#eef2ff}table.sme tr.total td{font-weight:700;background:#f9fafb}
            details.verdict{border:1px solid #e5e7eb;border-radius:6px;margin:6px 0;padding:4px 10px}\
            details.verdict.o-NON_COMPLIANT{border-left:5px solid #b91c1c}\
            details.criterion{margin:4px 0 4px 18px;padding-left:8px;border-left:2px solid #e5e7eb}\
            summary{cursor:pointer}details dl{display:grid;grid-template-columns:max-content 1fr;gap:1px 12px;\
            margin:4px 0;font-size:13px}details dd{margin:0}table.trace{font-size:12px}\
            table.trace caption{text-align:left;font-weight:600;font-size:12px}p.path{font-size:12px;color:#4b5563}
            code{font-family:ui-monospace,"DejaVu Sans Mono",monospace}
            @media print{details{display:block}}
            """;
}
