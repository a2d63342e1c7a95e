package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One aid granted to an enterprise before (or apart from) the awards of this case: its aid history. The awards of
 * the case itself are not repeated here.
 *
 * @param id identifier, unique over all aid histories of the case file
 * @param grantor the authority or body that granted it
 * @param memberState ISO 3166-1 alpha-2 code of the Member State that granted it
 * @param regime the legal basis it was granted under
 * @param grantDate the date the legal right to receive it was conferred (decision Q17)
 * @param grossAmount the gross amount, or gross grant equivalent
 * @param renounced whether the enterprise renounced it (and repaid it if already received; decision Q18)
 * @param form the form of aid (the gross amount is its gross grant equivalent when it is not a grant)
 * @param gberArticle for GBER aid: the article it was granted under, such as {@code 28} or {@code 28(2)(c)}
 * @param costCategory for aid under GBER Article 28: the eligible costs it paid for
 * @param eligibleCosts the eligible costs it paid for, where relevant
 * @param transfer when the aid was received by another undertaking that merged with, was acquired by or split into
 *     this enterprise (Art. 3(8), 3(9))
 * @param terms for a loan or a guarantee: its terms, from which the rules decide whether it is transparent and
 *     compute its gross grant equivalent (decision SA-9); without them, the gross amount counts as its gross grant
 *     equivalent
 */
public record AidGrant(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Size(max = 300) String grantor,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String memberState,
        @NotNull AidRegime regime,
        @NotNull LocalDate grantDate,
        @NotNull MonetaryAmount grossAmount,
        Boolean renounced,
        AidForm form,
        @Pattern(regexp = "\\d{1,3}[a-z]?(\\(\\d{1,2}\\))?(\\([a-z]\\))?",
                message = "must be a GBER article such as 28 or 28(2)(c)") String gberArticle,
        InnovationCost costCategory,
        MonetaryAmount eligibleCosts,
        @jakarta.validation.Valid AidTransfer transfer,
        @jakarta.validation.Valid AidTerms terms) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .grantor(grantor)
                .memberState(memberState)
                .regime(regime)
                .grantDate(grantDate)
                .grossAmount(grossAmount)
                .renounced(renounced)
                .form(form)
                .gberArticle(gberArticle)
                .costCategory(costCategory)
                .eligibleCosts(eligibleCosts)
                .transfer(transfer)
                .terms(terms);
    }

    /** Builds {@link AidGrant} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String grantor;
        private String memberState;
        private AidRegime regime;
        private LocalDate grantDate;
        private MonetaryAmount grossAmount;
        private Boolean renounced;
        private AidForm form;
        private String gberArticle;
        private InnovationCost costCategory;
        private MonetaryAmount eligibleCosts;
        private AidTransfer transfer;
        private AidTerms terms;

        private Builder() {
        }

        /** Sets {@link AidGrant#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link AidGrant#grantor()}. */
        public Builder grantor(String grantor) {
            this.grantor = grantor;
            return this;
        }

        /** Sets {@link AidGrant#memberState()}. */
        public Builder memberState(String memberState) {
            this.memberState = memberState;
            return this;
        }

        /** Sets {@link AidGrant#regime()}. */
        public Builder regime(AidRegime regime) {
            this.regime = regime;
            return this;
        }

        /** Sets {@link AidGrant#grantDate()}. */
        public Builder grantDate(LocalDate grantDate) {
            this.grantDate = grantDate;
            return this;
        }

        /** Sets {@link AidGrant#grossAmount()}. */
        public Builder grossAmount(MonetaryAmount grossAmount) {
            this.grossAmount = grossAmount;
            return this;
        }

        /** Sets {@link AidGrant#renounced()}. */
        public Builder renounced(Boolean renounced) {
            this.renounced = renounced;
            return this;
        }

        /** Sets {@link AidGrant#form()}. */
        public Builder form(AidForm form) {
            this.form = form;
            return this;
        }

        /** Sets {@link AidGrant#gberArticle()}. */
        public Builder gberArticle(String gberArticle) {
            this.gberArticle = gberArticle;
            return this;
        }

        /** Sets {@link AidGrant#costCategory()}. */
        public Builder costCategory(InnovationCost costCategory) {
            this.costCategory = costCategory;
            return this;
        }

        /** Sets {@link AidGrant#eligibleCosts()}. */
        public Builder eligibleCosts(MonetaryAmount eligibleCosts) {
            this.eligibleCosts = eligibleCosts;
            return this;
        }

        /** Sets {@link AidGrant#transfer()}. */
        public Builder transfer(AidTransfer transfer) {
            this.transfer = transfer;
            return this;
        }

        /** Sets {@link AidGrant#terms()}. */
        public Builder terms(AidTerms terms) {
            this.terms = terms;
            return this;
        }

        /** The record of the components set. */
        public AidGrant build() {
            return new AidGrant(id, grantor, memberState, regime, grantDate, grossAmount, renounced, form, gberArticle,
                    costCategory, eligibleCosts, transfer, terms);
        }
    }
}
