package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fundingrules.json.FundingJson;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Verdict;

/**
 * {@link Messages}: the texts a verdict carries, rendered in English (the verdict document's own texts, to the byte)
 * and in French, whatever the JVM's default locale.
 */
class MessagesTest {
    private static RuleSet rules;
    private static Evaluation amulet;

    @BeforeAll
    static void evaluate() throws IOException {
        rules = FundingRules.packaged();
        amulet = rules.evaluateJson(Files.readString(Path.of("examples/amulet/case.json")));
    }

    @Test
    void theEnglishRenderingIsTheVerdictDocumentsOwnText() {
        Messages m = rules.messages();
        for (Verdict v : amulet.verdicts()) {
            assertThat(m.summary(v, Locale.ENGLISH)).isEqualTo(v.summary());
            for (Criterion c : v.criteria()) {
                assertThat(m.render(c.statementMessage(), Locale.ENGLISH)).isEqualTo(c.statement());
                assertThat(m.render(c.reasonMessage(), Locale.ENGLISH)).isEqualTo(c.reason());
            }
        }
    }

    /**
     * Issue 17: figure names are messages too. Every figure of the three examples names itself by a message whose
     * English rendering is the figure's name, and whose French rendering is French: no English figure name is left
     * in a French report.
     */
    @Test
    void everyFigureNameHasItsFrench() throws IOException {
        Messages m = rules.messages();
        int figures = 0;
        for (String example : List.of("amulet", "sme-group", "state-aid")) {
            Evaluation e = example.equals("amulet") ? amulet
                    : rules.evaluateJson(Files.readString(Path.of("examples/" + example + "/case.json")));
            for (Verdict v : e.verdicts()) {
                for (Criterion c : v.criteria()) {
                    for (org.fundingrules.trace.Figure f : c.figures()) {
                        figures++;
                        assertThat(f.nameMessage()).as("%s: figure %s", c.ruleId(), f.name()).isNotNull();
                        assertThat(m.figureName(f, Locale.ENGLISH)).isEqualTo(f.name());
                        assertThat(m.figureName(f, Locale.FRENCH)).as("%s: figure %s in French", c.ruleId(), f.name())
                                .isNotEqualTo(f.name()).doesNotContain(f.nameMessage().key());
                    }
                }
            }
            String french = org.fundingrules.report.HtmlReport.render(e, null, m, Locale.FRENCH);
            for (Verdict v : e.verdicts()) {
                for (Criterion c : v.criteria()) {
                    for (org.fundingrules.trace.Figure f : c.figures()) {
                        assertThat(french).doesNotContain("<td>" + f.name().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                .replace("'", "&#39;") + "</td>");
                    }
                }
            }
        }
        assertThat(figures).isGreaterThan(300);   // 397 when written
    }

    @Test
    void theCapFailureReadsInLegalFrench() {
        Verdict v = amulet.verdict(SubjectType.THIRD_PARTY, "tp-it-lightcomp").orElseThrow();
        Criterion cap = v.criteria().stream().filter(c -> c.ruleId().equals("fstp.cap_per_third_party"))
                .findFirst().orElseThrow();
        Messages m = Messages.packaged();

        assertThat(m.statement(cap, Locale.FRENCH)).isEqualTo("Le soutien financier à ce tiers, cumulé sur tous les "
                + "appels ouverts de l'action, ne dépasse pas le montant maximal par tiers");
        assertThat(m.reason(cap, Locale.FRENCH)).isEqualTo("dépassement de EUR 4 500.00 du plafond « montant maximal "
                + "par tiers (par défaut) » : EUR 64 500.00 > EUR 60 000.00");
        assertThat(m.summary(v, Locale.FRENCH)).startsWith("1 critère(s) sur 2 non rempli(s) : fstp.cap_per_third_party "
                + "(dépassement de EUR 4 500.00");
    }

    @Test
    void nestedMessagesAndListsRenderInTheSameLanguage() {
        Messages m = Messages.packaged();
        Message reason = Message.of("sme.status.not_sme", Message.of("sme.basis.public_bodies", "30"));
        Message summary = Message.of("verdict.failed", 2, 3, Message.list(List.of(
                Message.of("verdict.criterion", "a.b", reason), Message.of("verdict.criterion", "c.d", "x"))));

        assertThat(m.render(summary, Locale.ENGLISH)).isEqualTo("2 of 3 criteria failed: a.b (not an SME: public "
                + "bodies control 30 % (Art. 3(4))); c.d (x)");
        assertThat(m.render(summary, Locale.FRENCH)).isEqualTo("2 critère(s) sur 3 non rempli(s) : a.b (pas une PME : "
                + "des organismes publics contrôlent 30 % (art. 3, par. 4)) ; c.d (x)");
    }

    @Test
    void aLanguageOrKeyNotShippedFallsBackVisibly() {
        Messages m = Messages.packaged();
        assertThat(m.languages()).containsExactly("en", "fr");
        assertThat(m.render(Message.of("verdict.all_pass", 3), Locale.GERMAN)).isEqualTo("all 3 criteria pass");
        assertThat(m.render(Message.of("no.such.key", "a", 1), Locale.FRENCH)).isEqualTo("no.such.key(a, 1)");
        assertThat(m.render(null, Locale.FRENCH)).isEmpty();
    }

    @Test
    void renderingDoesNotDependOnTheDefaultLocale() {
        Messages m = Messages.packaged();
        Verdict v = amulet.verdict(SubjectType.THIRD_PARTY, "tp-it-lightcomp").orElseThrow();
        String before = m.summary(v, Locale.FRENCH);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(m.summary(v, Locale.FRENCH)).isEqualTo(before);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void messagesRoundTripThroughJson() throws IOException {
        Evaluation back = FundingJson.mapper().readValue(FundingJson.write(amulet), Evaluation.class);
        assertThat(back.verdicts()).extracting(Verdict::summaryMessage)
                .isEqualTo(amulet.verdicts().stream().map(Verdict::summaryMessage).toList());
    }
}
