package org.fundingrules.report;

/**
 * Text that cannot lie: invisible characters a name or id may carry (bidirectional controls such as U+202E, which
 * reverse what follows; zero-width and other format characters; control characters) are shown as escapes
 * ({@code \u202E}), so that a reader sees what the input holds. For the text and HTML reports; the JSON verdict
 * document keeps every character as given.
 */
public final class VisibleText {
    private VisibleText() {
    }

    /**
     * {@code text} with every format, control (but the line feed), line- and paragraph-separator character escaped,
     * and every backslash doubled: a name that spells an escape (a backslash, then u202E) must not pass for a hidden
     * character.
     */
    public static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (hidden(cp) || cp == '\\') {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                b.append(cp == '\\' ? "\\\\"
                        : cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\u{%X}", cp));
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? text : b.toString();
    }

    private static boolean hidden(int cp) {
        if (cp == '\n') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;   // a lone surrogate
    }
}
