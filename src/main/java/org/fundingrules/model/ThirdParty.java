package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An applicant to an open call or a recipient of financial support; not a party to the grant.
 *
 * @param id identifier within the case file; one id per legal entity (the cap is summed per id)
 * @param name legal name
 * @param country ISO 3166-1 alpha-2 country of establishment
 * @param pic Participant Identification Code, if known
 * @param vatNumber VAT number with country prefix, if known
 * @param enterpriseId the entry of {@code enterprises} that describes it, for its SME status
 * @param declaredSme whether it declared itself an SME (compared with the computed status)
 */
public record ThirdParty(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Pattern(regexp = Ids.COUNTRY, message = Ids.COUNTRY_MESSAGE) String country,
        @Pattern(regexp = Ids.PIC, message = Ids.PIC_MESSAGE) String pic,
        @Pattern(regexp = Ids.VAT, message = Ids.VAT_MESSAGE)
        String vatNumber,
        String enterpriseId,
        Boolean declaredSme) {

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
                .enterpriseId(enterpriseId)
                .declaredSme(declaredSme);
    }

    /** Builds {@link ThirdParty} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String name;
        private String country;
        private String pic;
        private String vatNumber;
        private String enterpriseId;
        private Boolean declaredSme;

        private Builder() {
        }

        /** Sets {@link ThirdParty#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link ThirdParty#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link ThirdParty#country()}. */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /** Sets {@link ThirdParty#pic()}. */
        public Builder pic(String pic) {
            this.pic = pic;
            return this;
        }

        /** Sets {@link ThirdParty#vatNumber()}. */
        public Builder vatNumber(String vatNumber) {
            this.vatNumber = vatNumber;
            return this;
        }

        /** Sets {@link ThirdParty#enterpriseId()}. */
        public Builder enterpriseId(String enterpriseId) {
            this.enterpriseId = enterpriseId;
            return this;
        }

        /** Sets {@link ThirdParty#declaredSme()}. */
        public Builder declaredSme(Boolean declaredSme) {
            this.declaredSme = declaredSme;
            return this;
        }

        /** The record of the components set. */
        public ThirdParty build() {
            return new ThirdParty(id, name, country, pic, vatNumber, enterpriseId, declaredSme);
        }
    }
}
