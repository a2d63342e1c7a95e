package org.fundingrules.model;

/** How an earlier aid came to the enterprise from another undertaking (de minimis Art. 3(8) and 3(9)). */
public enum TransferKind {
    /** Art. 3(8): the undertaking that received it merged with this one. */
    MERGER,
    /** Art. 3(8): this undertaking acquired the one that received it. */
    ACQUISITION,
    /** Art. 3(9): the undertaking that received it split, and this one is one of the new undertakings. */
    SPLIT
}
