package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundingrules.authoring.Lint.Finding;
import org.fundingrules.engine.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Lint} on a minimal rule family built in a temporary folder, broken one way per test; and on the shipped
 * rules, which must lint clean.
 */
public class LintTest {
    public static final String DRL = "demo/demo_rules.drl";
    static final String PARAMETERS = "demo/parameters/demo_rules.yaml";
    static final String SCENARIOS = "demo/scenarios/demo_rules.yaml";

    static final String SOURCES_TEXT = """
            demo_act:
              title: "A demonstration act"
              reference: "OJ L 1, 1.1.2020, p. 1"
              celex: "32020R0001"
              url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32020R0001"
              status: confirmed
            """;

    static final String DRL_TEXT = """
            // A demonstration family: one definition, one decision.

            package org.fundingrules.rules.demo;

            import org.fundingrules.facts.ActionFact;
            import org.fundingrules.facts.Decide;
            import org.fundingrules.facts.Parameter;
            import org.fundingrules.facts.Judge;

            global org.fundingrules.facts.Parameters parameters;

            // the cap applies
            rule "Demo: the cap"
                @ruleId("demo.cap")
                @source("demo_act")
                @article("Art. 1")
                @validFrom("2020-01-01")
            when
                Decide()
                $a : ActionFact( derogatedMaxEur == null )
                $p : Parameter() from parameters.at("demo.cap")
            then
                Judge.on(kcontext, $a).statement("demo.msg.cap_applies").pass();
            end

            rule "Demo: the action is there"
                @ruleId("demo.present")
                @source("demo_act")
                @article("Art. 2")
                @validFrom("2020-01-01")
            when
                Decide()
                $a : ActionFact( topic != null, fstp.size() >= 0 )
            then
                Judge.on(kcontext, $a).statement("demo.msg.action_present").pass();
            end
            """;

    static final String PARAMETERS_TEXT = """
            demo.cap:
              label: the cap
              description: The cap.
              unit: EUR
              values:
                - value: "60000.00"
                  validFrom: 2020-01-01
                  validUntil: 2022-12-31
                  source: demo_act
                  article: "Art. 1"
                - value: "70000.00"
                  validFrom: 2023-01-01
                  source: demo_act
                  article: "Art. 1 as amended"
            """;

    static final String MESSAGES = "demo/messages.properties";
    static final String MESSAGES_TEXT = """
            demo.msg.cap_applies=the cap of 60000 applies from 2020-01-01
            demo.msg.action_present=present
            """;

    static final String SCENARIOS_TEXT = """
            base:
              referenceDate: 2023-06-30
            scenarios: []
            """;

    @TempDir
    Path temp;

    /** A minimal valid family (sources, one DRL, its parameters and scenarios) under {@code temp/rules}. */
    Path family() throws IOException {
        return writeFamily(temp.resolve("rules"));
    }

    /** Writes the minimal valid family (sources, one DRL, its parameters and scenarios) under {@code root}. */
    public static Path writeFamily(Path root) throws IOException {
        write(root, "sources.yaml", SOURCES_TEXT);
        write(root, DRL, DRL_TEXT);
        write(root, PARAMETERS, PARAMETERS_TEXT);
        write(root, SCENARIOS, SCENARIOS_TEXT);
        write(root, MESSAGES, MESSAGES_TEXT);
        return root;
    }

    static void write(Path root, String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Replaces the first occurrence of {@code from}, which must occur; returns its 1-based line. */
    static int replace(Path root, String file, String from, String to) throws IOException {
        String text = Files.readString(root.resolve(file));
        int at = text.indexOf(from);
        assertThat(at).as("%s contains %s", file, from).isGreaterThanOrEqualTo(0);
        Files.writeString(root.resolve(file), text.substring(0, at) + to + text.substring(at + from.length()));
        return lineAt(text, at);
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as("contains %s", needle).isGreaterThanOrEqualTo(0);
        return lineAt(text, at);
    }

    static int lineAt(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    static List<Finding> lint(Path root) {
        return Lint.run(RuleFiles.folder(root));
    }

    // -------------------------------------------------------------------------------------------------------------
    // clean
    // -------------------------------------------------------------------------------------------------------------

    @Test
    void theShippedRulesLintClean() {
        assertThat(Lint.run(RuleFiles.folder(Path.of("rules")))).isEmpty();
    }

    @Test
    void theMinimalFamilyLintsClean() throws IOException {
        assertThat(lint(family())).isEmpty();
    }

    // -------------------------------------------------------------------------------------------------------------
    // rule metadata
    // -------------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"ruleId", "source", "article", "validFrom"})
    void aRuleWithoutRequiredMetadataIsReported(String key) throws IOException {
        Path root = family();
        String line = DRL_TEXT.lines().filter(l -> l.contains("@" + key + "(")).findFirst().orElseThrow();
        replace(root, DRL, line + "\n", "");

        assertThat(lint(root)).containsExactly(new Finding(DRL, lineOf(DRL_TEXT, "rule \"Demo: the cap\""),
                "rule \"Demo: the cap\" has no @" + key));
    }

    @Test
    void aCommentedOutCitationDoesNotCount() throws IOException {
        Path root = family();
        replace(root, DRL, "    @article(\"Art. 1\")", "    // @article(\"Art. 1\")");

        assertThat(lint(root)).extracting(Finding::message).containsExactly("rule \"Demo: the cap\" has no @article");
    }

    @Test
    void aSourceMissingFromTheRegisterIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "@source(\"demo_act\")", "@source(\"demo_act_2021\")");

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(DRL);
            assertThat(f.line()).isEqualTo(lineOf(DRL_TEXT, "rule \"Demo: the cap\""));
            assertThat(f.message()).contains("'demo_act_2021'").contains("sources.yaml");
        });
    }

    @Test
    void aMalformedDateIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "@validFrom(\"2020-01-01\")", "@validFrom(\"2020-13-01\")");

        assertThat(lint(root)).extracting(Finding::message)
                .containsExactly("rule \"Demo: the cap\": @validFrom '2020-13-01' is not a date (yyyy-mm-dd)");
    }

    /** The engine refuses the rules for the same problems, in the same words: one check of rule metadata serves both. */
    @ParameterizedTest
    @ValueSource(strings = {"@article(\"Art. 1\")|", "@source(\"demo_act\")|@source(\"nope\")",
        "@validFrom(\"2020-01-01\")|@validFrom(\"2020-13-01\")", "@ruleId(\"demo.cap\")|@ruleId(\"\")"})
    void theEngineAndLintReportAMetadataProblemInTheSameWords(String change) throws IOException {
        Path root = family();
        replace(root, DRL, ", fstp.size() >= 0", "");   // lint does not compile; the engine does
        String[] fromTo = change.split("\\|", -1);
        replace(root, DRL, fromTo[0], fromTo[1]);

        org.fundingrules.trace.RulesLoadException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.fundingrules.trace.RulesLoadException.class,
                () -> org.fundingrules.engine.Engine.load(RuleFiles.folder(root)));
        assertThat(refused).as("the engine refuses the rules").isNotNull();
        List<Finding> findings = lint(root);
        assertThat(findings).hasSize(1);
        assertThat(refused.errors()).extracting(e -> new Finding(e.file(), e.line(), e.message()))
                .containsExactlyElementsOf(findings);
    }

    /**
     * What reading the text with regexes got wrong: a metadata value over two lines was cut at the first {@code )}
     * (the working document after it went unseen), and a name with an escaped quote was cut at it.
     */
    @Test
    void metadataOverTwoLinesAndAnEscapedQuoteInANameAreReadAsTheCompilerReadsThem() throws IOException {
        Path root = family();
        replace(root, DRL, "    @article(\"Art. 1\")", "    @article(\"Art. 1(2), as read with Art. 3(1)\n"
                + "              and Art. 5(1), S40\")");
        replace(root, DRL, "rule \"Demo: the action is there\"", "rule \"Demo: the \\\"action\\\" is there\"");
        int line = replace(root, DRL, "    @article(\"Art. 2\")\n", "") - 3;

        assertThat(lint(root)).containsExactly(
                new Finding(DRL, lineOf(DRL_TEXT, "rule \"Demo: the cap\""), "rule \"Demo: the cap\": @article cites "
                        + "'S40', a working document: cite the official text"),
                new Finding(DRL, line, "rule \"Demo: the \"action\" is there\" has no @article"));
    }

    @Test
    void aFileTheParserCannotReadIsReportedWithTheEnginesWords() throws IOException {
        Path root = family();
        replace(root, DRL, "    Judge.on(kcontext, $a).statement(\"demo.msg.action_present\").pass();\nend\n",
                "    Judge.on(kcontext, $a).statement(\"demo.msg.action_present\").pass();\n");

        List<Finding> findings = lint(root);
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.file()).isEqualTo(DRL));
        assertThat(findings).extracting(Finding::message).anyMatch(m -> m.contains("lacks its `end`"));
    }

    @Test
    void aPackageThatDoesNotMatchItsFolderIsReported() throws IOException {
        Path root = family();
        int line = replace(root, DRL, "package org.fundingrules.rules.demo;", "package org.fundingrules.rules.fstp;");

        assertThat(lint(root)).containsExactly(new Finding(DRL, line, "package org.fundingrules.rules.fstp does not "
                + "match the folder demo/; it must be 'package org.fundingrules.rules.demo;'"));
    }

    @Test
    void aRuleThatEndsBeforeItStartsIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "    @validFrom(\"2020-01-01\")\nwhen",
                "    @validFrom(\"2020-01-01\")\n    @validUntil(\"2019-12-31\")\nwhen");

        assertThat(lint(root)).containsExactly(new Finding(DRL, lineOf(DRL_TEXT, "rule \"Demo: the cap\""),
                "rule \"Demo: the cap\": @validUntil 2019-12-31 is before @validFrom 2020-01-01"));
    }

    @Test
    void aDrlFileWithoutPackageDeclarationIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "package org.fundingrules.rules.demo;", "");

        assertThat(lint(root)).containsExactly(new Finding(DRL, 1,
                "no package declaration; the file's folder needs 'package org.fundingrules.rules.demo;'"));
    }

    @Test
    void aDrlFileOutsideAFamilyFolderIsReported() throws IOException {
        Path root = family();
        write(root, "top.drl", "package org.fundingrules.rules;\n");

        assertThat(lint(root)).containsExactly(new Finding("top.drl", 1,
                "a DRL file belongs in a rule family folder (rules/<family>/top.drl)"));
    }

    @Test
    void aBigDecimalOfAnyOtherTextIsALiteralAmountToo() throws IOException {
        Path root = family();
        replace(root, DRL, "ActionFact( derogatedMaxEur == null )",
                "ActionFact( totalCostEur.compareTo(new BigDecimal(\"60 000\")) > 0 )");

        assertThat(lint(root)).extracting(Finding::message).containsExactly("rule \"Demo: the cap\" has the literal "
                + "amount new BigDecimal(\"60 000\") in a condition; read it from a dated parameter (rules/README.md, "
                + "parameter files)");
    }

    // -------------------------------------------------------------------------------------------------------------
    // sources.yaml
    // -------------------------------------------------------------------------------------------------------------

    /** The findings of the minimal family when nothing is registered: each citation is reported where it is. */
    static List<Finding> unregistered() {
        return List.of(
                new Finding(DRL, lineOf(DRL_TEXT, "rule \"Demo: the cap\""),
                        "rule \"Demo: the cap\" cites @source 'demo_act', which is not in sources.yaml"),
                new Finding(DRL, lineOf(DRL_TEXT, "rule \"Demo: the action is there\""),
                        "rule \"Demo: the action is there\" cites @source 'demo_act', which is not in sources.yaml"),
                new Finding(PARAMETERS, lineOf(PARAMETERS_TEXT, "- value: \"60000.00\""),
                        "parameter 'demo.cap': source 'demo_act' is not registered in sources.yaml"),
                new Finding(PARAMETERS, lineOf(PARAMETERS_TEXT, "- value: \"70000.00\""),
                        "parameter 'demo.cap': source 'demo_act' is not registered in sources.yaml"));
    }

    // -------------------------------------------------------------------------------------------------------------
    // citations: official texts only
    // -------------------------------------------------------------------------------------------------------------

    @Test
    void aSourceWhoseCopyIsNotOnAnOfficialSiteIsReported() throws IOException {
        Path root = family();
        replace(root, "sources.yaml", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32020R0001",
                "https://www.scribd.com/document/1/demo-act");

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("sources.yaml");
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.message()).contains("source 'demo_act'").contains("www.scribd.com/document/1/demo-act")
                    .contains("not an official publisher's copy").contains("eur-lex.europa.eu");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://eur-lex.europa.eu/eli/reg/2020/1/oj", "http://data.europa.eu/eli/reg/2020/1/oj",
        "https://doi.org/10.2873/255862", "https://ec.europa.eu/research/participants/data/ref/h2020/annex.pdf",
        "https://curia.europa.eu/juris/liste.jsf?num=C-1/20"})
    void theOfficialPublishersAreAllowed(String url) throws IOException {
        Path root = family();
        replace(root, "sources.yaml", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32020R0001", url);

        assertThat(lint(root)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://doi.org/10.1000/182", "https://eur-lex.europa.eu.example.com/x",
        "ftp://eur-lex.europa.eu/x", "eur-lex.europa.eu/x", ""})
    void aLookAlikeOfAnOfficialPublisherIsNot(String url) throws IOException {
        Path root = family();
        replace(root, "sources.yaml", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32020R0001", url);

        assertThat(lint(root)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("not an official publisher's copy"));
    }

    @Test
    void anActOfTheOfficialJournalNeedsItsCelexOrEli() throws IOException {
        Path root = family();
        replace(root, "sources.yaml", "  celex: \"32020R0001\"\n", "");

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.message()).contains("celex number or eli");
        });
        replace(root, "sources.yaml", "  status:", "  eli: \"http://data.europa.eu/eli/reg/2020/1/oj\"\n  status:");
        assertThat(lint(root)).isEmpty();
    }

    @Test
    void aJudgmentNeedsItsEcli() throws IOException {
        Path root = family();
        write(root, "sources.yaml", SOURCES_TEXT + """
                cjeu_c_1_20:
                  title: "Court of Justice, Case C-1/20 Demo, judgment of 1 January 2021"
                  reference: "Case C-1/20"
                  url: "https://curia.europa.eu/juris/liste.jsf?num=C-1/20"
                  status: confirmed
                """);

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(lineOf(Files.readString(root.resolve("sources.yaml")), "cjeu_c_1_20:"));
            assertThat(f.message()).contains("source 'cjeu_c_1_20'").contains("ecli");
        });
    }

    @Test
    void aStatusOtherThanTheThreeIsReported() throws IOException {
        Path root = family();
        replace(root, "sources.yaml", "status: confirmed", "status: \"[C]\"");

        assertThat(lint(root)).extracting(Finding::message).anySatisfy(m ->
                assertThat(m).contains("status '[C]' is not one of [confirmed, partly confirmed, unconfirmed]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Art. 1 (BRIEF.md 4.1)", "Art. 1 [U]", "Art. 1 [P] S88", "Art. 1, S40",
        "Art. 1 as the brief reads it"})
    void aRuleCitingAWorkingDocumentIsReported(String article) throws IOException {
        Path root = family();
        replace(root, DRL, "@article(\"Art. 1\")", "@article(\"" + article + "\")");

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(DRL);
            assertThat(f.line()).isEqualTo(lineOf(DRL_TEXT, "rule \"Demo: the cap\""));
            assertThat(f.message()).contains("@article cites").contains("a working document");
        });
    }

    @Test
    void aParameterOrSourceCitingAWorkingDocumentIsReported() throws IOException {
        Path root = family();
        replace(root, PARAMETERS, "article: \"Art. 1 as amended\"", "article: \"Art. 1 as amended [U]\"");
        int line = lineOf(PARAMETERS_TEXT, "- value: \"70000.00\"");   // a value is reported where it starts
        replace(root, "sources.yaml", "  status:", "  versionUsed: \"as summarised in BRIEF.md 4.1\"\n  status:");

        assertThat(lint(root)).extracting(Finding::toString).containsExactly(
                PARAMETERS + ":" + line + ": parameter 'demo.cap': the article cites '[U]', a working document: "
                        + "cite the official text",
                "sources.yaml:1: source 'demo_act', versionUsed cites 'BRIEF', a working document: cite the official text");
    }

    @Test
    void aScenarioWhoseNumbersComeFromAWorkingDocumentIsReported() throws IOException {
        Path root = family();
        String text = """
                base:
                  referenceDate: 2023-06-30
                scenarios:
                  - name: the cap
                    source: "Brief Q6: 60 000.00 <= 60 000.00"
                    case: {}
                    expect: {}
                """;
        write(root, SCENARIOS, text);

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(SCENARIOS);
            assertThat(f.line()).isEqualTo(lineOf(text, "source:"));
            assertThat(f.message()).startsWith("the scenario's source cites 'Brief'");
        });
        write(root, SCENARIOS, text.replace("Brief Q6", "Art. 1 and decision Q6"));
        assertThat(lint(root)).isEmpty();
    }

    @Test
    void aSourceNumberInsideAnOfficialIdentifierIsNotAWorkingDocument() throws IOException {
        Path root = family();
        replace(root, DRL, "@article(\"Art. 1\")", "@article(\"Art. 1; OJ C 198, 27.6.2014, point S.1; 2014/C 198/01\")");

        assertThat(lint(root)).isEmpty();
    }

    @Test
    void aRegisterThatIsNoMapIsReported() throws IOException {
        Path root = family();
        write(root, "sources.yaml", "- demo_act\n");

        List<Finding> expected = new java.util.ArrayList<>(unregistered());
        expected.add(new Finding("sources.yaml", 1, "must map each source id to its title and reference"));
        assertThat(lint(root)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# nothing registered yet\n", "~\n"})
    void anEmptyRegisterRegistersNothing(String sources) throws IOException {
        Path root = family();
        write(root, "sources.yaml", sources);

        assertThat(lint(root)).containsExactlyElementsOf(unregistered());
    }

    @Test
    void aRegisterThatDoesNotParseIsReportedWithTheLineAndTheFirstLineOfTheError() throws IOException {
        Path root = family();
        write(root, "sources.yaml", SOURCES_TEXT + "other: [\"unclosed\"\n");

        assertThat(lint(root)).filteredOn(f -> f.file().equals("sources.yaml")).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(lineAt(SOURCES_TEXT, SOURCES_TEXT.length()));
            assertThat(f.message()).startsWith("does not parse: ").doesNotContain("\n")
                    .isNotEqualTo("does not parse: unreadable");
        });
    }

    // -------------------------------------------------------------------------------------------------------------
    // parameters
    // -------------------------------------------------------------------------------------------------------------

    @Test
    void aParameterValueWithoutSourceIsReported() throws IOException {
        Path root = family();
        int line = replace(root, PARAMETERS, "      source: demo_act\n", "") - 3;   // the value starts 3 lines up

        assertThat(lint(root)).containsExactly(new Finding(PARAMETERS, line,
                "parameter 'demo.cap': a value without source (an id in sources.yaml)"));
    }

    @Test
    void aParameterValueWithoutArticleIsReported() throws IOException {
        Path root = family();
        int line = replace(root, PARAMETERS, "      article: \"Art. 1 as amended\"\n", "") - 3;

        assertThat(lint(root)).containsExactly(new Finding(PARAMETERS, line,
                "parameter 'demo.cap': a value without article (the provision it applies)"));
    }

    @Test
    void overlappingParameterValuesAreReported() throws IOException {
        Path root = family();
        replace(root, PARAMETERS, "validUntil: 2022-12-31", "validUntil: 2023-01-01");

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(PARAMETERS);
            assertThat(f.line()).isEqualTo(lineOf(PARAMETERS_TEXT, "- value: \"70000.00\""));
            assertThat(f.message()).contains("demo.cap").contains("from 2023-01-01 overlaps")
                    .contains("from 2020-01-01 until 2023-01-01");
        });
    }

    @Test
    void aValueWithoutValidUntilFollowedByAnotherOverlapsIt() throws IOException {
        Path root = family();
        replace(root, PARAMETERS, "      validUntil: 2022-12-31\n", "");

        assertThat(lint(root)).extracting(Finding::message).singleElement().asString()
                .contains("overlaps the value from 2020-01-01 (no validUntil)");
    }

    @Test
    void aGapBetweenParameterValuesIsReported() throws IOException {
        Path root = family();
        replace(root, PARAMETERS, "validUntil: 2022-12-31", "validUntil: 2022-12-30");

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(lineOf(PARAMETERS_TEXT, "- value: \"70000.00\""));
            assertThat(f.message()).contains("demo.cap").contains("gap").contains("from 2022-12-31 to 2022-12-31");
        });
    }

    @Test
    void aParameterNoRuleReadsIsReported() throws IOException {
        Path root = family();
        Files.writeString(root.resolve(PARAMETERS), PARAMETERS_TEXT + """
                demo.forgotten:
                  unit: EUR
                  values:
                    - { value: "5", validFrom: 2020-01-01, source: demo_act, article: "Art. 3" }
                """);

        assertThat(lint(root)).containsExactly(new Finding(PARAMETERS, (int) PARAMETERS_TEXT.lines().count() + 1,
                "parameter 'demo.forgotten' is never used: no rule reads it (parameters.at(\"demo.forgotten\")); "
                        + "remove it or write the rule that applies it"));
    }

    @Test
    void aParameterReadThroughAKeyPrefixIsUsed() throws IOException {
        Path root = family();
        replace(root, DRL, "parameters.at(\"demo.cap\")", "parameters.at(\"demo.\" + \"cap\")");

        assertThat(lint(root)).isEmpty();
    }

    @Test
    void aKeyReadButNeverDefinedIsReported() throws IOException {
        Path root = family();
        int line = replace(root, DRL, "parameters.at(\"demo.cap\")", "parameters.at(\"demo.kap\")");

        assertThat(lint(root)).extracting(Finding::toString).containsExactlyInAnyOrder(
                DRL + ":" + line + ": parameter 'demo.kap' is read here but defined in no parameters/*.yaml file",
                PARAMETERS + ":1: parameter 'demo.cap' is never used: no rule reads it (parameters.at(\"demo.cap\")); "
                        + "remove it or write the rule that applies it");
    }

    @Test
    void aRuleThatRecordsACriterionWithoutDecideIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "    Decide()\n    $a : ActionFact( topic", "    $a : ActionFact( topic");

        assertThat(lint(root)).extracting(Finding::message).containsExactly("rule \"Demo: the action is there\" records "
                + "a criterion but does not match Decide() first: it may decide before the facts it reads are final "
                + "and fire again; begin its conditions with Decide() (import org.fundingrules.facts.Decide)");
    }

    @Test
    void aRuleFileImportingTheEnginesInternalsOrTheTraceIsReported() throws IOException {
        Path root = family();
        int line = replace(root, DRL, "import org.fundingrules.facts.Judge;",
                "import org.fundingrules.facts.Judge;\nimport org.fundingrules.engine.Engine;\n"
                        + "import org.fundingrules.trace.Message;") + 1;

        assertThat(lint(root)).extracting(Finding::line, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(line, "imports org.fundingrules.engine.Engine: a rule file imports "
                        + "only the rule-author package org.fundingrules.facts, the case vocabulary "
                        + "org.fundingrules.model and java.*"),
                org.assertj.core.groups.Tuple.tuple(line + 1, "imports org.fundingrules.trace.Message: a rule file "
                        + "imports only the rule-author package org.fundingrules.facts, the case vocabulary "
                        + "org.fundingrules.model and java.* (build messages with Words.of)"));
    }

    @Test
    void anEvalConditionIsReportedAndItsPatternConstraintIsNot() throws IOException {
        Path root = family();
        int line = replace(root, DRL, "    $p : Parameter() from parameters.at(\"demo.cap\")",
                "    $p : Parameter() from parameters.at(\"demo.cap\")\n    eval( $p.amount().signum() > 0 )") + 1;

        assertThat(lint(root)).extracting(Finding::line, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(line, "rule \"Demo: the cap\" has an eval(...) condition: write it "
                        + "as a constraint of the pattern that binds the last variable it reads, as in $x : BigDecimal( "
                        + "this.compareTo($p.amount()) > 0 ) from accumulate(...)"));

        // the same condition in the pattern is clean
        replace(root, DRL, "    $p : Parameter() from parameters.at(\"demo.cap\")\n    eval( $p.amount().signum() > 0 )",
                "    $p : Parameter( amount.signum() > 0 ) from parameters.at(\"demo.cap\")");
        assertThat(lint(root)).isEmpty();
    }

    @Test
    void aConsequenceOfTwoStatementsOrABranchIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "    Judge.on(kcontext, $a).statement(\"demo.msg.action_present\").pass();",
                "    if ($a.topic().isEmpty()) { Judge.on(kcontext, $a).statement(\"demo.msg.action_present\").pass(); }");
        replace(root, DRL, "    Judge.on(kcontext, $a).statement(\"demo.msg.cap_applies\").pass();",
                "    String s = \"a; b\";\n    Judge.on(kcontext, $a).statement(\"demo.msg.cap_applies\").pass();");

        assertThat(lint(root)).extracting(Finding::message).containsExactlyInAnyOrder(
                "rule \"Demo: the cap\" has 2 statements in its consequence: a consequence is one statement (one "
                        + "insert or one Judge.on(...) chain); derive the values it needs as facts, and write each case "
                        + "as a rule",
                "rule \"Demo: the action is there\" has a block or branch in its consequence: a consequence is one "
                        + "statement (one insert or one Judge.on(...) chain); derive the values it needs as facts, and "
                        + "write each case as a rule");
    }

    @Test
    void statementsAreCountedAtTheTopLevelOnly() {
        assertThat(Lint.statements("\n    insert(new A(x -> { return 1; }, 2));\n")).isEqualTo(1);
        assertThat(Lint.statements("\n    Judge.on(kcontext, $a)\n      .statement(\"k\")\n      .pass()\n")).isEqualTo(1);
        assertThat(Lint.statements("  a(); b();")).isEqualTo(2);
        assertThat(Lint.statements("  for (X x : xs) a(x);")).isEqualTo(-1);
        assertThat(Lint.statements("  ")).isZero();
    }

    @Test
    void aFunctionThatRecordsACriterionIsReported() throws IOException {
        Path root = family();
        int line = replace(root, DRL, "rule \"Demo: the action is there\"",
                "function void judge(Judge j) {\n    j.pass();\n}\n\nrule \"Demo: the action is there\"");

        assertThat(lint(root)).containsExactly(new Finding(DRL, line, "function judge records a criterion: write each "
                + "case as a rule whose conditions say when it applies"));
    }

    @Test
    void aParameterMatchedAsAFactIsReported() throws IOException {
        Path root = family();
        int line = replace(root, DRL, "Parameter() from parameters.at(\"demo.cap\")", "Parameter( key == \"demo.cap\" )");

        assertThat(lint(root)).extracting(Finding::toString).containsExactly(DRL + ":" + line + ": parameters are not "
                + "facts in the session, so Parameter( key == ... ) never matches; read the value with Parameter() from "
                + "parameters.at(\"...\") and declare global org.fundingrules.facts.Parameters parameters;");
    }

    @Test
    void aKeyPrefixNoParameterStartsWithIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "    $p : Parameter() from parameters.at(\"demo.cap\")",
                "    $p : Parameter() from parameters.at(\"demo.cap\")\n    $q : Parameter() from parameters.at(\"demo.ceiling.\" + $a.topic())");

        assertThat(lint(root)).extracting(Finding::message)
                .containsExactly("no parameter key starts with \"demo.ceiling.\"; define the parameters in a "
                        + "parameters/*.yaml file");
    }

    @Test
    void aParameterFileThatIsNoMapIsReportedWithItsLine() throws IOException {
        Path root = family();
        write(root, PARAMETERS, "# the cap\n- demo.cap\n");

        assertThat(lint(root)).containsExactly(
                new Finding(DRL, lineOf(DRL_TEXT, "parameters.at(\"demo.cap\")"),
                        "parameter 'demo.cap' is read here but defined in no parameters/*.yaml file"),
                new Finding(PARAMETERS, 2, "does not parse: a parameter file maps each key to its definition"));
    }

    @Test
    void aParameterDefinedInTwoFilesIsReportedAtTheSecond() throws IOException {
        Path root = family();
        write(root, "demo/parameters/more.yaml", "# again\n" + PARAMETERS_TEXT);

        assertThat(lint(root)).containsExactly(new Finding("demo/parameters/more.yaml", 2,
                "parameter 'demo.cap' is also defined at " + PARAMETERS + ":1"));
    }

    @Test
    void aParameterWithoutValuesIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "parameters.at(\"demo.cap\")", "parameters.at(\"demo.\" + $a.topic())");
        write(root, PARAMETERS, PARAMETERS_TEXT + "demo.empty:\n  unit: EUR\n");

        assertThat(lint(root)).containsExactly(new Finding(PARAMETERS, (int) PARAMETERS_TEXT.lines().count() + 1,
                "parameter 'demo.empty' has no values"));
    }

    @Test
    void aParameterValueFromAnUnregisteredSourceIsReported() throws IOException {
        Path root = family();
        int line = replace(root, PARAMETERS, "source: demo_act", "source: demo_act_2021") - 3;

        assertThat(lint(root)).containsExactly(new Finding(PARAMETERS, line,
                "parameter 'demo.cap': source 'demo_act_2021' is not registered in sources.yaml"));
    }

    @Test
    void aParameterValueThatEndsBeforeItStartsIsReportedAndNotComparedWithTheOthers() throws IOException {
        Path root = family();
        int line = replace(root, PARAMETERS, "validUntil: 2022-12-31", "validUntil: 2019-12-31") - 2;

        assertThat(lint(root)).containsExactly(new Finding(PARAMETERS, line,
                "parameter 'demo.cap': validUntil 2019-12-31 is before validFrom 2020-01-01"));
    }

    @Test
    void aParameterValueWithoutValidFromIsReported() throws IOException {
        Path root = family();
        int line = replace(root, PARAMETERS, "      validFrom: 2020-01-01\n", "") - 1;

        assertThat(lint(root)).containsExactly(new Finding(PARAMETERS, line,
                "parameter 'demo.cap': validFrom is missing"));
    }

    @Test
    void aParameterValueWithAMalformedDateIsReported() throws IOException {
        Path root = family();
        int line = replace(root, PARAMETERS, "validFrom: 2020-01-01", "validFrom: 2020-13-01") - 1;

        assertThat(lint(root)).containsExactly(new Finding(PARAMETERS, line,
                "parameter 'demo.cap': validFrom '2020-13-01' is not a date (yyyy-mm-dd)"));
    }

    @Test
    void parameterValuesAreComparedInDateOrderWhateverTheirOrderInTheFile() throws IOException {
        Path root = family();
        String[] parts = PARAMETERS_TEXT.split("(?=    - value: )");
        write(root, PARAMETERS, parts[0] + parts[2] + parts[1]);

        assertThat(lint(root)).isEmpty();
    }

    @Test
    void aParameterReadThroughAKeyPrefixEndingInAnUnderscoreIsUsed() throws IOException {
        Path root = family();
        replace(root, PARAMETERS, "demo.cap:", "demo.cap_eur:");
        replace(root, DRL, "parameters.at(\"demo.cap\")", "parameters.at(\"demo.cap_\" + \"eur\")");

        assertThat(lint(root)).isEmpty();
    }

    // -------------------------------------------------------------------------------------------------------------
    // scenarios
    // -------------------------------------------------------------------------------------------------------------

    @Test
    void aFamilyWithoutScenarioFileIsReported() throws IOException {
        Path root = family();
        Files.delete(root.resolve(SCENARIOS));

        assertThat(lint(root)).containsExactly(new Finding(DRL, 0, "the rule family demo/ has no scenario file; add "
                + SCENARIOS + " (one per DRL file, named like it)"));
    }

    @Test
    void aDrlFileWithoutItsOwnScenarioFileIsReported() throws IOException {
        Path root = family();
        write(root, "demo/more_rules.drl", DRL_TEXT.replace("demo.cap", "demo.cap2").replace("demo.present",
                "demo.present2").replace("Demo:", "More:"));
        write(root, "demo/parameters/more.yaml", PARAMETERS_TEXT.replace("demo.cap", "demo.cap2"));

        assertThat(lint(root)).extracting(Finding::toString).containsExactly("demo/more_rules.drl: no scenario file "
                + "for this DRL file; add demo/scenarios/more_rules.yaml (one per DRL file, named like it)");
    }

    // -------------------------------------------------------------------------------------------------------------
    // literals in conditions
    // -------------------------------------------------------------------------------------------------------------

    @Test
    void aLiteralAmountInAConditionIsReported() throws IOException {
        Path root = family();
        int line = replace(root, DRL, "ActionFact( derogatedMaxEur == null )", "ActionFact( totalCostEur > 60000.00 )");

        assertThat(lint(root)).containsExactly(new Finding(DRL, line, "rule \"Demo: the cap\" has the literal "
                + "60000.00 in a condition; read it from a dated parameter (rules/README.md, parameter files)"));
    }

    @Test
    void aLiteralBigDecimalInAConditionIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "ActionFact( derogatedMaxEur == null )",
                "ActionFact( totalCostEur.compareTo(new BigDecimal(\"0.75\")) > 0 )");

        assertThat(lint(root)).extracting(Finding::message).containsExactly("rule \"Demo: the cap\" has the literal "
                + "amount new BigDecimal(\"0.75\") in a condition; read it from a dated parameter (rules/README.md, "
                + "parameter files)");
    }

    @Test
    void aLiteralDateInAConditionIsReported() throws IOException {
        Path root = family();
        int line = replace(root, DRL, "ActionFact( derogatedMaxEur == null )",
                "ActionFact( startDate >= \"2024-01-01\" )");

        assertThat(lint(root)).extracting(Finding::toString).containsExactly(DRL + ":" + line + ": rule \"Demo: the "
                + "cap\" has the literal date \"2024-01-01\" in a condition; read it from a dated parameter "
                + "(rules/README.md, parameter files)");
    }

    @Test
    void aDateBuiltInAConditionIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "ActionFact( derogatedMaxEur == null )",
                "ActionFact( startDate.isAfter(LocalDate.of(2024, 1, 1)) )");

        assertThat(lint(root)).extracting(Finding::message).containsExactlyInAnyOrder(
                "rule \"Demo: the cap\" builds a literal date with LocalDate.of(...) in a condition; read it from a "
                        + "dated parameter (rules/README.md, parameter files)",
                "rule \"Demo: the cap\" has the literal 2024 in a condition; read it from a dated parameter "
                        + "(rules/README.md, parameter files)");
    }

    @Test
    void zeroOneSizesCommentsTextsAndConsequencesAreNotLiteralsOfTheLaw() throws IOException {
        Path root = family();
        replace(root, DRL, "$a : ActionFact( topic != null, fstp.size() >= 0 )", """
                $a : ActionFact( topic != null, fstp.size() >= 0, durationMonths > 1 )   // not 36 months
                    $l : java.util.List( size == 3 ) from collect( Parameter( text != "2024-01-01 x" || true ) from parameters.at("demo.cap") )\
                """);

        assertThat(lint(root)).extracting(Finding::message).containsExactly("rule \"Demo: the action is there\" has "
                + "the literal date \"2024-01-01 x\" in a condition; read it from a dated parameter (rules/README.md, "
                + "parameter files)");
    }

    // -------------------------------------------------------------------------------------------------------------
    // versions of one rule id
    // -------------------------------------------------------------------------------------------------------------

    static String version(String name, String from, String until) {
        return "\nrule \"" + name + "\"\n    @ruleId(\"demo.cap\")\n    @source(\"demo_act\")\n    @article(\"Art. 1\")\n"
                + "    @validFrom(\"" + from + "\")\n" + (until == null ? "" : "    @validUntil(\"" + until + "\")\n")
                + "when\n    $p : Parameter() from parameters.at(\"demo.cap\")\nthen\nend\n";
    }

    @Test
    void versionsThatMeetDayToDayAreClean() throws IOException {
        Path root = family();
        replace(root, DRL, "    @validFrom(\"2020-01-01\")\nwhen",
                "    @validFrom(\"2020-01-01\")\n    @validUntil(\"2023-12-31\")\nwhen");
        Files.writeString(root.resolve(DRL), Files.readString(root.resolve(DRL)) + version("Demo: the cap from 2024",
                "2024-01-01", null));

        assertThat(lint(root)).isEmpty();
    }

    @Test
    void rulesOfOneIdWithTheSameDatesAreTheCasesOfOneCriterion() throws IOException {
        Path root = family();
        Files.writeString(root.resolve(DRL), Files.readString(root.resolve(DRL)) + version("Demo: the cap, other case",
                "2020-01-01", null));

        assertThat(lint(root)).isEmpty();
    }

    @Test
    void twoVersionsInForceOnTheSameDateAreReported() throws IOException {
        Path root = family();
        String text = DRL_TEXT + version("Demo: the cap from 2024", "2024-01-01", null);
        Files.writeString(root.resolve(DRL), text);

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(DRL);
            assertThat(f.line()).isEqualTo(lineOf(text, "rule \"Demo: the cap from 2024\""));
            assertThat(f.message()).contains("@ruleId demo.cap").contains("in force on the same dates as rule \"Demo: "
                    + "the cap\"").contains("@validUntil(\"2023-12-31\")");
        });
    }

    @Test
    void aDateWithoutAnyVersionInForceIsReported() throws IOException {
        Path root = family();
        replace(root, DRL, "    @validFrom(\"2020-01-01\")\nwhen",
                "    @validFrom(\"2020-01-01\")\n    @validUntil(\"2023-06-30\")\nwhen");
        String text = Files.readString(root.resolve(DRL)) + version("Demo: the cap from 2024", "2024-01-01", null);
        Files.writeString(root.resolve(DRL), text);

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(lineOf(text, "rule \"Demo: the cap from 2024\""));
            assertThat(f.message()).contains("leaves a gap: no version is in force from 2023-07-01 to 2023-12-31");
        });
    }

    @Test
    void versionsAreComparedInDateOrderWhateverTheirOrderInTheFile() throws IOException {
        Path root = family();
        String text = DRL_TEXT.replace("// the cap applies", version("Demo: the cap from 2024", "2024-01-01", null)
                + "\n// the cap applies").replace("    @validFrom(\"2020-01-01\")\nwhen",
                "    @validFrom(\"2020-01-01\")\n    @validUntil(\"2023-12-31\")\nwhen");
        Files.writeString(root.resolve(DRL), text);

        assertThat(lint(root)).isEmpty();
    }

    @Test
    void aVersionInsideAnotherOverlapsItAndTheOuterOneStillMeetsTheNext() throws IOException {
        Path root = family();
        replace(root, DRL, "    @validFrom(\"2020-01-01\")\nwhen",
                "    @validFrom(\"2020-01-01\")\n    @validUntil(\"2023-12-31\")\nwhen");
        String text = Files.readString(root.resolve(DRL)) + version("Demo: the interim cap", "2022-01-01", "2022-06-30")
                + version("Demo: the cap from 2024", "2024-01-01", null);
        Files.writeString(root.resolve(DRL), text);

        assertThat(lint(root)).containsExactly(new Finding(DRL, lineOf(text, "rule \"Demo: the interim cap\""),
                "rule \"Demo: the interim cap\" (@ruleId demo.cap, from 2022-01-01) is in force on the same dates as "
                        + "rule \"Demo: the cap\" (" + DRL + ":" + lineOf(text, "rule \"Demo: the cap\"") + "), from "
                        + "2020-01-01 until 2023-12-31; give the earlier version @validUntil(\"2021-12-31\")"));
    }

    // -------------------------------------------------------------------------------------------------------------
    // messages
    // -------------------------------------------------------------------------------------------------------------

    @Test
    void aMessageKeyWithoutATextIsReportedWhereTheRuleUsesIt() throws IOException {
        Path root = family();
        int line = replace(root, DRL, "statement(\"demo.msg.action_present\")", "statement(\"demo.msg.action_there\")");

        assertThat(lint(root)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(DRL);
            assertThat(f.line()).isEqualTo(line);
            assertThat(f.message()).isEqualTo("message key 'demo.msg.action_there' has no text in "
                    + "demo/messages.properties");
        });
    }

    @Test
    void aKeyMissingFromATranslationIsReportedForTheRuleAndForTheEnglishBundle() throws IOException {
        Path root = family();
        write(root, "demo/messages_fr.properties", """
                demo.msg.cap_applies=le plafond de 60000 s'applique à partir du 2020-01-01
                param.demo.cap=le plafond
                """);

        assertThat(lint(root)).extracting(Finding::toString).containsExactly(
                "demo/demo_rules.drl:" + lineOf(DRL_TEXT, "demo.msg.action_present")
                        + ": message key 'demo.msg.action_present' has no text in demo/messages_fr.properties",
                "demo/messages.properties: message key 'demo.msg.action_present' has no text in "
                        + "demo/messages_fr.properties");
    }

    @Test
    void aParameterWithoutATranslatedNameIsReportedAtItsParameterFile() throws IOException {
        Path root = family();
        write(root, "demo/messages_fr.properties", """
                demo.msg.cap_applies=le plafond de 60000 s'applique à partir du 2020-01-01
                demo.msg.action_present=présente
                """);

        assertThat(lint(root)).extracting(Finding::toString).containsExactly(
                PARAMETERS + ": message key 'param.demo.cap' has no text in demo/messages_fr.properties");
    }

    @Test
    void aKeyDefinedTwiceInOneLanguageIsReported() throws IOException {
        Path root = family();
        write(root, "other/messages.properties", "demo.msg.action_present=present again\n");

        assertThat(lint(root)).extracting(Finding::message).anySatisfy(m -> assertThat(m)
                .isEqualTo("message key demo.msg.action_present is also defined in demo/messages.properties"));
    }
}
