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
