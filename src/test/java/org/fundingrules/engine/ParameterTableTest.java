package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fundingrules.json.ValueWords;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.fundingrules.facts.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameter files and the register of sources, read without compiling any rule: every defect a rule author can make
 * in them is one error naming file, line and what is wrong, and the values in force on a date are the dated ones.
 */
class ParameterTableTest {
    private static final String SOURCES = """
            # the register
            reg_a:
              title: "Regulation A"
              reference: "OJ L 1"
            reg_b:
              title: "Regulation B"
              reference: "OJ L 2"
            """;

    @TempDir
    Path dir;

    private RuleFiles folder(String sources, String parameters) throws IOException {
        Files.writeString(dir.resolve("sources.yaml"), sources);
        if (parameters != null) {
            Files.createDirectories(dir.resolve("fam/parameters"));
            Files.writeString(dir.resolve("fam/parameters/fam.yaml"), parameters);
        }
        return RuleFiles.folder(dir);
    }

    private static ParameterTable load(RuleFiles files, List<RuleError> errors) {
        return ParameterTable.load(files, Set.of("reg_a", "reg_b"), errors);
    }

    private List<RuleError> errors(String parameters) throws IOException {
        List<RuleError> errors = new ArrayList<>();
        load(folder(SOURCES, parameters), errors);
        return errors;
    }

    /** A ceiling that changed on 2024-01-01, and a text parameter. */
    private static final String DATED = """
            fam.ceiling:
              label: the ceiling
              unit: EUR
              values:
                - { value: "300000", validFrom: 2024-01-01, source: reg_b, article: "Art. 3(2)" }
                - { value: "200000", validFrom: 2014-01-01, validUntil: 2023-12-31, source: reg_a, article: "Art. 3(2)" }
            fam.topic:
              unit: text
              values:
                - { value: "INNOSUP-01", validFrom: 2017-10-27, source: reg_a, article: "Topic" }
            """;

    @Test
    void theUnitOfEveryKeyTellsTheMutationsWhichValuesAreNumbers() throws IOException {
        List<RuleError> errors = new ArrayList<>();
        ParameterTable t = load(folder(SOURCES, DATED), errors);

        assertThat(org.fundingrules.authoring.Mutations.units(t))
                .isEqualTo(java.util.Map.of("fam.ceiling", "EUR", "fam.topic", "text"));
    }

    @Test
    void theValueInForceChangesOnTheDayTheNewOneStarts() throws IOException {
        List<RuleError> errors = new ArrayList<>();
        ParameterTable t = load(folder(SOURCES, DATED), errors);

        assertThat(errors).isEmpty();
        assertThat(t.inForce(LocalDate.of(2023, 12, 31))).extracting(Parameter::key, p -> p.use().value())
                .containsExactly(tuple("fam.ceiling", "200000"), tuple("fam.topic", "INNOSUP-01"));
        assertThat(t.inForce(LocalDate.of(2024, 1, 1))).extracting(Parameter::key, p -> p.use().value())
                .containsExactly(tuple("fam.ceiling", "300000"), tuple("fam.topic", "INNOSUP-01"));
        // before the first value nothing is in force; the label defaults to the key
        assertThat(t.inForce(LocalDate.of(2013, 12, 31))).isEmpty();
        assertThat(t.inForce(LocalDate.of(2018, 1, 1))).extracting(Parameter::label)
                .containsExactly("the ceiling", "fam.topic");
        // asked twice, the same answer (the second from the cache)
        assertThat(t.inForce(LocalDate.of(2024, 1, 1))).isEqualTo(t.inForce(LocalDate.of(2024, 1, 1)));
        assertThat(t.fileOf("fam.ceiling")).isEqualTo("fam/parameters/fam.yaml");
        assertThat(t.fileOf("fam.none")).isNull();
    }

    @Test
    void readAloneGivesTheSameTableAndRefusesAFolderWithErrors() throws IOException {
        ParameterTable t = ParameterTable.read(folder(SOURCES, DATED));

        assertThat(t.entries()).containsOnlyKeys("fam.ceiling", "fam.topic");
        assertThat(t.inForce(LocalDate.of(2024, 1, 1))).extracting(p -> p.use().value())
                .containsExactly("300000", "INNOSUP-01");
        // a value citing a source the register lacks: the same error the full load gives, thrown
        assertThatThrownBy(() -> ParameterTable.read(folder(SOURCES, DATED.replace("source: reg_b", "source: reg_z"))))
                .isInstanceOf(org.fundingrules.trace.RulesLoadException.class)
                .hasMessageContaining("fam/parameters/fam.yaml")
                .hasMessageContaining("source 'reg_z' is not registered in sources.yaml");
    }

    @Test
    void historiesListEveryValueOldestFirst() throws IOException {
        ParameterTable t = load(folder(SOURCES, DATED), new ArrayList<>());

        assertThat(t.histories()).hasSize(2);
        assertThat(t.histories().get(0).key()).isEqualTo("fam.ceiling");
        assertThat(t.histories().get(0).label()).isEqualTo("the ceiling");
        assertThat(t.histories().get(0).values()).extracting(v -> v.value(), v -> v.validFrom(), v -> v.validUntil(),
                        v -> v.source())
                .containsExactly(tuple("200000", LocalDate.of(2014, 1, 1), LocalDate.of(2023, 12, 31), "reg_a"),
                        tuple("300000", LocalDate.of(2024, 1, 1), null, "reg_b"));
        assertThat(t.histories().get(1).label()).isEqualTo("fam.topic");
        assertThat(t.histories()).isSameAs(t.histories());
    }

    @Test
    void overlappingValuesAreOneErrorAtTheKeysLine() throws IOException {
        assertThat(errors("""
                # a comment line
                fam.ceiling:
                  unit: EUR
                  values:
                    - { value: "200000", validFrom: 2014-01-01, validUntil: 2024-01-01, source: reg_a, article: "A" }
                    - { value: "300000", validFrom: 2024-01-01, source: reg_b, article: "B" }
                """)).extracting(RuleError::file, RuleError::line, RuleError::message)
                .containsExactly(tuple("fam/parameters/fam.yaml", 2,
                        "parameter 'fam.ceiling': values from 2014-01-01 and 2024-01-01 overlap"));
    }

    @Test
    void anOpenEndedValueFollowedByAnotherOverlaps() throws IOException {
        assertThat(errors("""
                fam.ceiling:
                  unit: EUR
                  values:
                    - { value: "300000", validFrom: 2024-01-01, source: reg_b, article: "B" }
                    - { value: "200000", validFrom: 2014-01-01, source: reg_a, article: "A" }
                """)).extracting(RuleError::message)
                .containsExactly("parameter 'fam.ceiling': values from 2014-01-01 and 2024-01-01 overlap");
    }

    @Test
    void eachDefectOfAValueIsItsOwnError() throws IOException {
        assertThat(errors("""
                fam.a:
                  unit: EUR
                  values:
                    - { value: "ten", validFrom: 2014-01-01, source: reg_a, article: "A" }
                fam.b:
                  unit: EUR
                  values:
                    - { value: "10", validFrom: 2014-01-01, source: reg_x, article: "A" }
                fam.c:
                  unit: EUR
                  values:
                    - { value: "10", validFrom: 2014-01-01, validUntil: 2013-12-31, source: reg_a, article: "A" }
                fam.d:
                  unit: EUR
                  values:
                    - { value: "10", validFrom: 2014-01-01, source: reg_a, article: " " }
                fam.e:
                  values:
                    - { value: "10", validFrom: 2014-01-01, source: reg_a, article: "A" }
                fam.f:
                  unit: EUR
                  values: []
                fam.g:
                  unit: text
                  values:
                    - { value: "ten", validFrom: 2014-01-01, source: reg_a, article: "A" }
                """)).extracting(RuleError::line, RuleError::message)
                .containsExactly(
                        tuple(1, "parameter 'fam.a': value 'ten' is not a decimal number (give unit: text for a value "
                                + "that is a word)"),
                        tuple(5, "parameter 'fam.b': source 'reg_x' is not registered in sources.yaml"),
                        tuple(9, "parameter 'fam.c': validUntil before validFrom"),
                        tuple(13, "parameter 'fam.d': every value needs value, validFrom, source and article"),
                        tuple(17, "parameter 'fam.e' has no unit"),
                        tuple(20, "parameter 'fam.f' has no values"));
    }

    @Test
    void aValueWithoutItsSourceOrDateIsIncomplete() throws IOException {
        assertThat(errors("""
                fam.a:
                  unit: EUR
                  values:
                    - { value: "10", validFrom: 2014-01-01, article: "A" }
                    - { value: "10", source: reg_a, article: "A" }
                    - { validFrom: 2014-01-01, source: reg_a, article: "A" }
                    - { value: "10", validFrom: 2014-01-01, source: reg_a }
                """)).extracting(RuleError::message).containsOnly(
                "parameter 'fam.a': every value needs value, validFrom, source and article").hasSize(4);
    }

    @Test
    void aKeyDefinedInTwoFilesIsAnError() throws IOException {
        folder(SOURCES, "fam.a:\n  unit: EUR\n  values:\n    - { value: \"1\", validFrom: 2014-01-01, source: reg_a, "
                + "article: \"A\" }\n");
        Files.createDirectories(dir.resolve("other/parameters"));
        Files.writeString(dir.resolve("other/parameters/other.yaml"), "\n\nfam.a:\n  unit: EUR\n  values:\n    - { value: "
                + "\"2\", validFrom: 2014-01-01, source: reg_a, article: \"A\" }\n");
        List<RuleError> errors = new ArrayList<>();
        load(RuleFiles.folder(dir), errors);

        assertThat(errors).extracting(RuleError::file, RuleError::line, RuleError::message)
                .containsExactly(tuple("other/parameters/other.yaml", 3,
                        "parameter 'fam.a' is also defined in fam/parameters/fam.yaml"));
    }

    @Test
    void onlyYamlFilesUnderParametersAreRead() throws IOException {
        folder(SOURCES, "");
        Files.writeString(dir.resolve("fam/parameters/notes.md"), "fam.a: not a parameter\n");
        Files.createDirectories(dir.resolve("fam/scenarios"));
        Files.writeString(dir.resolve("fam/scenarios/s.yaml"), "fam.a:\n  unit: EUR\n");
        List<RuleError> errors = new ArrayList<>();

        assertThat(load(RuleFiles.folder(dir), errors).entries()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void unreadableYamlIsAnErrorAtItsLine() throws IOException {
        assertThat(errors("fam.a:\n  unit: EUR\n  values: [\n")).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("fam/parameters/fam.yaml");
            assertThat(e.line()).isGreaterThan(0);
            assertThat(e.message()).doesNotContain("\n").isNotBlank();
        });
    }

    @Test
    void theRegisterNeedsATitleAndAReferenceForEachSource() throws IOException {
        List<RuleError> errors = new ArrayList<>();
        var sources = SourceRegister.load(folder("""
                reg_a:
                  title: "Regulation A"
                  reference: "OJ L 1"
                reg_b:
                  title: "Regulation B"
                reg_c:
                  reference: "OJ L 3"
                """, null), errors);

        assertThat(sources).containsOnlyKeys("reg_a", "reg_b", "reg_c");
        assertThat(errors).extracting(RuleError::file, RuleError::line, RuleError::message).containsExactly(
                tuple("sources.yaml", 4, "source 'reg_b' needs a title and a reference"),
                tuple("sources.yaml", 6, "source 'reg_c' needs a title and a reference"));
    }

    @Test
    void anEmptyOrUnreadableRegister() throws IOException {
        List<RuleError> errors = new ArrayList<>();
        assertThat(SourceRegister.load(folder("# nothing yet\n", null), errors)).isEmpty();
        assertThat(errors).isEmpty();

        assertThat(SourceRegister.load(folder("reg_a: [\n", null), errors)).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("sources.yaml");
            assertThat(e.message()).doesNotContain("\n");
        });
    }

    @Test
    void linesAreCountedFromOne() {
        assertThat(ParameterTable.lineOf("a:\nb:\nc:\n", "a:")).isEqualTo(1);
        assertThat(ParameterTable.lineOf("a:\nb:\nc:\n", "c:")).isEqualTo(3);
        assertThat(ParameterTable.lineOf("a:\n", "z:")).isZero();
        assertThat(ValueWords.firstLine("one\ntwo")).isEqualTo("one");
        assertThat(ValueWords.firstLine("one")).isEqualTo("one");
        assertThat(ValueWords.firstLine(null)).isEqualTo("unreadable");
    }

    @Test
    void ruleDatesIncludeBothEnds() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate until = LocalDate.of(2024, 12, 31);
        assertThat(RuleMetadata.inForce(from, until, from)).isTrue();
        assertThat(RuleMetadata.inForce(from, until, until)).isTrue();
        assertThat(RuleMetadata.inForce(from, until, from.minusDays(1))).isFalse();
        assertThat(RuleMetadata.inForce(from, until, until.plusDays(1))).isFalse();
        assertThat(RuleMetadata.inForce(from, null, LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(RuleMetadata.text(java.util.Map.of("a", "\"quoted\"", "b", " plain ", "c", "\""), "a"))
                .isEqualTo("quoted");
        assertThat(RuleMetadata.text(java.util.Map.of("b", " plain "), "b")).isEqualTo("plain");
        assertThat(RuleMetadata.text(java.util.Map.of("c", "\""), "c")).isEqualTo("\"");
        assertThat(RuleMetadata.text(java.util.Map.of(), "d")).isEmpty();
    }
}
