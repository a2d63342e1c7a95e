package org.fundingrules.report;

/**
 * A small HTML (and inline SVG) writer: every text and attribute value goes through {@link #escape}, so case data
 * such as an enterprise named {@code <script>} shows as text and never becomes markup. Not thread-safe; one per
 * rendering.
 */
final class Html {
    private final StringBuilder b = new StringBuilder(1 << 16);

    /** Text made safe for element content and quoted attribute values. */
    static String escape(String s) {
        StringBuilder e = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> e.append("&amp;");
                case '<' -> e.append("&lt;");
                case '>' -> e.append("&gt;");
                case '"' -> e.append("&quot;");
                case '\'' -> e.append("&#39;");
                default -> e.append(c);
            }
        }
        return e.toString();
    }

    /** Markup written by this package only, never data. */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    Html text(String s) {
        b.append(escape(s));
        return this;
    }

    /** An opening tag; {@code attributes} are name, value pairs, the values escaped; a null value is left out. */
    Html open(String tag, String... attributes) {
        b.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                b.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        b.append('>');
        return this;
    }

    Html close(String tag) {
        b.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding text only. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** One table row of text cells ({@code td}, or {@code th} for a heading row). */
    Html row(String cell, Iterable<String> cells) {
        open("tr");
        for (String c : cells) {
            element(cell, c);
        }
        return close("tr");
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
