package org.fundingrules.authoring;

/**
 * One small change to one file of a rule set: a parameter value moved by one unit, or a comparison flipped at its
 * boundary.
 *
 * @param file the file, relative to the rules folder
 * @param line 1-based line of the change
 * @param column 1-based column of the change
 * @param offset where the replaced text starts in the file
 * @param original the text replaced
 * @param replacement the text put in its place
 * @param kind {@code parameter} (a value), {@code date} (a value's validity) or {@code operator}
 * @param where the parameter key (with {@code validFrom} or {@code validUntil} for a date) or the rule name
 */
public record Mutation(String file, int line, int column, int offset, String original, String replacement, String kind,
                       String where) {

    /** The family of the changed file (its top folder). */
    public String family() {
        return org.fundingrules.engine.Engine.familyOf(file);
    }

    /** The file's text with this change applied. */
    public String apply(String text) {
        if (!text.startsWith(original, offset)) {
            throw new IllegalStateException(this + " does not match the file");
        }
        return text.substring(0, offset) + replacement + text.substring(offset + original.length());
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + "  " + ("operator".equals(kind) ? "" : where + " ")
                + original + " -> " + replacement + ("operator".equals(kind) ? "  in rule \"" + where + "\"" : "");
    }
}
