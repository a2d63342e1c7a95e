package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fundingrules.trace.RulesLoadException;

/** {@link FundingRules#fromFolder} on copies of {@code rules/}, one defect each; and the packaged rules. */
@org.junit.jupiter.api.Tag("full")
class RulesLoadTest {
    static final Path RULES = Path.of("rules");
    static final String DRL = "fstp/h2020_annex_k_fstp.drl";
    static final String PARAMETERS = "fstp/parameters/h2020_annex_k_fstp.yaml";
    static final String FIRST_RULE = "rule \"Annex K: the default maximum per third party applies\"";

    private static RuleSet packaged;

    @TempDir
    Path temp;

    @BeforeAll
    static void compilePackaged() {
        packaged = FundingRules.packaged();
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers
    // ---------------------------------------------------------------------------------------------------------

    /** A copy of {@code rules/} under {@code target}. */
    static Path copyRules(Path target) throws IOException {
        return TestCases.copyTree(RULES, target.resolve("rules"));
    }

    /** Replaces the first occurrence of {@code from} (which must occur) in a file; returns the 1-based line of it. */
    static int replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        assertThat(at).as("%s contains %s", file, from).isGreaterThanOrEqualTo(0);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
        return lineAt(text, at);
    }

    /** The 1-based line of the first occurrence of {@code needle} in a file of {@code rules/}. */
    static int lineOf(String file, String needle) throws IOException {
        String text = Files.readString(RULES.resolve(file));
        int at = text.indexOf(needle);
        assertThat(at).as("%s contains %s", file, needle).isGreaterThanOrEqualTo(0);
        return lineAt(text, at);
    }

    private static int lineAt(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    static List<RuleError> loadErrors(Path folder) {
        try {
            RuleSet rules = FundingRules.builder().rules(folder).build();
            return fail("expected a RulesLoadException, but the rules loaded: %s", rules.digest());
        } catch (RulesLoadException e) {
            assertThat(e.errors()).isNotEmpty();
            assertThat(e.getMessage()).contains(e.errors().get(0).toString());
            return e.errors();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the shipped rules
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void thePackagedRulesAndTheRulesFolderLoadWithTheSameDigest() {
        RuleSet folder = FundingRules.builder().rules(RULES).build();

        assertThat(packaged.digest()).matches("sha256:[0-9a-f]{64}");
        assertThat(folder.digest()).isEqualTo(packaged.digest());
    }

    @Test
    void anUnchangedCopyHasTheSameDigestAndAnEditedOneAnother() throws IOException {
        Path copy = copyRules(temp);
        assertThat(FundingRules.builder().rules(copy).build().digest()).isEqualTo(packaged.digest());

        Path edited = copyRules(temp.resolve("edited"));
        Files.writeString(edited.resolve(DRL), Files.readString(edited.resolve(DRL)) + "\n// a comment\n");
        assertThat(FundingRules.builder().rules(edited).build().digest()).isNotEqualTo(packaged.digest());
    }

    // ---------------------------------------------------------------------------------------------------------
    // defective DRL
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aDrlSyntaxErrorNamesTheFileAndTheLine() throws IOException {
        Path rules = copyRules(temp);
        int line = replaceFirst(rules.resolve(DRL), "\nwhen\n", "\nwhn\n") + 1;   // the match starts on the line before
        assertThat(line).isEqualTo(lineOf(DRL, FIRST_RULE) + 5);

        List<RuleError> errors = loadErrors(rules);

        assertThat(errors).allSatisfy(e -> assertThat(e.file()).isEqualTo(DRL));
        assertThat(errors).filteredOn(e -> e.line() > 0).isNotEmpty()
                .allSatisfy(e -> assertThat(e.line()).isBetween(line - 2, line + 2));
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains("whn"));
    }

    @Test
    void aRuleWithoutRuleIdIsRejected() throws IOException {
        Path rules = copyRules(temp);
        replaceFirst(rules.resolve(DRL), "    @ruleId(\"fstp.applicable_cap.default\")\n", "");

        List<RuleError> errors = loadErrors(rules);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(DRL);
            assertThat(e.line()).isEqualTo(lineOf(DRL, FIRST_RULE));
            assertThat(e.message()).contains("@ruleId").contains("the default maximum per third party applies");
        });
    }

    @Test
    void aRuleCitingAnUnregisteredSourceIsRejected() throws IOException {
        Path rules = copyRules(temp);
        replaceFirst(rules.resolve(DRL), "@source(\"h2020_general_annex_k\")", "@source(\"nope\")");

        List<RuleError> errors = loadErrors(rules);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(DRL);
            assertThat(e.line()).isEqualTo(lineOf(DRL, FIRST_RULE));
            assertThat(e.message()).contains("'nope'").contains("sources.yaml");
        });
    }

    @Test
    void aRuleWithAMalformedValidFromIsRejected() throws IOException {
        Path rules = copyRules(temp);
        replaceFirst(rules.resolve(DRL), "@validFrom(\"2014-01-01\")", "@validFrom(\"2014-13-01\")");

        assertThat(loadErrors(rules)).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(DRL);
            assertThat(e.line()).isEqualTo(lineOf(DRL, FIRST_RULE));
            assertThat(e.message()).contains("@validFrom").contains("2014-13-01");
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // defective parameters and register
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void overlappingParameterValuesAreRejected() throws IOException {
        Path rules = copyRules(temp);
        Path file = rules.resolve(PARAMETERS);
        Files.writeString(file, Files.readString(file) + """
                    - value: "70000.00"
                      validFrom: 2020-01-01
                      source: h2020_general_annex_k
                      article: "an overlapping value"
                """);

        List<RuleError> errors = loadErrors(rules);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(PARAMETERS);
            assertThat(e.line()).isEqualTo(lineOf(PARAMETERS, "fstp.max_per_third_party:"));
            assertThat(e.message()).contains("fstp.max_per_third_party").contains("overlap")
                    .contains("2014-01-01").contains("2020-01-01");
        });
    }

    @Test
    void aParameterCitingAnUnregisteredSourceIsRejected() throws IOException {
        Path rules = copyRules(temp);
        replaceFirst(rules.resolve(PARAMETERS), "source: h2020_general_annex_k", "source: nope");

        assertThat(loadErrors(rules)).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(PARAMETERS);
            assertThat(e.line()).isEqualTo(lineOf(PARAMETERS, "fstp.max_per_third_party:"));
            assertThat(e.message()).contains("'nope'").contains("sources.yaml");
        });
    }

    @Test
    void aParameterValueThatIsNotADecimalIsRejected() throws IOException {
        Path rules = copyRules(temp);
        replaceFirst(rules.resolve(PARAMETERS), "value: \"60000.00\"", "value: \"sixty thousand\"");

        assertThat(loadErrors(rules)).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(PARAMETERS);
            assertThat(e.message()).contains("sixty thousand").contains("not a decimal");
        });
    }

    @Test
    void aFolderWithoutSourcesYamlIsRejected() throws IOException {
        Path rules = copyRules(temp);
        Files.delete(rules.resolve("sources.yaml"));

        assertThat(loadErrors(rules)).singleElement().satisfies(e -> {
            assertThat(e.file()).endsWith("sources.yaml");
            assertThat(e.line()).isZero();
            assertThat(e.message()).contains("sources.yaml");
        });
    }

    @Test
    void aPathThatIsNotAFolderIsRejected() throws IOException {
        Path rules = copyRules(temp);

        for (Path notAFolder : List.of(rules.resolve(DRL), temp.resolve("does-not-exist"))) {
            assertThat(loadErrors(notAFolder)).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo(notAFolder.toString());
                assertThat(e.line()).isZero();
                assertThat(e.message()).isEqualTo("not a folder");
            });
        }
    }

    @Test
    void aFolderWithoutDrlFilesIsRejected() throws IOException {
        Path rules = copyRules(temp);
        try (var drls = Files.walk(rules)) {
            for (Path p : drls.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.delete(p);
            }
        }

        assertThat(loadErrors(rules)).extracting(RuleError::message).containsExactly("no .drl file in the rules folder");
    }
}
