package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * Financial support awarded to one third party under one open call.
 *
 * @param id identifier within the case file
 * @param callId the open call it was awarded under
 * @param thirdPartyId the recipient
 * @param projectId the applicant project, when several third parties apply together
 * @param amount the amount of support awarded
 * @param date the date the support was awarded (signature of the sub-grant agreement)
 * @param activityType the type of activity supported; must be on the call's list
 * @param eligibleCosts under a GBER Article 28 call: the recipient's eligible costs the support pays for
 * @param costCategory under a GBER Article 28 call: which of the eligible costs of Art. 28(2) they are (one award
 *     per category; decision SA-GBER-2)
 * @param purpose under a de minimis call: what the aid is for and on what conditions, for the purpose-based exclusions
 *     of the de minimis Regulations; null when not stated, and those exclusions are then not judged (decision SA-EX3)
 */
public record Award(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank String callId,
        @NotBlank String thirdPartyId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String projectId,
        @NotNull MonetaryAmount amount,
        @NotNull LocalDate date,
        @Size(max = 200) String activityType,
        MonetaryAmount eligibleCosts,
        InnovationCost costCategory,
        @Valid AwardPurpose purpose) {
}
