package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
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
 * @param signatureDate the date the grant agreement was signed, if known
 * @param reportingPlan the periods for which the beneficiaries that are SMEs report their innovation indicators,
 *     each with its due date; empty: none set
 * @param impactTargets the targets the action set itself for the indicators of the supported SMEs (as its proposal
 *     did); empty: none
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
        LocalDate signatureDate,
        @Size(max = 100) List<@NotNull @Valid ReportingPeriod> reportingPlan,
        @Size(max = 100) List<@NotNull @Valid ImpactTarget> impactTargets) {

    public Action {
        reportingPlan = Lists.copy(reportingPlan);
        impactTargets = Lists.copy(impactTargets);
    }

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .acronym(acronym)
                .programme(programme)
                .topic(topic)
                .startDate(startDate)
                .durationMonths(durationMonths)
                .totalCost(totalCost)
                .requestedContribution(requestedContribution)
                .fstp(fstp)
                .signatureDate(signatureDate)
                .reportingPlan(reportingPlan)
                .impactTargets(impactTargets);
    }

    /** Builds {@link Action} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String acronym;
        private String programme;
        private String topic;
        private LocalDate startDate;
        private Integer durationMonths;
        private MonetaryAmount totalCost;
        private MonetaryAmount requestedContribution;
        private FstpProvision fstp;
        private LocalDate signatureDate;
        private List<ReportingPeriod> reportingPlan;
        private List<ImpactTarget> impactTargets;

        private Builder() {
        }

        /** Sets {@link Action#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link Action#acronym()}. */
        public Builder acronym(String acronym) {
            this.acronym = acronym;
            return this;
        }

        /** Sets {@link Action#programme()}. */
        public Builder programme(String programme) {
            this.programme = programme;
            return this;
        }

        /** Sets {@link Action#topic()}. */
        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        /** Sets {@link Action#startDate()}. */
        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /** Sets {@link Action#durationMonths()}. */
        public Builder durationMonths(Integer durationMonths) {
            this.durationMonths = durationMonths;
            return this;
        }

        /** Sets {@link Action#totalCost()}. */
        public Builder totalCost(MonetaryAmount totalCost) {
            this.totalCost = totalCost;
            return this;
        }

        /** Sets {@link Action#requestedContribution()}. */
        public Builder requestedContribution(MonetaryAmount requestedContribution) {
            this.requestedContribution = requestedContribution;
            return this;
        }

        /** Sets {@link Action#fstp()}. */
        public Builder fstp(FstpProvision fstp) {
            this.fstp = fstp;
            return this;
        }

        /** Sets {@link Action#signatureDate()}. */
        public Builder signatureDate(LocalDate signatureDate) {
            this.signatureDate = signatureDate;
            return this;
        }

        /** Sets {@link Action#reportingPlan()} to a copy of the list. */
        public Builder reportingPlan(List<ReportingPeriod> reportingPlan) {
            this.reportingPlan = Lists.copyOrNull(reportingPlan);
            return this;
        }

        /** Sets {@link Action#impactTargets()} to a copy of the list. */
        public Builder impactTargets(List<ImpactTarget> impactTargets) {
            this.impactTargets = Lists.copyOrNull(impactTargets);
            return this;
        }

        /** The record of the components set. */
        public Action build() {
            return new Action(id, acronym, programme, topic, startDate, durationMonths, totalCost,
                    requestedContribution, fstp, signatureDate, reportingPlan, impactTargets);
        }
    }
}
