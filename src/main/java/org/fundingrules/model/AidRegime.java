package org.fundingrules.model;

/** The legal basis an earlier aid was granted under. */
public enum AidRegime {
    /** De minimis aid (Reg. 1998/2006, 1407/2013, 2023/2831). */
    DE_MINIMIS,
    /** De minimis aid for services of general economic interest (Reg. 360/2012, 2023/2832); own ceiling. */
    DE_MINIMIS_SGEI,
    /** Aid under the General Block Exemption Regulation 651/2014. */
    GBER,
    /** Any other aid (notified schemes, temporary frameworks). */
    OTHER
}
