package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * The funded action (the grant).
 *
 * @param id grant or proposal identifier
 * @param acronym short name
 * @param programme framework programme, e.g. {@code H2020}
 * @param topic work-programme topic, e.g. {@code INNOSUP-01-2018-2020}
 * @param startDate start of the action
 * @param durationMonths duration in months
 * @param totalCost estimated total eligible cost
 * @param requestedContribution requested EU contribution
 * @param fstp what the work programme and the grant say about financial support to third parties;
 *     {@code null} when not stated (rules that need it then report the missing fact)
 */
public record Action(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Size(max = 200) String acronym,
        @NotBlank @Size(max = 50) String programme,
        @NotBlank @Size(max = 100) String topic,
        @NotNull LocalDate startDate,
        @NotNull @Positive @Max(240) Integer durationMonths,
        @NotNull MonetaryAmount totalCost,
        MonetaryAmount requestedContribution,
        @Valid FstpProvision fstp,
        LocalDate signatureDate) {
}
