package org.fundingrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the catalogue says a rule derives, read from its consequence; and the paragraphs a DRL file opens with. */
class RuleCatalogueDerivesTest {
    private static final Map<String, String> ENGLISH = Map.of("x.cap.statement",
            "The support to {0} stays within {1}");

    @Test
    void aCriterionIsNamedByItsEnglishStatementWithItsValuesLeftOut() {
        String consequence = """
                then
                    // a comment naming insert(Ignored.of()) is not code
                    Judge.on(kcontext, $tp)
                        .statement("x.cap.statement")
                        .atMost($total, $cap);
                """;
        assertThat(RuleCatalogue.derives(consequence, "", false, ENGLISH))
                .isEqualTo("criterion: The support to … stays within …");
        assertThat(RuleCatalogue.derives(consequence, "", true, ENGLISH))
                .isEqualTo("decisive criterion: The support to … stays within …");
        assertThat(RuleCatalogue.derives(consequence.replace("x.cap", "y.unknown"), "", false, ENGLISH))
                .isEqualTo("criterion: `y.unknown.statement`");
    }

    @Test
    void aStatementTakenFromAFactNamesTheFactsType() {
        String when = "\n    $k : CountryCheck( ok == true )\n";
        assertThat(RuleCatalogue.derives("then\n Judge.on(kcontext, $k.subject()).statement($k.statement());\n",
                when, false, ENGLISH)).isEqualTo("criterion, its statement given by `CountryCheck`");
    }

    @Test
    void insertedFactsAreListedOnceEachInOrder() {
        assertThat(RuleCatalogue.derives("then\n insertLogical(new Linked($d, $a, $b));\n"
                + " insert(ApplicableCap.of(\"k\", $p)); insertLogical(new Linked($d, $b, $a));\n", "", false, ENGLISH))
                .isEqualTo("fact `Linked`, `ApplicableCap`");
        assertThat(RuleCatalogue.derives(null, "", false, ENGLISH)).isEmpty();
    }

    @Test
    void theOpeningCommentIsSplitIntoParagraphsAtItsBlankCommentLines() {
        String drl = """
                // Regulation X, Article 1:
                // the title.
                //
                // This file decides one thing.

                package org.fundingrules.rules.x;
                // not part of the opening
                """;
        assertThat(RuleCatalogue.opening(drl)).containsExactly("Regulation X, Article 1: the title.",
                "This file decides one thing.");
        assertThat(RuleCatalogue.anchor("state_aid")).isEqualTo("state_aid");
        assertThat(RuleCatalogue.anchor("Legal sources")).isEqualTo("legal-sources");
    }
}
