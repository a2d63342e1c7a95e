package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.report.VisibleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A right-to-left override in a name (issue 16) is shown escaped in the text and HTML reports, and kept as given in
 * the JSON verdict document.
 */
class InvisibleCharactersTest {
    private static final String RLO = "\u202E";

    @TempDir
    Path dir;

    private Path caseWithAHiddenName() throws Exception {
        String json = Files.readString(Path.of("examples/sme-group/case.json"), StandardCharsets.UTF_8)
                .replace("\"name\": \"Alpha Composites Srl\", \"country\": \"IT\", \"pic\"",
                        "\"name\": \"Alpha " + RLO + "lrs.exe\", \"country\": \"IT\", \"pic\"")
                .replace("\"name\": \"Alpha Composites Srl\", \"country\": \"IT\", \"markets\"",
                        "\"name\": \"Alpha " + RLO + "lrs.exe\", \"country\": \"IT\", \"markets\"");
        assertThat(json).contains(RLO);
        Path file = dir.resolve("case.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theEscapeNamesEveryHiddenCharacter() {
        assertThat(VisibleText.escape("a" + RLO + "b\u200Bc\u2066d\uFEFFe\u0000f\ng\u00A0h"))
                .isEqualTo("a\\u202Eb\\u200Bc\\u2066d\\uFEFFe\\u0000f\ng\u00A0h");
        assertThat(VisibleText.escape("plain text, accents é and 漢字")).isEqualTo("plain text, accents é and 漢字");
        assertThat(VisibleText.escape("tag \uDB40\uDC01")).isEqualTo("tag \\u{E0001}");
    }

    @Test
    void theTextReportShowsTheOverrideEscaped() throws Exception {
        CliRun r = CliRun.run("evaluate", caseWithAHiddenName().toString(), "--format", "text");
        assertThat(r.code()).isIn(0, 1);
        assertThat(r.out()).doesNotContain(RLO).contains("Alpha \\u202Elrs.exe");
    }

    @Test
    void theJsonKeepsTheNameAsGiven() throws Exception {
        CliRun r = CliRun.run("evaluate", caseWithAHiddenName().toString());
        assertThat(r.out()).contains("Alpha " + RLO + "lrs.exe").doesNotContain("\\u202E");
    }

    @Test
    void theHtmlReportShowsTheOverrideEscaped() throws Exception {
        Path html = dir.resolve("report.html");
        CliRun r = CliRun.run("report", caseWithAHiddenName().toString(), "--html", html.toString());
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).doesNotContain(RLO).contains("Alpha \\u202Elrs.exe");
    }

    @Test
    void everyBidirectionalControlAndInvisibleFormatCharacterOfTheIssueIsEscaped() {
        int[] hidden = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
            0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x0001, 0x0009, 0x000D, 0x001B, 0x007F, 0x0085,
            0x009F, 0x2028, 0x2029};
        for (int cp : hidden) {
            String escaped = String.format("\\u%04X", cp);
            assertThat(VisibleText.escape("id-" + Character.toString(cp) + "-x")).as(escaped)
                    .isEqualTo("id-" + escaped + "-x");
        }
        // the line feed is the text format's own; visible letters of any script stay as they are
        assertThat(VisibleText.escape("a\nb \u05D0\u05D1 \u0627")).isEqualTo("a\nb \u05D0\u05D1 \u0627");
    }

    @Test
    void aNameThatSpellsAnEscapeCannotPassForAHiddenCharacter() {
        // a name holding the six characters backslash, u, 2, 0, 2, E looked exactly like a real override escaped
        assertThat(VisibleText.escape("Alpha \\u202E")).isEqualTo("Alpha \\\\u202E");
        assertThat(VisibleText.escape("Alpha \u202E")).isEqualTo("Alpha \\u202E");
        // every backslash doubled, or a backslash before a real override would read as the six characters
        assertThat(VisibleText.escape("\\\u202E")).isEqualTo("\\\\\\u202E")
                .isNotEqualTo(VisibleText.escape("\\u202E"));
        assertThat(VisibleText.escape("A\\B GmbH")).isEqualTo("A\\\\B GmbH");
    }
}
