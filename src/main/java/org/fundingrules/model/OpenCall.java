package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * An open call for third parties with the conditions it fixes in advance. Every condition is optional in the
 * data, so that a call missing one is reported by the rules (a finding) rather than rejected as bad input.
 *
 * @param id identifier within the case file
 * @param title title of the call
 * @param beneficiaryIds the beneficiaries that run the call and pay the support
 * @param form grant or prize
 * @param opens opening date
 * @param closes closing date
 * @param objectives the objectives and the results to be obtained
 * @param activityTypes the fixed and exhaustive list of activity types that may receive support
 * @param eligibleRecipients the persons or categories of persons who may receive support
 * @param awardCriteria the criteria for awarding support
 * @param amountCriteria the criteria for calculating the exact amount of support
 * @param maxPerThirdParty the maximum per third party that the call fixes
 * @param maxCriteria the criteria for determining that maximum
 * @param maxPerProject optional maximum per applicant project (several third parties applying together)
 * @param participationConditions for prizes: the conditions for participation
 * @param prizeAmount for prizes: the amount of the prize
 * @param paymentArrangements for prizes: the payment arrangements
 * @param smeOnly whether the call restricts recipients to SMEs (judged on the computed status)
 * @param eligibleCountries the countries (ISO 3166-1 alpha-2, EL for Greece) where recipients must be established,
 *     when the call fixes its own list; it wins over General Annex A (decision Q22); null or empty: Annex A applies
 * @param minSmesPerProject minimum number of SMEs (computed status on the award date) per applicant project
 * @param minCountriesPerProject minimum number of distinct countries of establishment per applicant project
 * @param minSectorsPerProject minimum number of distinct NACE sections (the letter of the enterprises' market
 *     codes) per applicant project
 * @param maxPerSme maximum support per SME that the call fixes, summed over the call (SMEs by computed status)
 * @param stateAid whether the support is State aid and on what basis (decision Q1); null: not stated, no State-aid
 *     verdict is given
 */
public record OpenCall(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Size(max = 300) String title,
        @NotNull @Size(min = 1, max = 100) List<@NotBlank String> beneficiaryIds,
        @NotNull SupportForm form,
        LocalDate opens,
        LocalDate closes,
        @Size(max = 5000) String objectives,
        @Size(max = 200) List<@NotNull @Size(max = 200) String> activityTypes,
        @Size(max = 5000) String eligibleRecipients,
        @Size(max = 5000) String awardCriteria,
        @Size(max = 5000) String amountCriteria,
        MonetaryAmount maxPerThirdParty,
        @Size(max = 5000) String maxCriteria,
        MonetaryAmount maxPerProject,
        @Size(max = 5000) String participationConditions,
        MonetaryAmount prizeAmount,
        @Size(max = 5000) String paymentArrangements,
        Boolean smeOnly,
        @Size(max = 300) List<@NotNull @Pattern(regexp = Ids.COUNTRY, message = Ids.COUNTRY_MESSAGE) String>
        eligibleCountries,
        @PositiveOrZero Integer minSmesPerProject,
        @PositiveOrZero Integer minCountriesPerProject,
        @PositiveOrZero Integer minSectorsPerProject,
        MonetaryAmount maxPerSme,
        @Valid StateAid stateAid) {

    public OpenCall {
        beneficiaryIds = Lists.copyOrNull(beneficiaryIds);
        activityTypes = Lists.copy(activityTypes);
        eligibleCountries = Lists.copy(eligibleCountries);
    }
}
