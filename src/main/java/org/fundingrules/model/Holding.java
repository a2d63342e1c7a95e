package org.fundingrules.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * One holder's stake in, and control rights over, another enterprise.
 *
 * @param id identifier within the case file
 * @param holderId the enterprise, investor, public body or natural person holding
 * @param heldId the enterprise held
 * @param capitalShare share of the capital, in percent (0 to 100)
 * @param votingShare share of the voting rights, in percent (0 to 100)
 * @param controlRights control rights beyond votes (Annex Art. 3(3)(b)-(d))
 * @param investment for a business angel: the amount invested in the held enterprise
 * @param since first day the holding exists, if known
 * @param until last day the holding exists, if it has ended
 */
public record Holding(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank String holderId,
        @NotBlank String heldId,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal capitalShare,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal votingShare,
        @Size(max = 3) List<@NotNull ControlRight> controlRights,
        MonetaryAmount investment,
        LocalDate since,
        LocalDate until) {

    public Holding {
        controlRights = Lists.copy(controlRights);
    }

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .holderId(holderId)
                .heldId(heldId)
                .capitalShare(capitalShare)
                .votingShare(votingShare)
                .controlRights(controlRights)
                .investment(investment)
                .since(since)
                .until(until);
    }

    /** Builds {@link Holding} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String holderId;
        private String heldId;
        private BigDecimal capitalShare;
        private BigDecimal votingShare;
        private List<ControlRight> controlRights;
        private MonetaryAmount investment;
        private LocalDate since;
        private LocalDate until;

        private Builder() {
        }

        /** Sets {@link Holding#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link Holding#holderId()}. */
        public Builder holderId(String holderId) {
            this.holderId = holderId;
            return this;
        }

        /** Sets {@link Holding#heldId()}. */
        public Builder heldId(String heldId) {
            this.heldId = heldId;
            return this;
        }

        /** Sets {@link Holding#capitalShare()}. */
        public Builder capitalShare(BigDecimal capitalShare) {
            this.capitalShare = capitalShare;
            return this;
        }

        /** Sets {@link Holding#votingShare()}. */
        public Builder votingShare(BigDecimal votingShare) {
            this.votingShare = votingShare;
            return this;
        }

        /** Sets {@link Holding#controlRights()} to a copy of the list. */
        public Builder controlRights(List<ControlRight> controlRights) {
            this.controlRights = Lists.copyOrNull(controlRights);
            return this;
        }

        /** Sets {@link Holding#investment()}. */
        public Builder investment(MonetaryAmount investment) {
            this.investment = investment;
            return this;
        }

        /** Sets {@link Holding#since()}. */
        public Builder since(LocalDate since) {
            this.since = since;
            return this;
        }

        /** Sets {@link Holding#until()}. */
        public Builder until(LocalDate until) {
            this.until = until;
            return this;
        }

        /** The record of the components set. */
        public Holding build() {
            return new Holding(id, holderId, heldId, capitalShare, votingShare, controlRights, investment, since,
                    until);
        }
    }
}
