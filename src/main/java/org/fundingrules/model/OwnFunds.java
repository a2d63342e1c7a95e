package org.fundingrules.model;

import javax.money.MonetaryAmount;

/**
 * The own funds of an undertaking at the end of an accounting period, for GBER 651/2014 Art. 2(18)(a) and (b).
 * All amounts are given as positive figures.
 *
 * @param shareCapital the subscribed share capital (for Art. 2(18)(b): the capital as shown in the accounts)
 * @param sharePremium any share premium (counted with the share capital, Art. 2(18)(a))
 * @param reserves the reserves and all other elements generally considered part of own funds, other than losses
 * @param accumulatedLosses the accumulated losses, as a positive amount
 */
public record OwnFunds(
        MonetaryAmount shareCapital,
        MonetaryAmount sharePremium,
        MonetaryAmount reserves,
        MonetaryAmount accumulatedLosses) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .shareCapital(shareCapital)
                .sharePremium(sharePremium)
                .reserves(reserves)
                .accumulatedLosses(accumulatedLosses);
    }

    /** Builds {@link OwnFunds} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private MonetaryAmount shareCapital;
        private MonetaryAmount sharePremium;
        private MonetaryAmount reserves;
        private MonetaryAmount accumulatedLosses;

        private Builder() {
        }

        /** Sets {@link OwnFunds#shareCapital()}. */
        public Builder shareCapital(MonetaryAmount shareCapital) {
            this.shareCapital = shareCapital;
            return this;
        }

        /** Sets {@link OwnFunds#sharePremium()}. */
        public Builder sharePremium(MonetaryAmount sharePremium) {
            this.sharePremium = sharePremium;
            return this;
        }

        /** Sets {@link OwnFunds#reserves()}. */
        public Builder reserves(MonetaryAmount reserves) {
            this.reserves = reserves;
            return this;
        }

        /** Sets {@link OwnFunds#accumulatedLosses()}. */
        public Builder accumulatedLosses(MonetaryAmount accumulatedLosses) {
            this.accumulatedLosses = accumulatedLosses;
            return this;
        }

        /** The record of the components set. */
        public OwnFunds build() {
            return new OwnFunds(shareCapital, sharePremium, reserves, accumulatedLosses);
        }
    }
}
