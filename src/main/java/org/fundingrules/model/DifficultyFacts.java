package org.fundingrules.model;

/**
 * The facts the undertaking-in-difficulty test needs that are not figures of the accounts (GBER 651/2014 Art. 2(18)). Each is as of the grant date; a fact not given is asked for, never presumed.
 *
 * @param liability limited liability, unlimited liability of some members, or other (Art. 2(18)(a), (b))
 * @param collectiveInsolvency subject to collective insolvency proceedings, or fulfilling the criteria under its
 *     domestic law for being placed in them at the request of its creditors (Art. 2(18)(c))
 * @param rescueAidOutstanding has received rescue aid and not yet reimbursed the loan or terminated the guarantee
 *     (Art. 2(18)(d))
 * @param underRestructuringPlan has received restructuring aid and is still subject to a restructuring plan
 *     (Art. 2(18)(d))
 */
public record DifficultyFacts(
        LiabilityForm liability,
        Boolean collectiveInsolvency,
        Boolean rescueAidOutstanding,
        Boolean underRestructuringPlan) {
}
