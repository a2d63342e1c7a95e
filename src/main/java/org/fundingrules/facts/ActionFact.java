package org.fundingrules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundingrules.trace.SubjectType;

/**
 * The funded action.
 *
 * @param id grant id
 * @param programme framework programme
 * @param topic work-programme topic
 * @param startDate start of the action
 * @param durationMonths duration in months
 * @param totalCostEur estimated total eligible cost in EUR
 * @param topicProvidesFstp whether the topic foresees financial support to third parties; null when unknown
 * @param topicReference where the topic says so
 * @param derogatedMaxEur a higher maximum per third party, allowed by the work programme and justified in the grant;
 *     null when none
 * @param hasFstp whether the case has any open call or award
 * @param signatureDate the date the grant agreement was signed, or null
 */
public record ActionFact(String id, String programme, String topic, LocalDate startDate, int durationMonths,
                         BigDecimal totalCostEur, Boolean topicProvidesFstp, String topicReference,
                         BigDecimal derogatedMaxEur, boolean hasFstp, LocalDate signatureDate) implements Subject {

    /** The date the grant takes effect for eligibility: its signature, or its start when the case gives none. */
    public LocalDate grantDate() {
        return signatureDate != null ? signatureDate : startDate;
    }

    /** The field {@link #grantDate()} was read from. */
    public String grantDateField() {
        return signatureDate != null ? "signatureDate" : "startDate";
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.ACTION;
    }

    @Override
    public String path() {
        return "$.action";
    }
}
