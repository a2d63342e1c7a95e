package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundingrules.authoring.DrlFile.Literal;
import org.fundingrules.authoring.DrlFile.RuleText;
import org.junit.jupiter.api.Test;

/**
 * {@link DrlFile} reads a DRL file with the DRL parser (package, imports, functions, rules) and as text (masking,
 * literals, lines), at the edges of the text.
 */
class DrlFileTest {

    private static String mask(String text, List<Literal> literals) {
        String code = DrlFile.mask(text, literals);
        assertThat(code).as("masking keeps every offset").hasSameSizeAs(text);
        return code;
    }

    @Test
    void lineCommentsAreBlankedUpToTheLineBreakOrTheEndOfTheText() {
        List<Literal> literals = new ArrayList<>();
        assertThat(mask("a // b\nc // d", literals)).isEqualTo("a     \nc     ");
        assertThat(mask("x / y /", literals)).isEqualTo("x / y /");
        assertThat(literals).isEmpty();
    }

    @Test
    void blockCommentsAreBlankedKeepingTheirLineBreaks() {
        List<Literal> literals = new ArrayList<>();
        assertThat(mask("a /* x\n y */ b", literals)).isEqualTo("a     \n      b");
        assertThat(mask("/* */b", literals)).isEqualTo("     b");
        // the "*/" that closes is searched after the opening "/*": "/*/" opens and does not close
        assertThat(mask("/*/ x */y", literals)).isEqualTo("        y");
        assertThat(mask("a /* never closed\nb", literals)).isEqualTo("a                \n ");
        assertThat(literals).isEmpty();
    }

    @Test
    void stringsAreBlankedBetweenTheirQuotesAndCollectedWithEscapesAsWritten() {
        List<Literal> literals = new ArrayList<>();
        String text = "s == \"a\\\"b\" x";

        assertThat(mask(text, literals)).isEqualTo("s == \"    \" x");
        assertThat(literals).containsExactly(new Literal("a\\\"b", 5, 11, 0));
    }

    @Test
    void anUnclosedStringEndsAtTheLineBreakOrTheEndOfTheText() {
        List<Literal> literals = new ArrayList<>();
        assertThat(mask("x \"abc", literals)).isEqualTo("x \"   ");
        assertThat(mask("\"ab\\", literals)).isEqualTo("\"   ");
        assertThat(mask("\"ab\nc", literals)).isEqualTo("\"  \nc");
        assertThat(literals).containsExactly(new Literal("abc", 2, 6, 0), new Literal("ab\\", 0, 4, 0),
                new Literal("ab", 0, 3, 0));
    }

    @Test
    void characterLiteralsAreBlankedButAreNoStringLiterals() {
        List<Literal> literals = new ArrayList<>();
        assertThat(mask("c == 'a\"b' // \"no\"", literals)).isEqualTo("c == '   '        ");
        assertThat(literals).isEmpty();
    }

    @Test
    void linesAreCountedFromOneAndStartRightAfterEachLineBreak() {
        DrlFile f = new DrlFile("f/x.drl", "ab\ncd\n\nef");

        assertThat(List.of(0, 2, 3, 5, 6, 7, 9)).extracting(f::lineAt).containsExactly(1, 1, 2, 2, 3, 4, 4);
    }

    @Test
    void literalsKnowTheirLineAndARulesNameAndMetadataAreNoCodeLiterals() {
        String text = "rule \"r\"\n    @ruleId(\"x.y\")\nwhen\n    A( s == \"t\" )\nthen\nend\n";
        DrlFile f = new DrlFile("f/x.drl", text);

        assertThat(f.literals()).containsExactly(new Literal("r", 5, 8, 1), new Literal("x.y", 21, 26, 2),
                new Literal("t", 45, 48, 4));
        assertThat(f.codeLiterals()).extracting(Literal::value).containsExactly("t");
    }

    @Test
    void thePackageIsTheFirstDeclarationOutsideComments() {
        DrlFile f = new DrlFile("f/x.drl", "// package org.wrong;\n/* package org.wrong2; */\n  package org.right.one;\n");

        assertThat(f.packageDeclaration()).isEqualTo(Map.entry("org.right.one", 3));
        assertThat(new DrlFile("f/y.drl", "rule \"r\" when then end").packageDeclaration()).isNull();
    }

    @Test
    void rulesWithTheirNamesLinesMetadataConditionsAndConsequences() {
        String text = """
                package org.x;
                import org.x.A;
                import accumulate org.x.Sum sumOf;
                rule plain @ruleId("a.b") @validFrom('2020-01-01') @empty("") @bare( x ) @flag when
                    A( x > 1 )
                then end
                rule 'single quoted'
                    @source("s") @source("second is ignored")
                when A() then B(); end
                // rule "commented out" when then end
                rule "when, then: end"
                    @article("Art. 1(2),
                              Art. 3")
                when
                    $a : A( y < 2 ) from accumulate( B( $v : v ), sum( $v ) )
                    // then
                then
                    C();
                end
                query "no rule" A() end
                """;
        DrlFile f = new DrlFile("f/x.drl", text);
        List<RuleText> rules = f.rules();

        assertThat(f.errors()).isEmpty();
        assertThat(f.imports()).extracting(DrlFile.Declaration::name, DrlFile.Declaration::line)
                .containsExactly(tuple("org.x.A", 2), tuple("org.x.Sum", 3));
        assertThat(rules).extracting(RuleText::name).containsExactly("plain", "single quoted", "when, then: end");
        assertThat(rules).extracting(RuleText::line).containsExactly(4, 7, 11);
        Map<String, Object> plain = new java.util.LinkedHashMap<>();
        plain.put("ruleId", "a.b");
        plain.put("validFrom", "2020-01-01");
        plain.put("empty", "");
        plain.put("bare", "x");
        plain.put("flag", null);
        assertThat(rules.get(0).metadata()).isEqualTo(plain);
        // the first of two values is kept (the compiler refuses the second)
        assertThat(rules.get(1).metadata()).isEqualTo(Map.of("source", "s"));
        // a value over two lines is one value, as the compiler reads it
        assertThat(rules.get(2).metadata()).isEqualTo(Map.of("article", "Art. 1(2),\n              Art. 3"));
        assertThat(rules).extracting(r -> text.substring(r.whenStart(), r.whenEnd())).containsExactly(
                "A( x > 1 )", "A()", "$a : A( y < 2 ) from accumulate( B( $v : v ), sum( $v ) )");
        assertThat(rules).extracting(r -> r.consequence().strip()).containsExactly("", "B();", "C();");
        assertThat(rules).extracting(r -> text.substring(r.start(), r.end()))
                .allMatch(r -> r.startsWith("rule ") && r.endsWith("end"));
        assertThat(rules.get(2).patterns()).extracting(p -> p.getObjectType()).containsExactly("A", "B");
    }

    @Test
    void aFileThatDoesNotParseHasItsErrorsAndTheRulesTheParserCouldRead() {
        DrlFile f = new DrlFile("f/x.drl", "rule \"r\"\nwhen\n    A()\nthen\nend\nrule \"open when");

        assertThat(f.errors()).isNotEmpty().allMatch(e -> e.line() == 6 && !e.message().isBlank());
        assertThat(f.rules()).extracting(RuleText::name).containsExactly("r");
    }

    @Test
    void aFunctionWithItsNameLineAndSpan() {
        String text = "package org.x;\n\nfunction int twice(int x) {\n    return 2 * x;\n}\n";
        DrlFile f = new DrlFile("f/x.drl", text);

        assertThat(f.functions()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("twice");
            assertThat(d.line()).isEqualTo(3);
            assertThat(text.substring(d.start(), d.end())).startsWith("function int twice").endsWith("}");
        });
    }
}
