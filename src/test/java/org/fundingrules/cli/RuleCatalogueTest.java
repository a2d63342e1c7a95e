package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundingrules.FundingRules;
import org.fundingrules.authoring.RuleCatalogue;
import org.fundingrules.engine.Engine;
import org.fundingrules.engine.Engine.RuleInfo;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.engine.SourceRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rules.md is the catalogue {@code fundingrules docs} writes for the packaged rules, byte for byte, so it cannot
 * fall behind the rules; the command writes what the library generates, the same bytes every time.
 */
class RuleCatalogueTest {
    private static final Path COMMITTED = Path.of("docs/rules.md");

    @TempDir
    Path temp;

    @Test
    void theCommittedCatalogueIsTheOneOfTheCurrentRules() throws Exception {
        String fresh = RuleCatalogue.markdown(RuleFiles.packaged(), DocsCommand.PACKAGED);
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!fresh.equals(committed)) {
            fail(COMMITTED + " is not the catalogue of the current rules (" + firstDifference(committed, fresh)
                    + "). Regenerate it from the project folder: mvn -q -B package -DskipTests && java -jar "
                    + "target/fundingrules-" + FundingRules.version() + ".jar docs");
        }
    }

    @Test
    void everyRuleIsARowWithItsIdNameCitationAndDates() throws Exception {
        String catalogue = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        List<String> rows = catalogue.lines().filter(l -> l.startsWith("| `")).toList();
        Engine engine = Engine.load(RuleFiles.packaged());
        assertThat(rows).hasSize(engine.rules().size());
        for (RuleInfo i : engine.rules().values()) {
            String start = "| `" + i.ruleId() + "` | " + i.name().replace("|", "\\|") + " | " + i.article()
                    + " ([" + i.source() + "](#" + i.source() + ")) | "
                    + (i.validUntil() == null ? "from " + i.validFrom() : i.validFrom() + " to " + i.validUntil());
            assertThat(rows).as(i.name()).anyMatch(r -> r.startsWith(start));
        }
        // every rule file has its section, and every source its entry with its official address
        engine.rules().values().stream().map(RuleInfo::file).distinct()
                .forEach(f -> assertThat(catalogue).contains("\n### `" + f + "`\n"));
        var sources = SourceRegister.load(RuleFiles.packaged(), new java.util.ArrayList<>());
        assertThat(sources).isNotEmpty();
        sources.forEach((id, s) -> assertThat(catalogue).contains("\n### " + id + "\n\n- Title: " + s.title() + "\n")
                .contains("- Official text: <" + s.url() + ">"));
    }

    @Test
    void theCommandWritesTheCatalogueWhereItIsTold() throws Exception {
        Path out = temp.resolve("sub/rules.md");
        CliRun first = CliRun.run("docs", "--out", out.toString());
        assertThat(first.code()).as(first.err()).isZero();
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(first.out()).isEqualTo("wrote " + out + ": " + written.lines().count() + " lines\n");
        assertThat(written).isEqualTo(RuleCatalogue.markdown(RuleFiles.packaged(), DocsCommand.PACKAGED));
        CliRun again = CliRun.run("docs", "--out", out.toString());
        assertThat(again.code()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(written);
    }

    @Test
    void aFileThatCannotBeWrittenIsExit2AndAWrongOptionExit64() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("a-folder"));
        CliRun r = CliRun.run("docs", "--out", folder.toString());
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).startsWith("cannot write the catalogue " + folder + ": it is a folder, not a file");
        CliRun usage = CliRun.run("docs", "--bogus");
        assertThat(usage.code()).isEqualTo(Main.USAGE);
        assertThat(usage.err()).contains("Unknown option: '--bogus'").contains("Usage: fundingrules docs");
    }

    /** A rules folder is catalogued as the packaged rules are; only the sentence naming the rules differs. */
    @Test
    @org.junit.jupiter.api.Tag("full")
    void aRulesFolderGivesTheSameCatalogueButForItsName() throws Exception {
        Path out = temp.resolve("folder.md");
        CliRun r = CliRun.run("docs", "--rules", "rules", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8)
                        .replaceFirst(DocsCommand.PACKAGED, "the rules in `rules`"));
    }

    private static String firstDifference(String committed, String fresh) {
        List<String> a = committed.lines().toList();
        List<String> b = fresh.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end of file)";
            String y = i < b.size() ? b.get(i) : "(end of file)";
            if (!x.equals(y)) {
                return "first difference at line " + (i + 1) + ": committed \"" + x + "\", current \"" + y + "\"";
            }
        }
        return "they differ in line endings";
    }
}
