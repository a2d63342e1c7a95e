package org.fundingrules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise, investor, public body or natural person that appears in an ownership structure.
 *
 * @param id identifier within the case file
 * @param name legal name
 * @param country ISO 3166-1 alpha-2 country, if known
 * @param established date of establishment, if known; an enterprise whose data count in another's aggregates and that
 *     was established after the end of one of its earlier periods adds nothing to that period (decision SME-6)
 * @param markets the markets it operates in, as NACE codes (for links through natural persons)
 * @param kind what kind of entity it is
 * @param publicBody whether an exempt investor (a university, a public investment corporation) is also a public
 *     body in the sense of Art. 3(4) (CJEU C-516/19); entries of kind PUBLIC_BODY are public bodies anyway
 * @param localAuthority for an autonomous local authority: its budget and inhabitants
 * @param assess whether the SME status of this enterprise is asked for (third parties and beneficiaries that
 *     name it are assessed anyway)
 * @param declaredCategory the category the enterprise declared, if any (compared with the computed one)
 * @param accounts its accounting periods, any order
 * @param aidHistory aid granted to it before or apart from the awards of this case (de minimis), any order
 * @param fiscalYearEnd the last day of its fiscal year; null: 31 December
 * @param roadFreightForHire whether it performs road freight transport for hire or reward (Reg. 1407/2013
 *     Art. 3(2)); null reads as not
 * @param outstandingRecoveryOrder whether it is subject to an outstanding recovery order following a Commission
 *     decision declaring aid illegal and incompatible (CJEU C-355/95 P Deggendorf, ECLI:EU:C:1997:241); null: not declared
 * @param difficulty the facts of the undertaking-in-difficulty test that are not figures of its accounts (GBER
 *     Art. 2(18)(a)-(d))
 * @param governingBody its administrative, management or supervisory body and who appoints its members, where
 *     control is exercised through it (decision SME-10)
 */
public record Enterprise(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 300) String name,
        @Pattern(regexp = Ids.COUNTRY, message = Ids.COUNTRY_MESSAGE) String country,
        LocalDate established,
        @Size(max = 100) List<@NotNull @Pattern(regexp = "[A-U](\\d{2}(\\.\\d{1,2})?)?",
                message = "must be a NACE code such as C29 or C29.3") String> markets,
        @NotNull EnterpriseKind kind,
        Boolean publicBody,
        @Valid LocalAuthority localAuthority,
        Boolean assess,
        SmeCategory declaredCategory,
        @Size(max = 100) List<@NotNull @Valid AccountingPeriod> accounts,
        @Size(max = 1000) List<@NotNull @Valid AidGrant> aidHistory,
        java.time.MonthDay fiscalYearEnd,
        Boolean roadFreightForHire,
        Boolean outstandingRecoveryOrder,
        @Valid DifficultyFacts difficulty,
        @Valid GoverningBody governingBody) {

    public Enterprise {
        markets = Lists.copy(markets);
        accounts = Lists.copy(accounts);
        aidHistory = Lists.copy(aidHistory);
    }

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
                .established(established)
                .markets(markets)
                .kind(kind)
                .publicBody(publicBody)
                .localAuthority(localAuthority)
                .assess(assess)
                .declaredCategory(declaredCategory)
                .accounts(accounts)
                .aidHistory(aidHistory)
                .fiscalYearEnd(fiscalYearEnd)
                .roadFreightForHire(roadFreightForHire)
                .outstandingRecoveryOrder(outstandingRecoveryOrder)
                .difficulty(difficulty)
                .governingBody(governingBody);
    }

    /** Builds {@link Enterprise} one component at a time; {@link #build()} calls the canonical constructor. */
    public static final class Builder {
        private String id;
        private String name;
        private String country;
        private LocalDate established;
        private List<String> markets;
        private EnterpriseKind kind;
        private Boolean publicBody;
        private LocalAuthority localAuthority;
        private Boolean assess;
        private SmeCategory declaredCategory;
        private List<AccountingPeriod> accounts;
        private List<AidGrant> aidHistory;
        private java.time.MonthDay fiscalYearEnd;
        private Boolean roadFreightForHire;
        private Boolean outstandingRecoveryOrder;
        private DifficultyFacts difficulty;
        private GoverningBody governingBody;

        private Builder() {
        }

        /** Sets {@link Enterprise#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link Enterprise#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link Enterprise#country()}. */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /** Sets {@link Enterprise#established()}. */
        public Builder established(LocalDate established) {
            this.established = established;
            return this;
        }

        /** Sets {@link Enterprise#markets()} to a copy of the list. */
        public Builder markets(List<String> markets) {
            this.markets = Lists.copyOrNull(markets);
            return this;
        }

        /** Sets {@link Enterprise#kind()}. */
        public Builder kind(EnterpriseKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets {@link Enterprise#publicBody()}. */
        public Builder publicBody(Boolean publicBody) {
            this.publicBody = publicBody;
            return this;
        }

        /** Sets {@link Enterprise#localAuthority()}. */
        public Builder localAuthority(LocalAuthority localAuthority) {
            this.localAuthority = localAuthority;
            return this;
        }

        /** Sets {@link Enterprise#assess()}. */
        public Builder assess(Boolean assess) {
            this.assess = assess;
            return this;
        }

        /** Sets {@link Enterprise#declaredCategory()}. */
        public Builder declaredCategory(SmeCategory declaredCategory) {
            this.declaredCategory = declaredCategory;
            return this;
        }

        /** Sets {@link Enterprise#accounts()} to a copy of the list. */
        public Builder accounts(List<AccountingPeriod> accounts) {
            this.accounts = Lists.copyOrNull(accounts);
            return this;
        }

        /** Sets {@link Enterprise#aidHistory()} to a copy of the list. */
        public Builder aidHistory(List<AidGrant> aidHistory) {
            this.aidHistory = Lists.copyOrNull(aidHistory);
            return this;
        }

        /** Sets {@link Enterprise#fiscalYearEnd()}. */
        public Builder fiscalYearEnd(java.time.MonthDay fiscalYearEnd) {
            this.fiscalYearEnd = fiscalYearEnd;
            return this;
        }

        /** Sets {@link Enterprise#roadFreightForHire()}. */
        public Builder roadFreightForHire(Boolean roadFreightForHire) {
            this.roadFreightForHire = roadFreightForHire;
            return this;
        }

        /** Sets {@link Enterprise#outstandingRecoveryOrder()}. */
        public Builder outstandingRecoveryOrder(Boolean outstandingRecoveryOrder) {
            this.outstandingRecoveryOrder = outstandingRecoveryOrder;
            return this;
        }

        /** Sets {@link Enterprise#difficulty()}. */
        public Builder difficulty(DifficultyFacts difficulty) {
            this.difficulty = difficulty;
            return this;
        }

        /** Sets {@link Enterprise#governingBody()}. */
        public Builder governingBody(GoverningBody governingBody) {
            this.governingBody = governingBody;
            return this;
        }

        /** The record of the components set. */
        public Enterprise build() {
            return new Enterprise(id, name, country, established, markets, kind, publicBody, localAuthority, assess,
                    declaredCategory, accounts, aidHistory, fiscalYearEnd, roadFreightForHire, outstandingRecoveryOrder,
                    difficulty, governingBody);
        }
    }
}
