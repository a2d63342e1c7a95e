package org.fundingrules.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place the report's own words come from: message keys resolved in {@code report.properties}, with
 * {@code {0}}, {@code {1}} ... replaced by the arguments as given (no number or date formatting, so the output does not
 * depend on the host's locale). A language bundle can later be chosen here without touching the renderer.
 */
final class ReportText {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.fundingrules.report.report",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ReportText() {
    }

    /** The message for {@code key} with its arguments; a key missing from the bundle is a programming error. */
    static String text(String key, Object... args) {
        String message;
        try {
            message = ENGLISH.getString(key);
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
    static boolean has(String key) {
        return ENGLISH.containsKey(key);
    }
}
