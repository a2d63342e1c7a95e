package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A party to the grant agreement.
 *
 * @param id identifier within the case file
 * @param name legal name
 * @param country ISO 3166-1 alpha-2 country of establishment (EL for Greece, as the EU writes it)
 * @param pic Participant Identification Code in the Funding and Tenders Portal, if known
 * @param vatNumber VAT number with country prefix, if known
 * @param type free text organisation type (cluster, research organisation, SME, ...)
 * @param enterpriseId the entry of {@code enterprises} that describes it, for its computed SME status
 */
public record Beneficiary(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Pattern(regexp = Ids.COUNTRY, message = Ids.COUNTRY_MESSAGE) String country,
        @Pattern(regexp = Ids.PIC, message = Ids.PIC_MESSAGE) String pic,
        @Pattern(regexp = Ids.VAT, message = Ids.VAT_MESSAGE)
        String vatNumber,
        @Size(max = 100) String type,
        String enterpriseId) {

    /** A builder with every component unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .name(name)
                .country(country)
                .pic(pic)
                .vatNumber(vatNumber)
                .type(type)
                .enterpriseId(enterpriseId);
    }

    /** Builds {@link Beneficiary} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String name;
        private String country;
        private String pic;
        private String vatNumber;
        private String type;
        private String enterpriseId;

        private Builder() {
        }

        /** Sets {@link Beneficiary#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link Beneficiary#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link Beneficiary#country()}. */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /** Sets {@link Beneficiary#pic()}. */
        public Builder pic(String pic) {
            this.pic = pic;
            return this;
        }

        /** Sets {@link Beneficiary#vatNumber()}. */
        public Builder vatNumber(String vatNumber) {
            this.vatNumber = vatNumber;
            return this;
        }

        /** Sets {@link Beneficiary#type()}. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Sets {@link Beneficiary#enterpriseId()}. */
        public Builder enterpriseId(String enterpriseId) {
            this.enterpriseId = enterpriseId;
            return this;
        }

        /** The record of the components set. */
        public Beneficiary build() {
            return new Beneficiary(id, name, country, pic, vatNumber, type, enterpriseId);
        }
    }
}
