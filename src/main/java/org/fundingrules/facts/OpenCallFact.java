package org.fundingrules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.fundingrules.model.SupportForm;
import org.fundingrules.trace.SubjectType;

/**
 * An open call with the conditions it fixes in advance; a blank text reads as null.
 *
 * @param id id in the case file
 * @param form grant or prize
 * @param objectives objectives and results to be obtained
 * @param activityTypes the fixed list of activity types (sorted)
 * @param eligibleRecipients who may receive support
 * @param awardCriteria criteria for awarding support
 * @param amountCriteria criteria for calculating the exact amount
 * @param maxPerThirdPartyEur maximum per third party in EUR, or null
 * @param maxCriteria criteria for determining that maximum
 * @param maxPerProjectEur maximum per applicant project in EUR, or null
 * @param participationConditions for prizes: conditions for participation
 * @param prizeAmountEur for prizes: the amount of the prize in EUR, or null
 * @param paymentArrangements for prizes: payment arrangements
 * @param smeOnly whether the call restricts recipients to SMEs
 * @param eligibleCountries the countries the call itself lists for recipients (sorted); empty when it lists none
 *     and General Annex A applies (decision Q22)
 * @param minSmesPerProject minimum number of SMEs per applicant project, or null
 * @param minCountriesPerProject minimum number of distinct countries per applicant project, or null
 * @param minSectorsPerProject minimum number of distinct NACE sections per applicant project, or null
 * @param maxPerSmeEur maximum support per SME under the call in EUR, or null
 */
public record OpenCallFact(String id, SupportForm form, String objectives, List<String> activityTypes,
                           String eligibleRecipients, String awardCriteria, String amountCriteria,
                           BigDecimal maxPerThirdPartyEur, String maxCriteria, BigDecimal maxPerProjectEur,
                           String participationConditions, BigDecimal prizeAmountEur, String paymentArrangements,
                           boolean smeOnly, List<String> eligibleCountries, Integer minSmesPerProject,
                           Integer minCountriesPerProject, Integer minSectorsPerProject, BigDecimal maxPerSmeEur)
        implements Subject {
    public OpenCallFact {
        activityTypes = List.copyOf(activityTypes);
        eligibleCountries = eligibleCountries == null ? List.of() : List.copyOf(eligibleCountries);
    }

    /** Whether the call fixes its own list of eligible countries (which then wins over General Annex A). */
    public boolean listsCountries() {
        return !eligibleCountries.isEmpty();
    }

    /** Whether the call fixes a composition condition that needs the SME status of each project member. */
    public boolean needsSmeStatus() {
        return smeOnly || minSmesPerProject != null || maxPerSmeEur != null;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.OPEN_CALL;
    }

    @Override
    public String path() {
        return Paths.item("openCalls", id);
    }

    /** Whether the call lists the activity type. */
    public boolean listsActivity(String activityType) {
        return activityType != null && activityTypes.contains(activityType);
    }

    /** The most a single third party may receive under the call: the prize amount for prizes. */
    public BigDecimal maxPerRecipientEur() {
        return form == SupportForm.PRIZE ? prizeAmountEur : maxPerThirdPartyEur;
    }

    /** The field holding {@link #maxPerRecipientEur()}. */
    public String maxPerRecipientField() {
        return form == SupportForm.PRIZE ? "prizeAmount" : "maxPerThirdParty";
    }
}
