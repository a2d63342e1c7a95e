package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rendered outputs of the examples, byte for byte: the text {@code evaluate --format text} prints and the page
 * {@code report --html} writes. The other CLI and report tests check properties (nothing fetched, every verdict
 * shown, escaping, exit codes); these catch every other change of a rendered output, which must then be looked at
 * and accepted. After a deliberate change, regenerate with
 * {@code mvn test -Dtest=SnapshotTest -Dfundingrules.updateExpected=true} and review the diff.
 */
class SnapshotTest {
    private static final Path DIR = Path.of("src/test/resources/snapshots");

    private static void matches(String rendered, Path committed) throws IOException {
        if (Boolean.getBoolean("fundingrules.updateExpected")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, rendered);
        }
        assertThat(committed).as("%s: rerun with -Dfundingrules.updateExpected=true", committed).exists();
        assertThat(rendered).as("%s differs from the rendered output", committed)
                .isEqualTo(Files.readString(committed));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"amulet, en", "amulet, fr", "state-aid, en", "sme-group, en"})
    void theTextOfAnExample(String example, String language) throws IOException {
        CliRun r = CliRun.run("evaluate", "examples/" + example + "/case.json", "--format", "text", "--lang",
                language);

        assertThat(r.err()).isEmpty();
        matches(r.out(), DIR.resolve("text-" + example + "-" + language + ".txt"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"amulet, en", "amulet, fr", "state-aid, en", "sme-group, en"})
    void theHtmlReportOfAnExample(String example, String language, @TempDir Path dir) throws IOException {
        Path page = dir.resolve("report.html");
        CliRun r = CliRun.run("report", "examples/" + example + "/case.json", "--html", page.toString(), "--lang",
                language);

        assertThat(r.code()).as(r.err()).isIn(Main.COMPLIANT, Main.NOT_COMPLIANT);
        matches(Files.readString(page), DIR.resolve("report-" + example + "-" + language + ".html"));
    }
}
