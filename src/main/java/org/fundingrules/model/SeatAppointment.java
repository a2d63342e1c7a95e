package org.fundingrules.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The right of one holder to appoint or remove members of a governing body (decision SME-10).
 *
 * @param holderId the enterprise, public body or person with the right (an entry of {@code enterprises})
 * @param seats how many members it appoints or may remove
 */
public record SeatAppointment(@NotBlank String holderId, @NotNull @Positive @Max(10_000) Integer seats) {
}
