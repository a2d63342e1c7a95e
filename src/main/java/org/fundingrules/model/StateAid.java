package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Whether the support paid under an open call is State aid, and on what basis (decision Q1). Support paid purely
 * from a centrally managed Union grant is not State aid; the de minimis checks then apply only where the call requires
 * them or national money is added.
 *
 * @param applies whether the State-aid rules (de minimis) apply to the support paid under the call
 * @param basis why they apply or not
 * @param grantingMemberState ISO 3166-1 alpha-2 code of the Member State whose de minimis ceiling the support counts
 *     against (decision Q15); needed when {@code applies} is true
 * @param instrument the instrument the support is granted under when it is State aid: de minimis (the default when
 *     absent) or GBER Article 28 (innovation aid for SMEs)
 * @param excludesUndertakingsInDifficulty whether the call itself excludes undertakings in difficulty (GBER Art.
 *     2(18)) from de minimis support (decision Q19); under GBER Article 28 they are excluded by law whatever this says
 * @param schemeRegulation the de minimis regulation the call's aid scheme is based on, or null when not stated; it
 *     decides only for aid granted in the six months a scheme remains covered after its regulation expires (Reg.
 *     1407/2013 Art. 7(4): 1 January to 30 June 2024), and aid granted under a scheme its regulation no longer
 *     covers fails (decision SA-7)
 * @param monitoring how the granting body monitored the de minimis ceiling before granting (central register,
 *     declarations), or null when not stated; judged as the call's monitoring duty (decision SA-8)
 */
public record StateAid(
        @NotNull Boolean applies,
        @NotNull StateAidBasis basis,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String grantingMemberState,
        AidInstrument instrument,
        Boolean excludesUndertakingsInDifficulty,
        DeMinimisRegulation schemeRegulation,
        @Valid DeMinimisMonitoring monitoring) {

    /** The instrument, de minimis when the call names none. */
    public AidInstrument instrumentOrDefault() {
        return instrument == null ? AidInstrument.DE_MINIMIS : instrument;
    }

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .applies(applies)
                .basis(basis)
                .grantingMemberState(grantingMemberState)
                .instrument(instrument)
                .excludesUndertakingsInDifficulty(excludesUndertakingsInDifficulty)
                .schemeRegulation(schemeRegulation)
                .monitoring(monitoring);
    }

    /** Builds {@link StateAid} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private Boolean applies;
        private StateAidBasis basis;
        private String grantingMemberState;
        private AidInstrument instrument;
        private Boolean excludesUndertakingsInDifficulty;
        private DeMinimisRegulation schemeRegulation;
        private DeMinimisMonitoring monitoring;

        private Builder() {
        }

        /** Sets {@link StateAid#applies()}. */
        public Builder applies(Boolean applies) {
            this.applies = applies;
            return this;
        }

        /** Sets {@link StateAid#basis()}. */
        public Builder basis(StateAidBasis basis) {
            this.basis = basis;
            return this;
        }

        /** Sets {@link StateAid#grantingMemberState()}. */
        public Builder grantingMemberState(String grantingMemberState) {
            this.grantingMemberState = grantingMemberState;
            return this;
        }

        /** Sets {@link StateAid#instrument()}. */
        public Builder instrument(AidInstrument instrument) {
            this.instrument = instrument;
            return this;
        }

        /** Sets {@link StateAid#excludesUndertakingsInDifficulty()}. */
        public Builder excludesUndertakingsInDifficulty(Boolean excludesUndertakingsInDifficulty) {
            this.excludesUndertakingsInDifficulty = excludesUndertakingsInDifficulty;
            return this;
        }

        /** Sets {@link StateAid#schemeRegulation()}. */
        public Builder schemeRegulation(DeMinimisRegulation schemeRegulation) {
            this.schemeRegulation = schemeRegulation;
            return this;
        }

        /** Sets {@link StateAid#monitoring()}. */
        public Builder monitoring(DeMinimisMonitoring monitoring) {
            this.monitoring = monitoring;
            return this;
        }

        /** The record of the components set. */
        public StateAid build() {
            return new StateAid(applies, basis, grantingMemberState, instrument, excludesUndertakingsInDifficulty,
                    schemeRegulation, monitoring);
        }
    }
}
