package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fundingrules.TestCases;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fundingrules report}: writes the page {@link HtmlReport} renders, with the exit codes of evaluate. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheReportOfTheAmuletExample() throws Exception {
        Path html = dir.resolve("amulet.html");
        CliRun r = CliRun.run("report", "examples/amulet/case.json", "--html", html.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.NOT_COMPLIANT);
        assertThat(r.out()).isEqualTo("wrote " + html + ": 32 verdicts, overall NON_COMPLIANT\n");
        CaseFile c = FundingJson.readCase(Files.readAllBytes(TestCases.AMULET));
        assertThat(Files.readString(html, StandardCharsets.UTF_8))
                .isEqualTo(HtmlReport.render(TestCases.RULES.evaluate(c), c));
    }

    @Test
    void writesTheReportInFrench() throws Exception {
        Path html = dir.resolve("amulet-fr.html");
        CliRun r = CliRun.run("report", "examples/amulet/case.json", "--html", html.toString(), "--lang", "fr");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.NOT_COMPLIANT);
        CaseFile c = FundingJson.readCase(Files.readAllBytes(TestCases.AMULET));
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).isEqualTo(HtmlReport.render(
                TestCases.RULES.evaluate(c), c, TestCases.RULES.messages(), Locale.FRENCH));
    }

    @Test
    void wrongUsageAndInvalidInput() throws Exception {
        assertThat(CliRun.run("report", "examples/amulet/case.json").code()).isEqualTo(Main.USAGE);
        CliRun de = CliRun.run("report", "examples/amulet/case.json", "--html", dir.resolve("de.html").toString(),
                "--lang", "de");
        assertThat(de.code()).isEqualTo(Main.USAGE);
        assertThat(de.err()).startsWith("--lang must be one of en, fr, not 'de'\n");
        assertThat(dir.resolve("de.html")).doesNotExist();
        assertThat(CliRun.run("report", "--html", "x.html").code()).isEqualTo(Main.USAGE);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"referenceDate\":\"2024-01-01\"}");
        CliRun r = CliRun.run("report", bad.toString(), "--html", dir.resolve("bad.html").toString());
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("$.action");
        assertThat(dir.resolve("bad.html")).doesNotExist();
    }
}
