package org.fundingrules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundingrules.model.EnterpriseKind;
import org.fundingrules.model.SmeCategory;
import org.fundingrules.trace.SubjectType;

/**
 * An enterprise, investor, public body or natural person of an ownership structure.
 *
 * @param id id in the case file
 * @param name legal name
 * @param kind what kind of entity it is
 * @param publicFlag whether an exempt investor is also a public body (Art. 3(4))
 * @param markets NACE codes of the markets it operates in (sorted)
 * @param laBudgetEur for an autonomous local authority: annual budget in EUR, or null
 * @param laInhabitants for an autonomous local authority: inhabitants, or null
 * @param declaredCategory the category it declared, or null
 * @param structure the ownership structure the fact belongs to (the smallest id of the enterprises connected by
 *     holdings or joint groups), so that rules join an assessment only with its own structure; null when unknown
 * @param established its date of establishment, or null when the case does not give it
 */
public record EnterpriseFact(String id, String name, EnterpriseKind kind, boolean publicFlag, List<String> markets,
                             BigDecimal laBudgetEur,
                             Long laInhabitants, SmeCategory declaredCategory, String structure,
                             LocalDate established) implements Subject {
    /** An enterprise whose structure is unknown (it meets only facts whose structure is unknown too). */
    public EnterpriseFact(String id, String name, EnterpriseKind kind, boolean publicFlag, List<String> markets,
                          BigDecimal laBudgetEur, Long laInhabitants, SmeCategory declaredCategory) {
        this(id, name, kind, publicFlag, markets, laBudgetEur, laInhabitants, declaredCategory, null, null);
    }

    public EnterpriseFact {
        markets = List.copyOf(markets);
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.ENTERPRISE;
    }

    @Override
    public String path() {
        return Paths.item("enterprises", id);
    }

    /** A natural person: not an enterprise whose data are aggregated; links through it need a shared market. */
    public boolean naturalPerson() {
        return kind == EnterpriseKind.NATURAL_PERSON;
    }

    /**
     * A public body (Annex Art. 3(4)): of kind PUBLIC_BODY, an autonomous local authority (a public body that is
     * exempt only within its limits), or flagged public (a public university, C-516/19).
     */
    public boolean publicBody() {
        return kind == EnterpriseKind.PUBLIC_BODY || kind == EnterpriseKind.AUTONOMOUS_LOCAL_AUTHORITY || publicFlag;
    }

    /** One of the investor kinds of Annex Art. 3(2) second subparagraph. */
    public boolean exemptKind() {
        return switch (kind) {
            case PUBLIC_INVESTMENT_CORPORATION, VENTURE_CAPITAL_COMPANY, BUSINESS_ANGEL,
                    UNIVERSITY_OR_RESEARCH_CENTRE, INSTITUTIONAL_INVESTOR, AUTONOMOUS_LOCAL_AUTHORITY -> true;
            default -> false;
        };
    }

    /**
     * Whether its data can be aggregated: not a natural person, not a public body or local authority (public bodies
     * act through Art. 3(4) instead).
     */
    public boolean aggregable() {
        return !naturalPerson() && kind != EnterpriseKind.PUBLIC_BODY && kind != EnterpriseKind.AUTONOMOUS_LOCAL_AUTHORITY;
    }

    /**
     * Whether it can have existed on a date: established on or before it, or its date of establishment not given
     * (date arithmetic only; what follows from it is for the rules).
     */
    public boolean mayHaveExistedOn(LocalDate date) {
        return established == null || !established.isAfter(date);
    }
}
