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

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .kind(kind)
                .from(from)
                .date(date)
                .sharePercent(sharePercent);
    }

    /** Builds {@link AidTransfer} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private TransferKind kind;
        private String from;
        private LocalDate date;
        private BigDecimal sharePercent;

        private Builder() {
        }

        /** Sets {@link AidTransfer#kind()}. */
        public Builder kind(TransferKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets {@link AidTransfer#from()}. */
        public Builder from(String from) {
            this.from = from;
            return this;
        }

        /** Sets {@link AidTransfer#date()}. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Sets {@link AidTransfer#sharePercent()}. */
        public Builder sharePercent(BigDecimal sharePercent) {
            this.sharePercent = sharePercent;
            return this;
        }

        /** The record of the components set. */
        public AidTransfer build() {
            return new AidTransfer(kind, from, date, sharePercent);
        }
    }
}
