package org.fundingrules.model;

/** The liability form of an undertaking, for the difficulty test of GBER Article 2(18)(a) and (b). */
public enum LiabilityForm {
    /** Art. 2(18)(a): a limited liability company (share capital). */
    LIMITED,
    /** Art. 2(18)(b): a company where at least some members have unlimited liability for its debts. */
    UNLIMITED_MEMBERS,
    /** Neither (a sole trader, an association): criteria (a) and (b) do not apply. */
    OTHER
}
