package org.fundingrules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fundingrules.engine.Bundles;
import org.fundingrules.engine.RuleFiles;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.trace.Verdict;

/**
 * The texts of a rule set in every language it ships: renders the message keys and arguments a verdict carries
 * ({@link Criterion#statementMessage()}, {@link Criterion#reasonMessage()}, {@link Verdict#summaryMessage()}) in
 * a language, for a text or HTML report or a portal.
 *
 * <pre>{@code
 * Messages messages = rules.messages();                      // the bundles of the rules that judged
 * String fr = messages.render(criterion.statementMessage(), Locale.FRENCH);
 * }</pre>
 *
 * <p>The bundles are the rule families' {@code messages.properties} (English, the language of the verdict
 * document's own texts) and {@code messages_<lang>.properties} beside their DRL files, with the library's own. A
 * language or a key a bundle does not ship falls back to English; a key missing in English too renders as the key
 * and its arguments, visibly. Rendering substitutes {@code {0}}, {@code {1}}, ... with the arguments (already
 * formatted, nested messages rendered in the same language) and nothing else, so it does not depend on the JVM's
 * locale.
 *
 * <p>Stability: public API. Immutable, thread-safe, deterministic.
 */
public final class Messages {
    private final Bundles bundles;

    Messages(Bundles bundles) {
        this.bundles = bundles;
    }

    /**
     * The messages of the rules packaged in the library jar, read without compiling the rules.
     *
     * @throws RulesLoadException if a packaged bundle is broken (a broken build)
     */
    public static Messages packaged() {
        return new Messages(Bundles.of(RuleFiles.packaged()));
    }

    /**
     * The messages of a rules folder laid out like the project's {@code rules/} folder, read without compiling it.
     *
     * @throws RulesLoadException naming a malformed bundle or a key defined twice in one language
     */
    public static Messages fromFolder(java.nio.file.Path rulesFolder) {
        return new Messages(Bundles.of(RuleFiles.folder(Objects.requireNonNull(rulesFolder, "rulesFolder"))));
    }

    /** The languages shipped (ISO 639 codes), English first: {@code [en, fr]} for the packaged rules. */
    public List<String> languages() {
        return bundles.languages();
    }

    /**
     * A message in the language of {@code locale} (only its language counts); English when the language is not
     * shipped. Returns the empty string for a {@code null} message (a criterion without a reason).
     */
    public String render(Message message, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return message == null ? "" : bundles.render(message, locale.getLanguage());
    }

    /** The statement of a criterion in a language. */
    public String statement(Criterion criterion, Locale locale) {
        return criterion.statementMessage() == null ? criterion.statement()
                : render(criterion.statementMessage(), locale);
    }

    /** The reason of a criterion in a language (empty when it has none). */
    public String reason(Criterion criterion, Locale locale) {
        return criterion.reasonMessage() == null ? criterion.reason() : render(criterion.reasonMessage(), locale);
    }

    /** The name of a figure in a language (its English name when the figure carries no message). */
    public String figureName(org.fundingrules.trace.Figure figure, Locale locale) {
        return figure.nameMessage() == null ? figure.name() : render(figure.nameMessage(), locale);
    }

    /** The summary of a verdict in a language. */
    public String summary(Verdict verdict, Locale locale) {
        return render(verdict.summaryMessage(), locale);
    }
}
