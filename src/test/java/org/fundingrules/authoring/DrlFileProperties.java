package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On any text, well formed or not, the parser's recovery leaves {@link DrlFile} with spans inside the text and
 * in order, and every mutation {@link Mutations#operators} makes applies to the text it was made from.
 */
class DrlFileProperties {
    /** Pieces of DRL, whole and broken: a random sequence of them is a file a rule author may be halfway through. */
    private static final List<String> PIECES = List.of("package org.x;\n", "import org.x.A;\n", "rule \"r\"", "rule 'q'",
            " rule ", "@ruleId(\"a.b\")", "@article(\"Art. 1(2)\n Art. 3\")", " when\n", " then\n", " end\n",
            "A( x > 1, y <= $z )", "$b : B() from accumulate( C( $v : v ), sum( $v ) )", "not D( s == \"a < b\" )",
            "eval( 1 != 2 )", "insert(new E());", "// rule \"c\" when\n", "/* then */", "/*", "*/", "\"", "(", ")",
            "\n", " ", "function void f(int i) { }\n", "query \"q\" A() end\n");

    @Test
    void spansStayInsideTheTextAndMutationsApply() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40))
                .checkAssert(indices -> {
                    StringBuilder b = new StringBuilder();
                    indices.forEach(i -> b.append(PIECES.get(i)));
                    String text = b.toString();
                    DrlFile drl = new DrlFile("f/x.drl", text);
                    for (DrlFile.RuleText r : drl.rules()) {
                        assertThat(List.of(0, r.start(), r.whenStart(), r.whenEnd(), r.end(), text.length()))
                                .as("%s in %s", r.name(), text).isSorted();
                    }
                    for (DrlFile.Declaration f : drl.functions()) {
                        assertThat(List.of(0, f.start(), f.end(), text.length())).isSorted();
                    }
                    for (Mutation m : Mutations.operators("f/x.drl", text)) {
                        assertThat(m.apply(text)).hasSize(text.length() + m.replacement().length()
                                - m.original().length());
                    }
                });
    }
}
