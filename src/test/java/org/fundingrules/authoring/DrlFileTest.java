package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundingrules.authoring.DrlFile.Literal;
import org.fundingrules.authoring.DrlFile.RuleText;
import org.junit.jupiter.api.Test;

/** {@link DrlFile} reads a DRL file as text: masking, literals, lines, package and rules, at the edges of the text. */
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
    void literalsKnowTheirLineAndMetadataIsNoCodeLiteral() {
        String text = "rule \"r\"\n    @ruleId(\"x.y\")\nwhen\n    A( s == \"t\" )\nthen\nend\n";
        DrlFile f = new DrlFile("f/x.drl", text);

        assertThat(f.literals()).containsExactly(new Literal("r", 5, 8, 1), new Literal("x.y", 21, 26, 2),
                new Literal("t", 45, 48, 4));
        assertThat(f.codeLiterals()).extracting(Literal::value).containsExactly("r", "t");
    }

    @Test
    void thePackageIsTheFirstDeclarationOutsideComments() {
        DrlFile f = new DrlFile("f/x.drl", "// package org.wrong;\n/* package org.wrong2; */\n  package org.right.one;\n");

        assertThat(f.packageDeclaration()).isEqualTo(Map.entry("org.right.one", 3));
        assertThat(new DrlFile("f/y.drl", "rule \"r\" when then end").packageDeclaration()).isNull();
    }

    @Test
    void rulesWithTheirNamesLinesMetadataAndConditions() {
        String text = """
                package org.x;
                rule plain @ruleId("a.b") @validFrom('2020-01-01') @empty("") @bare( x ) when
                    A( x > 1 )
                end
                rule 'single quoted'
                    @source("s") @source("second is ignored")
                when A() then B(); end
                rule "no when"
                    @note(n)
                end
                rule tail""";
        DrlFile f = new DrlFile("f/x.drl", text);
        List<RuleText> rules = f.rules();

        assertThat(rules).extracting(RuleText::name)
                .containsExactly("plain", "single quoted", "no when", "tail");
        assertThat(rules).extracting(RuleText::line).containsExactly(2, 5, 8, 11);
        assertThat(rules).extracting(RuleText::metadata).containsExactly(
                Map.of("ruleId", "a.b", "validFrom", "2020-01-01", "empty", "", "bare", "x"),
                Map.of("source", "s"),
                Map.of("note", "n"),
                Map.of());
        assertThat(rules).extracting(r -> f.code().substring(r.whenStart(), r.whenEnd()))
                .containsExactly("\n    A( x > 1 )\n", " A() ", "", "");
        int noWhen = text.indexOf("rule \"no when\"");
        assertThat(rules.get(2).whenStart()).isEqualTo(text.indexOf("tail", noWhen));
        assertThat(rules.get(3).whenStart()).isEqualTo(text.length());
    }

    @Test
    void aQuotedNameThatIsNeverClosedRunsToTheEndOfTheText() {
        assertThat(new DrlFile("f/x.drl", "rule \"open when").rules()).extracting(RuleText::name)
                .containsExactly("open when");
    }
}
