package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;

/**
 * Two markets that are adjacent: one directly upstream or downstream of the other (Annex Art. 3(3), fourth
 * subparagraph). Markets are written as NACE codes; a code covers its subdivisions.
 *
 * @param market a market
 * @param adjacentTo a market directly upstream or downstream of it
 */
public record AdjacentMarkets(@NotBlank String market, @NotBlank String adjacentTo) {
}
