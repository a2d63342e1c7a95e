package org.fundingrules.model;

/**
 * The conditions of de minimis aid to an undertaking active in the processing and marketing of agricultural products
 * that exclude it from the de minimis Regulations (Reg. 1407/2013 Art. 1(1)(c); Reg. 2023/2831 Art. 1(1); decision
 * SA-EX3).
 *
 * @param fixedOnPriceOrQuantity whether the amount of the aid is fixed on the basis of the price or quantity of such
 *     products purchased from primary producers or put on the market by the undertaking (point (i)); null when not
 *     stated
 * @param passedOnToPrimaryProducers whether the aid is conditional on being partly or entirely passed on to primary
 *     producers (point (ii)); null when not stated
 */
public record AgriculturalProcessing(Boolean fixedOnPriceOrQuantity, Boolean passedOnToPrimaryProducers) {
}
