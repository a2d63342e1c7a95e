package org.fundingrules.report;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place the report's own words come from: message keys resolved in {@code report.properties} (English) or
 * {@code report_<lang>.properties}, with {@code {0}}, {@code {1}} ... replaced by the arguments as given (no number or
 * date formatting, so the output does not depend on the host's locale). A key missing in a language falls back to
 * English (the test {@code ReportLabelsTest} sees that none is). Immutable.
 */
final class ReportText {
    /** The languages the report's labels are written in, English first. */
    static final List<String> LANGUAGES = List.of("en", "fr");
    private static final ReportText ENGLISH = new ReportText(Locale.ROOT);

    private final ResourceBundle bundle;

    private ReportText(Locale locale) {
        // no fallback to the JVM's default locale: a language not shipped gets English, whatever the host
        this.bundle = ResourceBundle.getBundle("org.fundingrules.report.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The labels in the language of {@code locale} (only its language counts); English when it is not shipped. */
    static ReportText of(Locale locale) {
        String lang = locale.getLanguage();
        return lang.isEmpty() || lang.equals("en") || !LANGUAGES.contains(lang) ? ENGLISH
                : new ReportText(Locale.forLanguageTag(lang));
    }

    /** The message for {@code key} with its arguments; a key missing from the bundle is a programming error. */
    String text(String key, Object... args) {
        String message;
        try {
            message = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no report message for key '" + key + "'", e);
        }
        StringBuilder b = new StringBuilder(message.length() + 32);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            int close = c == '{' ? message.indexOf('}', i) : -1;
            if (close > i + 1 && message.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(message.substring(i + 1, close));
                b.append(n < args.length ? String.valueOf(args[n]) : message.substring(i, close + 1));
                i = close;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether the bundle has {@code key}: for words chosen by data, such as an outcome. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }
}
