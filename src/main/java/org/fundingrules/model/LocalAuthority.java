package org.fundingrules.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import javax.money.MonetaryAmount;

/**
 * The facts that decide whether an autonomous local authority is an exempt investor (Annex Art. 3(2)(d)).
 *
 * @param annualBudget annual budget
 * @param inhabitants number of inhabitants
 */
public record LocalAuthority(@NotNull MonetaryAmount annualBudget, @NotNull @Min(0) Long inhabitants) {
}
