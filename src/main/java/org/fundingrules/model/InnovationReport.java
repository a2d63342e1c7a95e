package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * The innovation indicators one supported SME reports for one period of a reporting plan: a third party for a period
 * of its open call's plan, or a beneficiary for a period of the action's plan. The counts are of innovations
 * introduced during the period, by the types of the Oslo Manual, 3rd edition (OECD/Eurostat 2005): product
 * (goods and services counted apart), process, marketing and organisational innovation.
 *
 * @param id identifier within the case file
 * @param thirdPartyId the third party reporting, or null when a beneficiary reports
 * @param beneficiaryId the beneficiary reporting, or null when a third party reports
 * @param callId the open call whose plan the period belongs to (with a third party only)
 * @param periodId the period of the plan reported on
 * @param reported the date the report was received
 * @param source self-declared or verified
 * @param products new or significantly improved goods introduced in the period
 * @param services new or significantly improved services introduced in the period
 * @param processes new or significantly improved production or delivery methods introduced in the period
 * @param marketingMethods new marketing methods introduced in the period
 * @param organisationalMethods new organisational methods introduced in the period
 * @param turnover the SME's turnover in its last financial year closed by the report, if reported
 * @param turnoverBaseline its turnover in the last financial year closed before the support, if reported
 * @param resourceEfficiency a resource-efficiency measure with its baseline, if reported
 * @param notes free text; not read by any rule
 */
public record InnovationReport(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        String thirdPartyId,
        String beneficiaryId,
        String callId,
        @NotBlank String periodId,
        @NotNull LocalDate reported,
        @NotNull ReportSource source,
        @NotNull @PositiveOrZero @Max(100_000) Integer products,
        @NotNull @PositiveOrZero @Max(100_000) Integer services,
        @NotNull @PositiveOrZero @Max(100_000) Integer processes,
        @NotNull @PositiveOrZero @Max(100_000) Integer marketingMethods,
        @NotNull @PositiveOrZero @Max(100_000) Integer organisationalMethods,
        MonetaryAmount turnover,
        MonetaryAmount turnoverBaseline,
        @Valid ResourceEfficiency resourceEfficiency,
        @Size(max = 2000) String notes) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .thirdPartyId(thirdPartyId)
                .beneficiaryId(beneficiaryId)
                .callId(callId)
                .periodId(periodId)
                .reported(reported)
                .source(source)
                .products(products)
                .services(services)
                .processes(processes)
                .marketingMethods(marketingMethods)
                .organisationalMethods(organisationalMethods)
                .turnover(turnover)
                .turnoverBaseline(turnoverBaseline)
                .resourceEfficiency(resourceEfficiency)
                .notes(notes);
    }

    /** Builds {@link InnovationReport} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String thirdPartyId;
        private String beneficiaryId;
        private String callId;
        private String periodId;
        private LocalDate reported;
        private ReportSource source;
        private Integer products;
        private Integer services;
        private Integer processes;
        private Integer marketingMethods;
        private Integer organisationalMethods;
        private MonetaryAmount turnover;
        private MonetaryAmount turnoverBaseline;
        private ResourceEfficiency resourceEfficiency;
        private String notes;

        private Builder() {
        }

        /** Sets {@link InnovationReport#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link InnovationReport#thirdPartyId()}. */
        public Builder thirdPartyId(String thirdPartyId) {
            this.thirdPartyId = thirdPartyId;
            return this;
        }

        /** Sets {@link InnovationReport#beneficiaryId()}. */
        public Builder beneficiaryId(String beneficiaryId) {
            this.beneficiaryId = beneficiaryId;
            return this;
        }

        /** Sets {@link InnovationReport#callId()}. */
        public Builder callId(String callId) {
            this.callId = callId;
            return this;
        }

        /** Sets {@link InnovationReport#periodId()}. */
        public Builder periodId(String periodId) {
            this.periodId = periodId;
            return this;
        }

        /** Sets {@link InnovationReport#reported()}. */
        public Builder reported(LocalDate reported) {
            this.reported = reported;
            return this;
        }

        /** Sets {@link InnovationReport#source()}. */
        public Builder source(ReportSource source) {
            this.source = source;
            return this;
        }

        /** Sets {@link InnovationReport#products()}. */
        public Builder products(Integer products) {
            this.products = products;
            return this;
        }

        /** Sets {@link InnovationReport#services()}. */
        public Builder services(Integer services) {
            this.services = services;
            return this;
        }

        /** Sets {@link InnovationReport#processes()}. */
        public Builder processes(Integer processes) {
            this.processes = processes;
            return this;
        }

        /** Sets {@link InnovationReport#marketingMethods()}. */
        public Builder marketingMethods(Integer marketingMethods) {
            this.marketingMethods = marketingMethods;
            return this;
        }

        /** Sets {@link InnovationReport#organisationalMethods()}. */
        public Builder organisationalMethods(Integer organisationalMethods) {
            this.organisationalMethods = organisationalMethods;
            return this;
        }

        /** Sets {@link InnovationReport#turnover()}. */
        public Builder turnover(MonetaryAmount turnover) {
            this.turnover = turnover;
            return this;
        }

        /** Sets {@link InnovationReport#turnoverBaseline()}. */
        public Builder turnoverBaseline(MonetaryAmount turnoverBaseline) {
            this.turnoverBaseline = turnoverBaseline;
            return this;
        }

        /** Sets {@link InnovationReport#resourceEfficiency()}. */
        public Builder resourceEfficiency(ResourceEfficiency resourceEfficiency) {
            this.resourceEfficiency = resourceEfficiency;
            return this;
        }

        /** Sets {@link InnovationReport#notes()}. */
        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        /** The record of the components set. */
        public InnovationReport build() {
            return new InnovationReport(id, thirdPartyId, beneficiaryId, callId, periodId, reported, source, products, services, processes, marketingMethods, organisationalMethods, turnover, turnoverBaseline, resourceEfficiency, notes);
        }
    }
}
