package org.fundingrules.model;

/** The legal instrument under which a call's support is granted when it is State aid (decisions Q1, Q19, Q20). */
public enum AidInstrument {
    /** De minimis aid: Reg. 1407/2013 for grants up to 2023-12-31, Reg. 2023/2831 from 2024-01-01. */
    DE_MINIMIS,
    /** Innovation aid for SMEs under Article 28 of the General Block Exemption Regulation 651/2014. */
    GBER_ART_28
}
