package org.fundingrules.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An earlier aid that counts for the enterprise because of a merger, an acquisition or a split (de minimis Art. 3(8)
 * and 3(9)). The aid keeps its original grant date and Member State.
 *
 * @param kind merger, acquisition or split
 * @param from the undertaking that received the aid (name or id; it need not be in the case)
 * @param date the date of the merger, acquisition or split
 * @param sharePercent for a split: the percentage of the aid allocated to this enterprise (100 when it took over the
 *     activities for which the aid was used; otherwise its share of the book value of equity at the split date);
 *     for a merger or an acquisition: absent or 100 (all prior aid counts)
 */
public record AidTransfer(
        @NotNull TransferKind kind,
        @NotBlank @Size(max = 300) String from,
        @NotNull LocalDate date,
        @DecimalMin("0") @DecimalMax("100") BigDecimal sharePercent) {
}
