package org.fundingrules.model;

/**
 * How natural persons acting jointly steer an enterprise without holding a majority of its votes (Annex Art. 3(3)
 * fourth subparagraph; CJEU C-110/13 HaTeFo: persons who coordinate to influence the commercial decisions of the
 * enterprises concerned). A finding of fact the case asserts (decision SME-9).
 */
public enum JointInfluence {
    /** They run it together: members of its management, or its managers at their direction. */
    MANAGEMENT,
    /** Family ties among them and with those who hold or run it. */
    FAMILY,
    /** An agreement among them, written or not, on how it is run. */
    AGREEMENT
}
