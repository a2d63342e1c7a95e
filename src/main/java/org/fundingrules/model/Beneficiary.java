package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A party to the grant agreement.
 *
 * @param id identifier within the case file
 * @param name legal name
 * @param country ISO 3166-1 alpha-2 country of establishment (EL for Greece, as the EU writes it)
 * @param pic Participant Identification Code in the Funding and Tenders Portal, if known
 * @param vatNumber VAT number with country prefix, if known
 * @param type free text organisation type (cluster, research organisation, SME, ...)
 * @param enterpriseId the entry of {@code enterprises} that describes it, for its computed SME status
 */
public record Beneficiary(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Pattern(regexp = Ids.COUNTRY, message = Ids.COUNTRY_MESSAGE) String country,
        @Pattern(regexp = Ids.PIC, message = Ids.PIC_MESSAGE) String pic,
        @Pattern(regexp = Ids.VAT, message = Ids.VAT_MESSAGE)
        String vatNumber,
        @Size(max = 100) String type,
        String enterpriseId) {
}
