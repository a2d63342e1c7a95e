package org.fundingrules.facts;

/** Which accounting period of an assessment: the latest one, or the one before it (Annex Art. 4(2)). */
public enum Slot {
    LATEST, PREVIOUS
}
