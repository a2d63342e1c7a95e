package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import javax.money.MonetaryAmount;

/**
 * A higher maximum per third party. The library cannot judge necessity; it records who vouches for it.
 *
 * @param maximumPerThirdParty the higher maximum that the grant fixes
 * @param workProgrammeReference where the work programme allows exceeding the default maximum
 * @param justificationReference where the grant (Annex 1) justifies the higher amount as necessary
 */
public record CapDerogation(
        @NotNull MonetaryAmount maximumPerThirdParty,
        @NotBlank @Size(max = 500) String workProgrammeReference,
        @NotBlank @Size(max = 500) String justificationReference) {
}
