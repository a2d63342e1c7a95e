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
 * @param reportingPlan the periods for which every recipient of support reports its innovation indicators, each with
 *     its due date; empty: none set
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
        @Valid StateAid stateAid,
        @Size(max = 100) List<@NotNull @Valid ReportingPeriod> reportingPlan) {

    public OpenCall {
        beneficiaryIds = Lists.copyOrNull(beneficiaryIds);
        activityTypes = Lists.copy(activityTypes);
        eligibleCountries = Lists.copy(eligibleCountries);
        reportingPlan = Lists.copy(reportingPlan);
    }

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .title(title)
                .beneficiaryIds(beneficiaryIds)
                .form(form)
                .opens(opens)
                .closes(closes)
                .objectives(objectives)
                .activityTypes(activityTypes)
                .eligibleRecipients(eligibleRecipients)
                .awardCriteria(awardCriteria)
                .amountCriteria(amountCriteria)
                .maxPerThirdParty(maxPerThirdParty)
                .maxCriteria(maxCriteria)
                .maxPerProject(maxPerProject)
                .participationConditions(participationConditions)
                .prizeAmount(prizeAmount)
                .paymentArrangements(paymentArrangements)
                .smeOnly(smeOnly)
                .eligibleCountries(eligibleCountries)
                .minSmesPerProject(minSmesPerProject)
                .minCountriesPerProject(minCountriesPerProject)
                .minSectorsPerProject(minSectorsPerProject)
                .maxPerSme(maxPerSme)
                .stateAid(stateAid)
                .reportingPlan(reportingPlan);
    }

    /** Builds {@link OpenCall} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String title;
        private List<String> beneficiaryIds;
        private SupportForm form;
        private LocalDate opens;
        private LocalDate closes;
        private String objectives;
        private List<String> activityTypes;
        private String eligibleRecipients;
        private String awardCriteria;
        private String amountCriteria;
        private MonetaryAmount maxPerThirdParty;
        private String maxCriteria;
        private MonetaryAmount maxPerProject;
        private String participationConditions;
        private MonetaryAmount prizeAmount;
        private String paymentArrangements;
        private Boolean smeOnly;
        private List<String> eligibleCountries;
        private Integer minSmesPerProject;
        private Integer minCountriesPerProject;
        private Integer minSectorsPerProject;
        private MonetaryAmount maxPerSme;
        private StateAid stateAid;
        private List<ReportingPeriod> reportingPlan;

        private Builder() {
        }

        /** Sets {@link OpenCall#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link OpenCall#title()}. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets {@link OpenCall#beneficiaryIds()} to a copy of the list. */
        public Builder beneficiaryIds(List<String> beneficiaryIds) {
            this.beneficiaryIds = Lists.copyOrNull(beneficiaryIds);
            return this;
        }

        /** Sets {@link OpenCall#form()}. */
        public Builder form(SupportForm form) {
            this.form = form;
            return this;
        }

        /** Sets {@link OpenCall#opens()}. */
        public Builder opens(LocalDate opens) {
            this.opens = opens;
            return this;
        }

        /** Sets {@link OpenCall#closes()}. */
        public Builder closes(LocalDate closes) {
            this.closes = closes;
            return this;
        }

        /** Sets {@link OpenCall#objectives()}. */
        public Builder objectives(String objectives) {
            this.objectives = objectives;
            return this;
        }

        /** Sets {@link OpenCall#activityTypes()} to a copy of the list. */
        public Builder activityTypes(List<String> activityTypes) {
            this.activityTypes = Lists.copyOrNull(activityTypes);
            return this;
        }

        /** Sets {@link OpenCall#eligibleRecipients()}. */
        public Builder eligibleRecipients(String eligibleRecipients) {
            this.eligibleRecipients = eligibleRecipients;
            return this;
        }

        /** Sets {@link OpenCall#awardCriteria()}. */
        public Builder awardCriteria(String awardCriteria) {
            this.awardCriteria = awardCriteria;
            return this;
        }

        /** Sets {@link OpenCall#amountCriteria()}. */
        public Builder amountCriteria(String amountCriteria) {
            this.amountCriteria = amountCriteria;
            return this;
        }

        /** Sets {@link OpenCall#maxPerThirdParty()}. */
        public Builder maxPerThirdParty(MonetaryAmount maxPerThirdParty) {
            this.maxPerThirdParty = maxPerThirdParty;
            return this;
        }

        /** Sets {@link OpenCall#maxCriteria()}. */
        public Builder maxCriteria(String maxCriteria) {
            this.maxCriteria = maxCriteria;
            return this;
        }

        /** Sets {@link OpenCall#maxPerProject()}. */
        public Builder maxPerProject(MonetaryAmount maxPerProject) {
            this.maxPerProject = maxPerProject;
            return this;
        }

        /** Sets {@link OpenCall#participationConditions()}. */
        public Builder participationConditions(String participationConditions) {
            this.participationConditions = participationConditions;
            return this;
        }

        /** Sets {@link OpenCall#prizeAmount()}. */
        public Builder prizeAmount(MonetaryAmount prizeAmount) {
            this.prizeAmount = prizeAmount;
            return this;
        }

        /** Sets {@link OpenCall#paymentArrangements()}. */
        public Builder paymentArrangements(String paymentArrangements) {
            this.paymentArrangements = paymentArrangements;
            return this;
        }

        /** Sets {@link OpenCall#smeOnly()}. */
        public Builder smeOnly(Boolean smeOnly) {
            this.smeOnly = smeOnly;
            return this;
        }

        /** Sets {@link OpenCall#eligibleCountries()} to a copy of the list. */
        public Builder eligibleCountries(List<String> eligibleCountries) {
            this.eligibleCountries = Lists.copyOrNull(eligibleCountries);
            return this;
        }

        /** Sets {@link OpenCall#minSmesPerProject()}. */
        public Builder minSmesPerProject(Integer minSmesPerProject) {
            this.minSmesPerProject = minSmesPerProject;
            return this;
        }

        /** Sets {@link OpenCall#minCountriesPerProject()}. */
        public Builder minCountriesPerProject(Integer minCountriesPerProject) {
            this.minCountriesPerProject = minCountriesPerProject;
            return this;
        }

        /** Sets {@link OpenCall#minSectorsPerProject()}. */
        public Builder minSectorsPerProject(Integer minSectorsPerProject) {
            this.minSectorsPerProject = minSectorsPerProject;
            return this;
        }

        /** Sets {@link OpenCall#maxPerSme()}. */
        public Builder maxPerSme(MonetaryAmount maxPerSme) {
            this.maxPerSme = maxPerSme;
            return this;
        }

        /** Sets {@link OpenCall#stateAid()}. */
        public Builder stateAid(StateAid stateAid) {
            this.stateAid = stateAid;
            return this;
        }

        /** Sets {@link OpenCall#reportingPlan()} to a copy of the list. */
        public Builder reportingPlan(List<ReportingPeriod> reportingPlan) {
            this.reportingPlan = Lists.copyOrNull(reportingPlan);
            return this;
        }

        /** The record of the components set. */
        public OpenCall build() {
            return new OpenCall(id, title, beneficiaryIds, form, opens, closes, objectives, activityTypes,
                    eligibleRecipients, awardCriteria, amountCriteria, maxPerThirdParty, maxCriteria, maxPerProject,
                    participationConditions, prizeAmount, paymentArrangements, smeOnly, eligibleCountries,
                    minSmesPerProject, minCountriesPerProject, minSectorsPerProject, maxPerSme, stateAid,
                    reportingPlan);
        }
    }
}
