package org.fundingrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fundingrules.Messages;
import org.fundingrules.TestCases;
import org.fundingrules.trace.Verdict;
import org.fundingrules.trace.Criterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML audit report without a browser: nothing fetched, nothing dropped, everything escaped, same bytes. */
class HtmlReportTest {
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z:-]+)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)");
    private static final Set<String> ALLOWED_TAGS = Set.of("html", "head", "meta", "title", "style", "body",
            "header", "h1", "h2", "h3", "dl", "dt", "dd", "p", "section", "table", "thead", "tbody", "tr", "th", "td",
            "caption", "a", "span", "b", "code", "ul", "li", "details", "summary", "svg", "rect", "line", "text",
            "path", "circle");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("lang", "charset", "http-equiv", "content", "name",
            "class", "id", "href", "open", "colspan", "viewBox", "width", "height", "role", "aria-label", "x", "y",
            "x1", "y1", "x2", "y2", "cx", "cy", "r", "d", "fill", "stroke", "stroke-width", "stroke-dasharray",
            "text-anchor");
    private static final Pattern SUMMARY_ROW = Pattern.compile(
            "<tr class=\"o-([A-Z_]+)\"><td>(\\d+)</td><td>([A-Z_]+)</td><td><a href=\"#v(\\d+)\">([^<]*)</a>");

    @ParameterizedTest
    @ValueSource(strings = {"amulet", "state-aid", "sme-group"})
    void fetchesNothing(String example) {
        String html = Reports.example(example).html();
        assertThat(html).doesNotContain("http://", "https://");
        assertNoFetch(html);
    }

    /**
     * Only elements and attributes from a short list that loads nothing (no script, img, link, iframe, use; no src,
     * no event handler); every link within the page; a style sheet without url() or @import.
     */
    private static void assertNoFetch(String html) {
        Set<String> tags = new TreeSet<>();
        Matcher t = TAG.matcher(html);
        while (t.find()) {
            tags.add(t.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(ALLOWED_TAGS).containsAll(tags);
        Matcher a = ATTRIBUTE.matcher(html);
        int links = 0;
        while (a.find()) {
            assertThat(ALLOWED_ATTRIBUTES).as("attribute %s", a.group(0)).contains(a.group(1));
            if (a.group(1).equals("href")) {
                assertThat(a.group(2)).as("a link within the page").startsWith("#");
                links++;
            }
        }
        assertThat(links).isGreaterThan(0);
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertThat(style).doesNotContain("url(", "@import", "://");
        assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"amulet", "state-aid", "sme-group"})
    void everyVerdictHasItsRowAndItsTrace(String example) {
        Reports.Judged j = Reports.example(example);
        String html = j.html();
        List<String> rows = new ArrayList<>();
        Matcher m = SUMMARY_ROW.matcher(html);
        while (m.find()) {
            rows.add(m.group(2) + " " + m.group(1) + " " + m.group(3) + " " + m.group(5));
            assertThat(m.group(4)).isEqualTo(m.group(2));
        }
        List<String> expected = new ArrayList<>();
        List<Verdict> verdicts = j.evaluation().verdicts();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            expected.add((i + 1) + " " + v.outcome() + " " + v.subject().type() + " " + v.subject().id());
            assertThat(html).contains("<details id=\"v" + (i + 1) + "\"");
            for (var c : v.criteria()) {
                assertThat(html).contains("<code>" + Html.escape(c.ruleId()) + "</code>");
            }
        }
        assertThat(rows).isEqualTo(expected);
    }

    @Test
    void aHostileCaseShowsAsText() {
        String html = Reports.hostile().html();
        assertThat(html).contains(Html.escape(Reports.SCRIPT_NAME), Html.escape(Reports.IMG_NAME))
                .contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;")
                .doesNotContain(Reports.SCRIPT_NAME, "<svg onload");
        assertNoFetch(html);
        assertThat(html).contains("Objectives &lt;/table&gt;&lt;svg onload=alert(2)&gt; &amp; https:");
        // the names stand where they are used: the enterprise in the aggregation, the third party in the verdicts
        assertThat(html).contains("<td>gamma <span class=\"name\">(" + Html.escape(Reports.SCRIPT_NAME) + ")</span>")
                .contains("<a href=\"#v3\">tp-alpha</a> <span class=\"name\">(" + Html.escape(Reports.IMG_NAME) + ")");
    }

    @Test
    void theSameEvaluationGivesTheSameBytes() {
        String first = Reports.example("state-aid").html();
        String again = Reports.example("state-aid").html();
        assertThat(again).isEqualTo(first);
        assertThat(HtmlReport.render(Reports.example("amulet").evaluation()))
                .isEqualTo(HtmlReport.render(Reports.example("amulet").evaluation()));
    }

    @Test
    void theChartsCarryTheirNumbers() {
        String amulet = Reports.example("amulet").html();
        assertThat(amulet).contains("SME share 75.7388 %", "minimum 75 %", "SME share 77.6328 %",
                "EUR 16 750.00");
        String stateAid = Reports.example("state-aid").html();
        assertThat(stateAid).contains("de minimis ceiling (Reg. 1407/2013): EUR 200 000.00",
                "earlier aid counted + new aid: EUR 210 000.00", "window 2021-01-01 to 2023-11-15",
                "holding-2022-dm (2022-05-10): EUR 150 000.00",
                "holding-2023-fr (2023-02-01): EUR 90 000.00, left out",
                "new aid award w-borea (2023-11-15): EUR 60 000.00",
                "de minimis ceiling (Reg. 2023/2831): EUR 300 000.00");
        assertThat(stateAid).doesNotContain("The chart is left out");
        String group = Reports.example("sme-group").html();
        assertThat(group).contains("<td>partner</td><td>gamma <span class=\"name\">(Gamma Tooling Srl)</span></td>"
                + "<td>30 %</td><td>13.5</td><td>1800000</td><td>1200000</td>");
    }

    // innovation indicators: the evaluations of ImpactEvaluations, built by hand

    @Test
    void theInnovationIndicatorsFollowTheDeMinimisAid() {
        String html = HtmlReport.render(ImpactEvaluations.evaluation());
        assertNoFetch(html);
        assertThat(html.indexOf("<section id=\"de-minimis\">")).isLessThan(html.indexOf("<section id=\"impact\">"));
        assertThat(html.indexOf("<section id=\"impact\">"))
                .isLessThan(html.indexOf("<section id=\"sme-aggregation\">"));
        String impact = section(html, "impact");
        assertThat(impact).startsWith("<section id=\"impact\"><h2>Innovation indicators</h2>")
                .contains("<h3>Action act-1: all plans</h3>", "<h3>Open call oc1</h3>")
                // the report's own headings, not the trace's
                .contains("<tr><th>Plan</th><th>Period</th><th>Period end</th><th>Reports</th>"
                        + "<th>New or significantly improved products</th><th>New or significantly improved services"
                        + "</th><th>New or significantly improved processes</th><th>New marketing methods</th>"
                        + "<th>New organisational methods</th><th>SMEs improving resource efficiency</th>"
                        + "<th>Turnover</th><th>Turnover baseline</th></tr>")
                .doesNotContain("<th>turnover baseline EUR</th>", "<th>period end</th>")
                .contains("<tr><td>action</td><td>p1</td><td>2023-06-30</td><td>2</td><td>4</td><td>2</td><td>1</td>"
                        + "<td>0</td><td>0</td><td>1</td><td>EUR 300 000.00</td><td>EUR 250 000.00</td></tr>")
                .contains("<tr><td>oc1</td><td>p2</td><td>2023-12-31</td><td>5</td><td>2</td><td>0</td><td>1</td>"
                        + "<td>0</td><td>3</td><td>1</td><td></td><td></td></tr>");
        // two tables: oc1's two rows and the action's three
        assertThat(count(impact, "<table class=\"indicators\">")).isEqualTo(2);
        assertThat(count(impact, "<tr><td>")).isEqualTo(2 + 3);
        // seven charts each: five counts, the SMEs improving resource efficiency, turnover; each labelled
        assertThat(count(impact, "<svg class=\"chart indicator\"")).isEqualTo(14);
        assertThat(count(impact, "role=\"img\" aria-label=\"")).isEqualTo(14);
        assertThat(count(impact, "<title>")).isEqualTo(14);
        assertThat(count(impact, ">2023-06-30</text>")).isEqualTo(14);
        assertThat(count(impact, ">2023-12-31</text>")).isEqualTo(14);
        // the action's products at 2023-06-30: its own 4 and oc1's 3, one bar of 7 reaching the top of the scale;
        // two slots of 90 pixels centred in a chart 380 wide: bars 36 wide about x = 145 and 235
        String products = "New or significantly improved products (Action act-1: all plans), summed by period end: "
                + "7 at 2023-06-30, 2 at 2023-12-31";
        assertThat(impact).contains("aria-label=\"" + products + "\"><title>" + products + "</title>",
                "<rect x=\"127\" y=\"34.0\" width=\"36\" height=\"166.0\" fill=\"#1d4ed8\"></rect>"
                        + "<text x=\"145\" y=\"28.0\" text-anchor=\"middle\" class=\"value\">7</text>");
        // oc1's alone: 3, then 2 at 166 * 2 / 3 = 110.7 pixels
        assertThat(impact).contains("New or significantly improved products (Open call oc1), summed by period end: "
                        + "3 at 2023-06-30, 2 at 2023-12-31",
                "<rect x=\"217\" y=\"89.3\" width=\"36\" height=\"110.7\" fill=\"#1d4ed8\"></rect>");
        // the other sums of the shared period end: 2 + 1 services, 1 + 2 SMEs improving resource efficiency
        assertThat(impact).contains("New or significantly improved services (Action act-1: all plans), summed by "
                        + "period end: 3 at 2023-06-30, 0 at 2023-12-31",
                "SMEs improving resource efficiency (Action act-1: all plans), summed by period end: 3 at 2023-06-30, "
                        + "1 at 2023-12-31");
        // turnover 300 000.00 + 1 250 000.00 against 250 000.00 + 1 000 000.00; none stated for 2023-12-31
        assertThat(impact).contains("Turnover against the turnover baseline (Action act-1: all plans), summed by "
                        + "period end: EUR 1 550 000.00 against a baseline of EUR 1 250 000.00 at 2023-06-30, "
                        + "not stated against a baseline of not stated at 2023-12-31",
                ">Turnover (bars) and baseline (dashes)</text>",
                // slots of 150 pixels about x = 115 and 265; the baseline at 166 * 1 250 000 / 1 550 000 = 133.9
                // pixels above the axis, a dash 60 wide
                "<line x1=\"85\" y1=\"66.1\" x2=\"145\" y2=\"66.1\" stroke=\"#111827\" stroke-width=\"2\" "
                        + "stroke-dasharray=\"5 3\"></line>",
                ">EUR 1 550 000.00</text>", ">baseline</text><text x=\"115\" y=\"254\" text-anchor=\"middle\" "
                        + "class=\"tick\">EUR 1 250 000.00</text>",
                "<text x=\"265\" y=\"194.0\" text-anchor=\"middle\" class=\"tick\">not stated</text>",
                ">baseline</text><text x=\"265\" y=\"254\" text-anchor=\"middle\" class=\"tick\">not stated</text>");
        // the figures and the reason, as under the other charts
        assertThat(impact).contains("<span>new or significantly improved products</span>: <b>9</b>",
                "<span>turnover growth</span>: <b>EUR 300 000.00</b>",
                "<span>new or significantly improved products</span>: <b>5</b>",
                "<span>turnover growth</span>: <b>EUR 250 000.00</b>",
                "<p class=\"reason o-PASS\">reported by all plans</p>")
                .doesNotContain("The chart is left out");
    }

    @Test
    void theInnovationIndicatorsInFrench(@org.junit.jupiter.api.io.TempDir Path rules) throws IOException {
        // a rule set whose bundles name the products figure in both languages
        Files.writeString(rules.resolve("sources.yaml"), "");
        Files.createDirectories(rules.resolve("impact"));
        Files.writeString(rules.resolve("impact/messages.properties"),
                ImpactEvaluations.PRODUCTS_FIGURE + "=new or significantly improved products\n");
        Files.writeString(rules.resolve("impact/messages_fr.properties"),
                ImpactEvaluations.PRODUCTS_FIGURE + "=produits nouveaux ou sensiblement améliorés\n");
        Messages messages = Messages.fromFolder(rules);
        String fr = section(HtmlReport.render(ImpactEvaluations.evaluation(), null, messages, Locale.FRENCH),
                "impact");
        assertThat(fr).startsWith("<section id=\"impact\"><h2>Indicateurs d&#39;innovation</h2>")
                .contains("<h3>Action act-1 : tous les plans</h3>", "<h3>Appel oc1</h3>",
                        "<th>Fin de période</th>", "<th>Chiffre d&#39;affaires de référence</th>",
                        "Produits nouveaux ou sensiblement améliorés (Action act-1 : tous les plans), somme par "
                                + "fin de période : 7 au 2023-06-30, 2 au 2023-12-31</title>",
                        "EUR 1 550 000.00 pour une référence de EUR 1 250 000.00 au 2023-06-30, non déclaré pour "
                                + "une référence de non déclaré au 2023-12-31</title>",
                        ">Chiffre d&#39;affaires (barres) et référence (tirets)</text>",
                        ">référence</text>",
                        "<span>produits nouveaux ou sensiblement améliorés</span>: <b>9</b>")
                .doesNotContain("Innovation indicators", "summed by", "new or significantly improved products",
                        "not stated");
        // without the rules' bundles the report's own words are still French; the rules' stay English
        String plain = section(HtmlReport.render(ImpactEvaluations.evaluation(), null, null, Locale.FRENCH),
                "impact");
        assertThat(plain).contains("<h2>Indicateurs d&#39;innovation</h2>",
                "<span>new or significantly improved products</span>: <b>9</b>");
    }

    @Test
    void withoutIndicatorsTheSectionSaysSo() {
        var none = ImpactEvaluations.without();
        assertThat(section(HtmlReport.render(none), "impact")).isEqualTo("<section id=\"impact\">"
                + "<h2>Innovation indicators</h2><p class=\"note\">No verdict in this evaluation aggregates innovation "
                + "indicators.</p></section>");
        assertThat(section(HtmlReport.render(none, null, null, Locale.FRENCH), "impact"))
                .contains("<p class=\"note\">Aucun verdict de cette évaluation n&#39;agrège d&#39;indicateurs "
                        + "d&#39;innovation.</p>");
    }

    @Test
    void aMissingColumnOrCellLeavesTheChartsOutAndSaysSo() {
        Criterion.Table full = new Criterion.Table(ImpactEvaluations.COLUMNS,
                List.of(ImpactEvaluations.OC1_P1, ImpactEvaluations.OC1_P2));
        String missing = section(HtmlReport.render(ImpactEvaluations.evaluation("oc1",
                ImpactEvaluations.dropping("turnover baseline EUR", full), full)), "impact");
        String call = missing.substring(missing.indexOf("<h3>Open call oc1</h3>"));
        assertThat(call).doesNotContain("<table", "<svg")
                .contains("<p class=\"note\">The chart is left out: the trace of impact.indicators lacks a figure it "
                        + "needs; the figures follow.</p>", "<span>turnover growth</span>: <b>EUR 250 000.00</b>");
        // the action's, complete, is drawn
        assertThat(count(missing, "<svg class=\"chart indicator\"")).isEqualTo(7);
        // a count that is not a number: the rows are listed as they are, nothing is drawn
        List<String> unreadable = new ArrayList<>(ImpactEvaluations.OC1_P2);
        unreadable.set(ImpactEvaluations.COLUMNS.indexOf("products"), "two");
        String text = section(HtmlReport.render(ImpactEvaluations.evaluation("oc1",
                new Criterion.Table(ImpactEvaluations.COLUMNS, List.of(ImpactEvaluations.OC1_P1, unreadable)),
                full)), "impact");
        call = text.substring(text.indexOf("<h3>Open call oc1</h3>"));
        assertThat(call).contains("<td>two</td>", "The chart is left out").doesNotContain("<svg");
    }

    @Test
    void theIndicatorsRenderTheSameTwice() {
        assertThat(HtmlReport.render(ImpactEvaluations.evaluation()))
                .isEqualTo(HtmlReport.render(ImpactEvaluations.evaluation()));
        assertThat(HtmlReport.render(ImpactEvaluations.evaluation(), null, null, Locale.FRENCH))
                .isEqualTo(HtmlReport.render(ImpactEvaluations.evaluation(), null, null, Locale.FRENCH));
    }

    @Test
    void hostileIdsInTheIndicatorsShowAsText() {
        String call = "<script>alert(1)</script>";
        String period = "p1\"><svg onload=alert(2)>";
        List<String> row = new ArrayList<>(ImpactEvaluations.OC1_P1);
        row.set(0, call);
        row.set(1, period);
        Criterion.Table table = new Criterion.Table(ImpactEvaluations.COLUMNS, List.of(row));
        String html = HtmlReport.render(ImpactEvaluations.evaluation(call, table, table));
        assertNoFetch(html);
        assertThat(section(html, "impact")).contains("<h3>Open call " + Html.escape(call) + "</h3>",
                        "<td>" + Html.escape(call) + "</td><td>" + Html.escape(period) + "</td>",
                        "(Open call " + Html.escape(call) + "), summed by period end: 3 at 2023-06-30</title>")
                .doesNotContain(call, period, "<svg onload");
    }

    /** One section of the page, from its opening tag to its end. */
    private static String section(String html, String id) {
        int from = html.indexOf("<section id=\"" + id + "\">");
        assertThat(from).as("section %s", id).isNotNegative();
        return html.substring(from, html.indexOf("</section>", from) + "</section>".length());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** Every message key the renderer names is in the bundle (a missing one would fail only on its branch). */
    @Test
    void everyKeyTheRendererNamesIsInTheBundle() throws IOException {
        Properties bundle = bundle("report.properties");
        Set<String> prefixes = bundle.stringPropertyNames().stream().map(k -> k.split("\\.")[0])
                .collect(Collectors.toSet());
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/fundingrules/report"))) {
            for (Path p : sources.toList()) {
                Matcher m = Pattern.compile("\"([a-zA-Z]+)((?:\\.[A-Za-z]+)*)\"").matcher(Files.readString(p));
                while (m.find()) {
                    if (prefixes.contains(m.group(1)) && (!m.group(2).isEmpty() || bundle.containsKey(m.group(1)))) {
                        named.add(m.group(1) + m.group(2));
                    }
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(bundle.stringPropertyNames()).containsAll(named.stream()
                .filter(k -> !k.equals("outcome")).toList());
    }

    /** Every label in every language, with the same placeholders: a missing one would fall back to English. */
    @Test
    void everyLabelIsInEveryLanguage() throws IOException {
        assertThat(HtmlReport.languages()).containsExactly("en", "fr");
        Properties en = bundle("report.properties");
        Properties fr = bundle("report_fr.properties");
        assertThat(new TreeSet<>(fr.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        int same = 0;
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(fr.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            same += fr.getProperty(key).equals(en.getProperty(key)) ? 1 : 0;
        }
        // translated, not copied: only labels such as "Verdicts", "({0})" or "{0}, {1}" read the same
        assertThat(same).isLessThan(12);
    }

    /** The French AMULET report: French labels, and every statement, reason and summary French where translated. */
    @Test
    void theAmuletReportInFrench() {
        Reports.Judged j = Reports.example("amulet");
        String fr = j.html(Locale.FRENCH);
        assertThat(fr).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">").contains("Rapport d&#39;audit : action",
                "Résultat global", ">non conforme<", "Part du budget consacrée aux PME", "part PME 75.7388 %",
                "minimum 75 %", "<dt>Constat</dt>", "Aides de minimis de chaque entreprise unique")
                .doesNotContain("Overall outcome", ">non-compliant<", "SME share 75.7388 %");
        Messages messages = TestCases.RULES.messages();
        int translated = 0;
        for (Verdict v : j.evaluation().verdicts()) {
            translated += french(fr, messages.summary(v, Locale.FRENCH), v.summary());
            for (Criterion c : v.criteria()) {
                translated += french(fr, messages.statement(c, Locale.FRENCH), c.statement());
                translated += french(fr, messages.reason(c, Locale.FRENCH), c.reason());
            }
        }
        assertThat(translated).isGreaterThan(100);
        assertThat(j.html(Locale.FRENCH)).isEqualTo(fr);
        // English through the bundles is the verdict document's own English
        assertThat(j.html(Locale.ENGLISH)).isEqualTo(j.html());
    }

    /** 1 when the text is translated, and then the report has the French text and not the English one. */
    private static int french(String html, String french, String english) {
        if (english.isEmpty() || french.equals(english)) {
            return 0;
        }
        assertThat(html).contains(Html.escape(french)).doesNotContain(Html.escape(english));
        return 1;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
