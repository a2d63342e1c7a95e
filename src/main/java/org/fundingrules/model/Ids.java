package org.fundingrules.model;

/** Shared shape of identifiers in the case file. */
final class Ids {
    /** Letters, digits, dot, dash, underscore: safe inside JSON paths and file names. */
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String MESSAGE = "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    static final String COUNTRY = "[A-Z]{2}";
    static final String COUNTRY_MESSAGE = "must be a two-letter country code";
    static final String PIC = "[0-9]{9}";
    static final String PIC_MESSAGE = "must be nine digits";
    static final String VAT = "[A-Z]{2}[A-Za-z0-9+*]{2,13}";
    static final String VAT_MESSAGE = "must be a VAT number with its country prefix";

    private Ids() {
    }
}
