package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundingrules.FundingRules;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each translation of {@link DroolsMessages}, on a DRL file broken in one way and compiled through
 * {@link FundingRules#fromFolder}: the sentence, the original message kept after it, file and line.
 */
class DroolsMessagesTest {
    static final String FILE = "demo/broken.drl";
    static final String HEAD = """
            package org.fundingrules.rules.demo;

            import org.fundingrules.facts.ActionFact;

            """;

    @TempDir
    Path temp;

    /** A rule with the given conditions and consequence, its header on line 5. */
    static String rule(String name, String when, String then) {
        return "rule \"" + name + "\"\n    @ruleId(\"demo.r\")\n    @source(\"demo_act\")\n    @article(\"Art. 1\")\n"
                + "    @validFrom(\"2020-01-01\")\nwhen\n" + when + "\nthen\n" + then + "\nend\n";
    }

    /** Compiles a rules folder holding only this DRL file; returns the load errors. */
    List<RuleError> errors(String drl) throws IOException {
        Path root = temp.resolve("rules");
        Files.createDirectories(root.resolve("demo"));
        Files.writeString(root.resolve("sources.yaml"), "demo_act:\n  title: A demo act\n  reference: OJ L 1\n");
        Files.writeString(root.resolve(FILE), drl);
        RulesLoadException e = catchThrowableOfType(RulesLoadException.class, () -> FundingRules.builder().rules(root).build());
        assertThat(e).as("the rules must not load").isNotNull();
        assertThat(e.errors()).allSatisfy(x -> assertThat(x.file()).isEqualTo(FILE));
        return e.errors();
    }

    /** The only error; its message starts with the sentence and keeps the compiler's original message. */
    RuleError only(String drl, String sentence, String original) throws IOException {
        List<RuleError> errors = errors(drl);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith(sentence).contains("[Drools: ").contains(original);
            assertThat(e.message()).doesNotContain("\n").doesNotContain("Stack trace");
        });
        return errors.get(0);
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).isGreaterThanOrEqualTo(0);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void anUnknownFactTypeAsksForItsImport() throws IOException {
        String drl = HEAD + rule("r", "    $w : AwardFact()", "");

        RuleError e = only(drl, "the rule uses type AwardFact, which is not imported; add "
                + "`import org.fundingrules.facts.AwardFact;` at the top of the file",
                "Unable to resolve ObjectType 'AwardFact'");

        assertThat(e.line()).isEqualTo(lineOf(drl, "$w : AwardFact()"));
    }

    @Test
    void aNestedFactTypeIsFoundInItsOuterClass() throws IOException {
        only(HEAD + rule("r", "    SmeStatus()", ""), "the rule uses type SmeStatus, which is not imported; add "
                + "`import org.fundingrules.facts.SmeFacts.SmeStatus;`", "Unable to resolve ObjectType 'SmeStatus'");
    }

    @Test
    void anUnknownTypeOfNoKnownPackageGetsAGeneralHint() throws IOException {
        only(HEAD + rule("r", "    Nonesuch()", ""), "the rule uses type Nonesuch, which is not imported; add its "
                + "import at the top of the file (the facts rules match are in org.fundingrules.facts)",
                "Unable to resolve ObjectType 'Nonesuch'");
    }

    @Test
    void anUnknownFieldNamesTheTypeAndTheField() throws IOException {
        String drl = HEAD + rule("r", "    $a : ActionFact( topc == null )", "");

        RuleError e = only(drl, "type ActionFact has no field 'topc'; check the spelling",
                "Unable to Analyse Expression topc == null");

        assertThat(e.line()).isEqualTo(lineOf(drl, "topc == null"));
    }

    @Test
    void anUnboundVariableIsNamedAndItsLineFound() throws IOException {
        String drl = HEAD + rule("r", "    $a : ActionFact( topic == $zz )", "");

        RuleError e = only(drl, "the condition uses $zz, which no earlier pattern binds",
                "Unable to Analyse Expression topic == $zz");

        assertThat(e.line()).as("the compiler gives no line; it is found from the expression")
                .isEqualTo(lineOf(drl, "topic == $zz"));
    }

    @Test
    void aMisspeltKeywordIsPointedAtAndTheFollowUpErrorDropped() throws IOException {
        String drl = HEAD + rule("r", "    ActionFact()", "").replace("\nwhen\n", "\nwhn\n");

        RuleError e = only(drl, "unexpected 'whn' at line " + lineOf(drl, "whn") + ", column 0 in rule \"r\": a "
                + "misspelt keyword (`when`, `then`, `end`)", "[ERR 102] Line " + lineOf(drl, "whn")
                + ":0 mismatched input 'whn' in rule \"r\"");

        assertThat(e.line()).isEqualTo(lineOf(drl, "whn"));
    }

    @Test
    void anUnclosedParenthesisBeforeThenIsExplained() throws IOException {
        only(HEAD + rule("r", "    ActionFact( topic == null", ""), "`then` comes too early in rule \"r\": a condition "
                + "above it is not closed (a missing `)`)", "[ERR 102]");
    }

    @Test
    void aFileEndingInsideARuleIsExplained() throws IOException {
        String drl = HEAD + rule("r", "    ActionFact()", "").replace("\nend\n", "\n");

        only(drl, "the file ends inside rule \"r\": a rule lacks its `end`", "mismatched input '<eof>'");
    }

    @Test
    void aRuleWithoutEndBeforeTheNextRuleIsExplained() throws IOException {
        String drl = HEAD + rule("r", "    ActionFact()", "    int x = 1;").replace("\nend\n", "\n")
                + "\n" + rule("s", "    ActionFact()", "");

        only(drl, "unexpected `end` at line", "mismatched input 'end' in rule \"r\"");
    }

    @Test
    void anIncompleteConditionIsExplained() throws IOException {
        only(HEAD + rule("r", "    ActionFact( topic == )", ""), "the condition is incomplete at ')'",
                "[ERR 101]");
    }

    @Test
    void anUnclosedStringIsExplainedWithoutTheParsersStackTrace() throws IOException {
        List<RuleError> errors = errors(HEAD + rule("r", "    ActionFact( topic == \"abc )", ""));

        assertThat(errors).anySatisfy(e -> assertThat(e.message()).startsWith("a string is not closed"));
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).doesNotContain("Stack trace").doesNotContain("\tat "));
    }

    @Test
    void aDuplicateRuleNameIsExplained() throws IOException {
        List<RuleError> errors = errors(HEAD + rule("same", "    ActionFact()", "") + rule("same", "    ActionFact()", ""));

        assertThat(errors).anySatisfy(e -> assertThat(e.message()).startsWith("two rules of this package are named "
                + "\"same\"; rule names must be unique within a package").contains("[Drools: Duplicate rule name: same]"));
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).doesNotStartWith("Rule Compilation error"));
    }

    @Test
    void anUnboundVariableInTheConsequenceIsExplained() throws IOException {
        only(HEAD + rule("r", "    $a : ActionFact()", "    System.out.println($b);"), "the consequence (then) uses $b, "
                + "which is neither bound in the conditions nor declared", "Rule Compilation error $b cannot be resolved");
    }

    @Test
    void anUnknownMethodInTheConsequenceIsExplained() throws IOException {
        only(HEAD + rule("r", "    $a : ActionFact()", "    $a.noSuchMethod();"), "the consequence (then) calls "
                + "noSuchMethod() on ActionFact, which has no such method", "The method noSuchMethod() is undefined");
    }

    @Test
    void anUnimportedTypeInTheConsequenceIsExplained() throws IOException {
        only(HEAD + rule("r", "    $a : ActionFact()", "    AwardFact w = null;"), "the consequence (then) uses type "
                + "AwardFact, which is not imported; add `import org.fundingrules.facts.AwardFact;`",
                "AwardFact cannot be resolved to a type");
    }

    @Test
    void aMissingSemicolonInTheConsequenceIsExplained() throws IOException {
        only(HEAD + rule("r", "    $a : ActionFact()", "    int x = 1\n    System.out.println(x);"), "Java syntax error "
                + "in the consequence (then): ';' is missing", "Syntax error, insert \";\"");
    }

    @Test
    void aBadImportIsExplained() throws IOException {
        List<RuleError> errors = errors(HEAD.replace("import org.fundingrules.facts.ActionFact;",
                "import org.fundingrules.facts.ActionFact;\nimport org.fundingrules.facts.NoSuch;")
                + rule("r", "    ActionFact()", ""));

        assertThat(errors).allSatisfy(e -> assertThat(e.line()).as("the import's line").isEqualTo(4));
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.message()).startsWith("the import org.fundingrules.facts.NoSuch names no class")
                    .contains("[Drools: Error importing : 'org.fundingrules.facts.NoSuch']");
        });
    }

    @Test
    void aMissingAccumulateImportIsExplained() throws IOException {
        only(HEAD + rule("r", "    $n : Number() from accumulate( ActionFact( $t : totalCostEur ), sumEur( $t ) )", ""),
                "accumulate function sumEur is not imported; add "
                        + "`import accumulate org.fundingrules.facts.SumEur sumEur;`",
                "Unknown accumulate function: 'sumEur'");
    }

    @Test
    void aMessageNoPatternKnowsIsKeptAsItIs() {
        assertThat(DroolsMessages.explain("Something new\n   went wrong")).isEqualTo("Something new went wrong");
        assertThat(DroolsMessages.translate(List.of(new RuleError("a.drl", 3, "odd")), f -> null))
                .containsExactly(new RuleError("a.drl", 3, "odd"));
    }
}
