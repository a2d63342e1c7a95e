package org.fundingrules.model;

/** Control rights that make two enterprises linked besides a majority of votes (Annex Art. 3(3)(b)-(d)). */
public enum ControlRight {
    /** Art. 3(3)(b): the right to appoint or remove a majority of the administrative, management or supervisory body. */
    APPOINT_OR_REMOVE_BOARD_MAJORITY,
    /** Art. 3(3)(c): the right to exercise a dominant influence under a contract or the articles. */
    DOMINANT_INFLUENCE,
    /** Art. 3(3)(d): control, under an agreement with other shareholders, of a majority of the voting rights. */
    MAJORITY_VOTES_BY_AGREEMENT
}
