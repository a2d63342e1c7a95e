package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What the work-programme topic and the grant agreement provide for financial support to third parties.
 *
 * @param topicProvidesFstp whether the topic foresees financial support to third parties (General Annex K,
 *     first sentence); {@code null} when unknown
 * @param topicReference where the topic text says so (work programme, part and page)
 * @param capDerogation present only when a maximum above the default per-third-party cap is both allowed by the
 *     work programme and justified in the grant (decision Q3)
 */
public record FstpProvision(
        Boolean topicProvidesFstp,
        @Size(max = 500) String topicReference,
        @Valid CapDerogation capDerogation) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .topicProvidesFstp(topicProvidesFstp)
                .topicReference(topicReference)
                .capDerogation(capDerogation);
    }

    /** Builds {@link FstpProvision} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private Boolean topicProvidesFstp;
        private String topicReference;
        private CapDerogation capDerogation;

        private Builder() {
        }

        /** Sets {@link FstpProvision#topicProvidesFstp()}. */
        public Builder topicProvidesFstp(Boolean topicProvidesFstp) {
            this.topicProvidesFstp = topicProvidesFstp;
            return this;
        }

        /** Sets {@link FstpProvision#topicReference()}. */
        public Builder topicReference(String topicReference) {
            this.topicReference = topicReference;
            return this;
        }

        /** Sets {@link FstpProvision#capDerogation()}. */
        public Builder capDerogation(CapDerogation capDerogation) {
            this.capDerogation = capDerogation;
            return this;
        }

        /** The record of the components set. */
        public FstpProvision build() {
            return new FstpProvision(topicProvidesFstp, topicReference, capDerogation);
        }
    }
}
