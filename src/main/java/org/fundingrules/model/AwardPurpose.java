package org.fundingrules.model;

import jakarta.validation.Valid;

/**
 * What de minimis aid is for and on what conditions it is granted: the facts the purpose-based exclusions of the
 * de minimis Regulations turn on (decision SA-EX3). Stated by the grantor for an award whose support is de minimis aid;
 * when an award states none, these exclusions are not judged and the verdict says so.
 *
 * @param exportRelated whether the aid goes to export-related activities towards third countries or Member States:
 *     aid directly linked to the quantities exported, to the establishment and operation of a distribution network or
 *     to other current expenditure linked to the export activity (Reg. 1407/2013 Art. 1(1)(d); Reg. 2023/2831 Art.
 *     1(1)); null when not stated
 * @param domesticOverImported whether the aid is contingent upon the use of domestic over imported goods (under Reg.
 *     2023/2831: goods or services) (Reg. 1407/2013 Art. 1(1)(e); Reg. 2023/2831 Art. 1(1)); null when not stated
 * @param roadFreightVehicles whether the aid is used for the acquisition of road freight transport vehicles (Reg.
 *     1407/2013 Art. 3(2) second subparagraph: excluded for an undertaking performing road freight transport for hire or
 *     reward; Reg. 2023/2831 has no such exclusion); null when not stated
 * @param agriculturalProcessing given when the recipient is active in the processing and marketing of agricultural
 *     products: how the aid is fixed and whether it is passed on (Reg. 1407/2013 Art. 1(1)(c); Reg. 2023/2831 Art.
 *     1(1)); absent when it is not so active
 */
public record AwardPurpose(
        Boolean exportRelated,
        Boolean domesticOverImported,
        Boolean roadFreightVehicles,
        @Valid AgriculturalProcessing agriculturalProcessing) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .exportRelated(exportRelated)
                .domesticOverImported(domesticOverImported)
                .roadFreightVehicles(roadFreightVehicles)
                .agriculturalProcessing(agriculturalProcessing);
    }

    /** Builds {@link AwardPurpose} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private Boolean exportRelated;
        private Boolean domesticOverImported;
        private Boolean roadFreightVehicles;
        private AgriculturalProcessing agriculturalProcessing;

        private Builder() {
        }

        /** Sets {@link AwardPurpose#exportRelated()}. */
        public Builder exportRelated(Boolean exportRelated) {
            this.exportRelated = exportRelated;
            return this;
        }

        /** Sets {@link AwardPurpose#domesticOverImported()}. */
        public Builder domesticOverImported(Boolean domesticOverImported) {
            this.domesticOverImported = domesticOverImported;
            return this;
        }

        /** Sets {@link AwardPurpose#roadFreightVehicles()}. */
        public Builder roadFreightVehicles(Boolean roadFreightVehicles) {
            this.roadFreightVehicles = roadFreightVehicles;
            return this;
        }

        /** Sets {@link AwardPurpose#agriculturalProcessing()}. */
        public Builder agriculturalProcessing(AgriculturalProcessing agriculturalProcessing) {
            this.agriculturalProcessing = agriculturalProcessing;
            return this;
        }

        /** The record of the components set. */
        public AwardPurpose build() {
            return new AwardPurpose(exportRelated, domesticOverImported, roadFreightVehicles, agriculturalProcessing);
        }
    }
}
