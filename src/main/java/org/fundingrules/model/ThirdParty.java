package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An applicant to an open call or a recipient of financial support; not a party to the grant.
 *
 * @param id identifier within the case file; one id per legal entity (the cap is summed per id)
 * @param name legal name
 * @param country ISO 3166-1 alpha-2 country of establishment
 * @param pic Participant Identification Code, if known
 * @param vatNumber VAT number with country prefix, if known
 * @param enterpriseId the entry of {@code enterprises} that describes it, for its SME status
 * @param declaredSme whether it declared itself an SME (compared with the computed status)
 */
public record ThirdParty(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Pattern(regexp = Ids.COUNTRY, message = Ids.COUNTRY_MESSAGE) String country,
        @Pattern(regexp = Ids.PIC, message = Ids.PIC_MESSAGE) String pic,
        @Pattern(regexp = Ids.VAT, message = Ids.VAT_MESSAGE)
        String vatNumber,
        String enterpriseId,
        Boolean declaredSme) {
}
