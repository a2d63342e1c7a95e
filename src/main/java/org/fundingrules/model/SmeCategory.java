package org.fundingrules.model;

/** Size categories of Recommendation 2003/361/EC, Annex Art. 2, smallest first. */
public enum SmeCategory {
    MICRO, SMALL, MEDIUM, LARGE;

    /** Computed once: the SME rules read it in a join for every period and category. */
    private final String key = name().toLowerCase(java.util.Locale.ROOT);

    /** Whether the category is an SME (micro, small or medium-sized). */
    public boolean isSme() {
        return this != LARGE;
    }

    /**
     * The category in the keys of its parameters ({@code sme.staff.micro}): lower case in the root locale, so that a
     * JVM started in another locale (Turkish lower-cases MICRO to "mıcro") reads the same parameters.
     */
    public String key() {
        return key;
    }
}
