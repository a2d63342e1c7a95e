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

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .callId(callId)
                .thirdPartyId(thirdPartyId)
                .projectId(projectId)
                .amount(amount)
                .date(date)
                .activityType(activityType)
                .eligibleCosts(eligibleCosts)
                .costCategory(costCategory)
                .purpose(purpose);
    }

    /** Builds {@link Award} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String callId;
        private String thirdPartyId;
        private String projectId;
        private MonetaryAmount amount;
        private LocalDate date;
        private String activityType;
        private MonetaryAmount eligibleCosts;
        private InnovationCost costCategory;
        private AwardPurpose purpose;

        private Builder() {
        }

        /** Sets {@link Award#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link Award#callId()}. */
        public Builder callId(String callId) {
            this.callId = callId;
            return this;
        }

        /** Sets {@link Award#thirdPartyId()}. */
        public Builder thirdPartyId(String thirdPartyId) {
            this.thirdPartyId = thirdPartyId;
            return this;
        }

        /** Sets {@link Award#projectId()}. */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /** Sets {@link Award#amount()}. */
        public Builder amount(MonetaryAmount amount) {
            this.amount = amount;
            return this;
        }

        /** Sets {@link Award#date()}. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Sets {@link Award#activityType()}. */
        public Builder activityType(String activityType) {
            this.activityType = activityType;
            return this;
        }

        /** Sets {@link Award#eligibleCosts()}. */
        public Builder eligibleCosts(MonetaryAmount eligibleCosts) {
            this.eligibleCosts = eligibleCosts;
            return this;
        }

        /** Sets {@link Award#costCategory()}. */
        public Builder costCategory(InnovationCost costCategory) {
            this.costCategory = costCategory;
            return this;
        }

        /** Sets {@link Award#purpose()}. */
        public Builder purpose(AwardPurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        /** The record of the components set. */
        public Award build() {
            return new Award(id, callId, thirdPartyId, projectId, amount, date, activityType, eligibleCosts,
                    costCategory, purpose);
        }
    }
}
