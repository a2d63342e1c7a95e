package org.fundingrules.facts;

/**
 * Inserted by the engine once every rule family has reached its own conclusions: rules that read another family's
 * conclusions (a computed SME status read by the budget share or the Annex K rules) match {@code Stage()} and so run
 * on final conclusions only.
 *
 * @param name the stage: {@code conclusions}
 */
public record Stage(String name) {
    /** The stage after every family's own derivations. */
    public static final String CONCLUSIONS = "conclusions";
}
