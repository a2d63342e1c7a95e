package org.fundingrules.model;

/**
 * The de minimis regulation a call's aid scheme is based on. It decides which regulation governs an award only in the
 * six months after a regulation expires, while schemes based on it remain covered (Reg. 1407/2013 Art. 7(4)); on any
 * other date the regulation in force on the grant date governs (decision SA-7).
 */
public enum DeMinimisRegulation {
    /** Commission Regulation (EU) No 1407/2013 (OJ L 352, 24.12.2013, p. 1). */
    REG_1407_2013("reg_1407_2013"),
    /** Commission Regulation (EU) 2023/2831 (OJ L, 2023/2831, 15.12.2023). */
    REG_2023_2831("reg_2023_2831");

    private final String sourceId;

    DeMinimisRegulation(String sourceId) {
        this.sourceId = sourceId;
    }

    /** The id of the regulation in the rules' source register ({@code rules/sources.yaml}). */
    public String sourceId() {
        return sourceId;
    }
}
