package org.fundingrules.model;

/**
 * The central register of de minimis aid the granting body checked before granting (Reg. 1407/2013 Art. 6(2);
 * Reg. 2023/2831 Art. 6), or none (decision SA-8).
 */
public enum CentralRegister {
    /** A central register of the granting Member State. */
    NATIONAL,
    /** A central register at Union level. */
    UNION,
    /** No central register was checked: the granting body relied on the undertakings' declarations alone. */
    NONE
}
