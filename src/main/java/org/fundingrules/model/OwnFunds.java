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
}
