package org.fundingrules.model;

/** Shared shape of identifiers in the case file. */
final class Ids {
    /** Letters, digits, dot, dash, underscore: safe inside JSON paths and file names. */
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String MESSAGE = "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Ids() {
    }
}
