package org.fundingrules.model;

/** Size categories of Recommendation 2003/361/EC, Annex Art. 2, smallest first. */
public enum SmeCategory {
    MICRO, SMALL, MEDIUM, LARGE;

    /** Whether the category is an SME (micro, small or medium-sized). */
    public boolean isSme() {
        return this != LARGE;
    }
}
