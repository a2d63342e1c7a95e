package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The administrative, management or supervisory body of an enterprise, and who appoints its members (Annex Art.
 * 3(3)(b), 3(4); CJEU C-516/19 NMI Technologietransfer: control through the governing bodies of an intermediary,
 * decision SME-10).
 *
 * @param seats the number of members of the body
 * @param appointedBy who has the right to appoint or remove how many of them; seats not listed are appointed by no
 *     one the case names
 */
public record GoverningBody(
        @NotNull @Positive @Max(10_000) Integer seats,
        @NotNull @Size(max = 1000) List<@NotNull @Valid SeatAppointment> appointedBy) {
    public GoverningBody {
        appointedBy = Lists.copyOrNull(appointedBy);
    }
}
