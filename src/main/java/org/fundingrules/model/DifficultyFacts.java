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

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .liability(liability)
                .collectiveInsolvency(collectiveInsolvency)
                .rescueAidOutstanding(rescueAidOutstanding)
                .underRestructuringPlan(underRestructuringPlan);
    }

    /** Builds {@link DifficultyFacts} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private LiabilityForm liability;
        private Boolean collectiveInsolvency;
        private Boolean rescueAidOutstanding;
        private Boolean underRestructuringPlan;

        private Builder() {
        }

        /** Sets {@link DifficultyFacts#liability()}. */
        public Builder liability(LiabilityForm liability) {
            this.liability = liability;
            return this;
        }

        /** Sets {@link DifficultyFacts#collectiveInsolvency()}. */
        public Builder collectiveInsolvency(Boolean collectiveInsolvency) {
            this.collectiveInsolvency = collectiveInsolvency;
            return this;
        }

        /** Sets {@link DifficultyFacts#rescueAidOutstanding()}. */
        public Builder rescueAidOutstanding(Boolean rescueAidOutstanding) {
            this.rescueAidOutstanding = rescueAidOutstanding;
            return this;
        }

        /** Sets {@link DifficultyFacts#underRestructuringPlan()}. */
        public Builder underRestructuringPlan(Boolean underRestructuringPlan) {
            this.underRestructuringPlan = underRestructuringPlan;
            return this;
        }

        /** The record of the components set. */
        public DifficultyFacts build() {
            return new DifficultyFacts(liability, collectiveInsolvency, rescueAidOutstanding, underRestructuringPlan);
        }
    }
}
