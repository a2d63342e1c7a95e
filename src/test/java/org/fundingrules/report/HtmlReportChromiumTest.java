package org.fundingrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.fundingrules.TestCases;
import org.fundingrules.trace.Verdict;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML audit report as a browser shows it: each report is loaded in headless Chromium (Debian package
 * {@code chromium}), its rendered DOM checked for the key figures, and a screenshot saved under
 * {@code target/report-screenshots/}. Chromium is {@code chromium} or {@code chromium-browser} on the PATH, or the
 * program {@code FUNDINGRULES_CHROMIUM} names. Without Chromium the test is skipped, saying so, unless
 * {@code FUNDINGRULES_REQUIRE_CHROMIUM=1} (as {@code .ci/run} sets), when it fails.
 */
@org.junit.jupiter.api.Tag("full")
class HtmlReportChromiumTest {
    private static final Path HTML = Path.of("target/report-html");
    private static final Path SHOTS = Path.of("target/report-screenshots");
    private static final long TIMEOUT_SECONDS = 120;
    private static Path chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        String given = System.getenv("FUNDINGRULES_CHROMIUM");
        Optional<Path> found = given != null ? Optional.of(Path.of(given)).filter(Files::isExecutable)
                : onPath("chromium").or(() -> onPath("chromium-browser"));
        if (found.isEmpty()) {
            String why = "headless Chromium not found (" + (given != null ? "FUNDINGRULES_CHROMIUM=" + given
                    : "no chromium on the PATH") + "; Debian: apt-get install -y chromium)";
            if ("1".equals(System.getenv("FUNDINGRULES_REQUIRE_CHROMIUM"))) {
                Assertions.fail(why + ", and FUNDINGRULES_REQUIRE_CHROMIUM=1 requires it");
            }
            Assumptions.abort(why + ": the report is not checked in a browser");
        }
        chromium = found.get();
        Files.createDirectories(HTML);
        Files.createDirectories(SHOTS);
    }

    @Test
    void amuletShowsTheVerdictsAndTheSmeShare() throws Exception {
        String dom = loaded("amulet");
        assertThat(dom).contains("tp-it-lightcomp", "non-compliant", "EUR 4 500.00 over the maximum per third party")
                .contains("SME share 75.7388 %", "minimum 75 %", "<span>SME support</span>: <b>EUR 1 717 000.00</b>",
                        "<span>total budget</span>: <b>EUR 2 267 000.00</b>", "<span>headroom</span>: <b>EUR 16 750.00</b>")
                .contains("<td>own</td><td>ent-bax <span class=\"name\">(Bax Innovation Consulting SL)</span></td>")
                // the illustrative innovation indicators: 22 reports, turnover growth from each SME's latest report
                .contains("<h2>Innovation indicators</h2>", "<span>reports added up</span>: <b>22</b>",
                        "<span>turnover growth (latest turnover minus baseline)</span>: <b>EUR 2 160 000.00</b>",
                        "summed by period end: 0 at 2023-02-28, 0 at 2023-03-31, 3 at 2023-09-30");
        // one tall window: the verdict table, then the 75 % bars
        assertPainted(screenshot("amulet", 1280, 2300));
    }

    @Test
    void amuletInFrench() throws Exception {
        Reports.Judged j = Reports.example("amulet");
        String dom = dom(write("amulet-fr", j.html(Locale.FRENCH)));
        Verdict lightcomp = j.evaluation().verdicts().stream()
                .filter(v -> v.subject().id().equals("tp-it-lightcomp")).findFirst().orElseThrow();
        assertThat(dom).contains("<html lang=\"fr\">", "Rapport d'audit : action", "non conforme",
                "part PME 75.7388 %", "minimum 75 %", "<span>marge</span>: <b>EUR 16 750.00</b>",
                "<h2>Indicateurs d'innovation</h2>", "<span>croissance du chiffre d'affaires (dernier chiffre "
                        + "d'affaires moins la référence)</span>: <b>EUR 2 160 000.00</b>",
                shown(TestCases.RULES.messages().summary(lightcomp, Locale.FRENCH)))
                .doesNotContain(shown(lightcomp.summary()));
        assertPainted(screenshot("amulet-fr", 1280, 2300));
    }

    /** Text as Chromium's DOM dump writes it: only {@code &}, {@code <} and {@code >} escaped. */
    private static String shown(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void stateAidShowsEachUndertakingOnATimeline() throws Exception {
        String dom = loaded("state-aid");
        assertThat(dom).contains("de minimis ceiling (Reg. 1407/2013): EUR 200 000.00",
                "de minimis ceiling (Reg. 2023/2831): EUR 300 000.00", "window 2021-01-01 to 2023-11-15",
                "earlier aid counted + new aid: EUR 210 000.00", "holding-2022-dm (2022-05-10): EUR 150 000.00",
                "holding-2023-fr (2023-02-01): EUR 90 000.00, left out",
                "new aid award w-borea (2023-11-15): EUR 60 000.00");
        assertThat(dom.split("<svg class=\"chart\"", -1)).hasSize(3);
        // the verdict table, then both timelines
        assertPainted(screenshot("state-aid", 1280, 2400));
    }

    @Test
    void smeGroupShowsWhoContributedWhat() throws Exception {
        String dom = loaded("sme-group");
        assertThat(dom).contains("enterprise type LINKED (also has partner enterprises)")
                .contains("<td>linked</td><td>beta <span class=\"name\">(Beta Holding SpA)</span></td><td>100 %</td>"
                        + "<td>20</td><td>3500000</td><td>5000000</td>")
                .contains("<td>partner</td><td>gamma <span class=\"name\">(Gamma Tooling Srl)</span></td><td>30 %</td>"
                        + "<td>13.5</td><td>1800000</td><td>1200000</td>");
        screenshot("sme-group", 1280, 1500);
    }

    @Test
    void aHostileNameStaysText() throws Exception {
        String dom = dom(write("hostile", Reports.hostile().html()));
        // the browser parsed the names as text: no element was made of them
        assertThat(dom).doesNotContain("<script", "<img", "onerror=\"", "onload=\"")
                .contains(Html.escape(Reports.SCRIPT_NAME).replace("&quot;", "\""))
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; 'Co'");
    }

    @Test
    void innovationIndicatorsAreChartedByPeriodEnd() throws Exception {
        String dom = dom(write("impact", HtmlReport.render(ImpactEvaluations.evaluation())));
        // the action's products at 2023-06-30: its own plan's 4 and oc1's 3
        assertThat(dom).contains("<h2>Innovation indicators</h2>", "<h3>Action act-1: all plans</h3>",
                "<title>New or significantly improved products (Action act-1: all plans), summed by period end: "
                        + "7 at 2023-06-30, 2 at 2023-12-31</title>",
                "class=\"value\">7</text>", ">EUR 1 550 000.00</text>");
        // seven charts for each of the two subjects
        assertThat(dom.split("<svg class=\"chart indicator\"", -1)).hasSize(15);
        String fr = dom(write("impact-fr", HtmlReport.render(ImpactEvaluations.evaluation(), null, null,
                Locale.FRENCH)));
        assertThat(fr).contains("<h2>Indicateurs d'innovation</h2>", "somme par fin de période : 7 au 2023-06-30");
        // the compliant badges green, the bars blue
        assertColours(screenshot("impact", 1280, 2600), 0x15803d, 0x1d4ed8);
        assertColours(screenshot("impact-fr", 1280, 2600), 0x15803d, 0x1d4ed8);
    }

    /** The example's report as Chromium loaded it, after checking that each verdict has its row in the table. */
    private static String loaded(String example) throws Exception {
        Reports.Judged j = Reports.example(example);
        String dom = dom(write(example, j.html()));
        List<Verdict> verdicts = j.evaluation().verdicts();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            assertThat(dom).contains("<td>" + (i + 1) + "</td><td>" + v.subject().type() + "</td><td><a href=\"#v"
                    + (i + 1) + "\">" + v.subject().id() + "</a>");
        }
        return dom;
    }

    /** The screenshot has the pass green and the fail red the page draws: it rendered, and in colour. */
    private static void assertPainted(Path png) throws IOException {
        assertColours(png, 0x15803d, 0xb91c1c);
    }

    /** Each colour ({@code 0xRRGGBB}) is painted somewhere in the screenshot. */
    private static void assertColours(Path png, int... colours) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        java.util.Set<Integer> painted = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                painted.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        for (int colour : colours) {
            assertThat(painted).as("#%06x in %s", colour, png).contains(colour);
        }
    }

    private static Path write(String name, String html) throws IOException {
        Path file = HTML.resolve(name + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /** The DOM after Chromium loaded the file. */
    private static String dom(Path html) throws Exception {
        Path out = HTML.resolve(html.getFileName() + ".dom");
        run(out, "--dump-dom", html.toUri().toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Path screenshot(String name, int width, int height) throws Exception {
        Path png = SHOTS.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        run(null, "--hide-scrollbars", "--screenshot=" + png, "--window-size=" + width + "," + height,
                HTML.resolve(name + ".html").toUri().toString());
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        return png;
    }

    /** One headless Chromium run, bounded by a timeout; its diagnostics go to a log file beside the pages. */
    private static void run(Path stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + HTML.resolve("chromium-profile").toAbsolutePath()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(HTML.resolve("chromium.log").toFile()))
                .redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD
                        : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Assertions.fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertThat(p.exitValue()).as("Chromium exit code, see " + HTML.resolve("chromium.log")).isZero();
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
