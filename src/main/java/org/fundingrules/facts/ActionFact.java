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
 */
public record ActionFact(String id, String programme, String topic, LocalDate startDate, int durationMonths,
                         BigDecimal totalCostEur, Boolean topicProvidesFstp, String topicReference,
                         BigDecimal derogatedMaxEur, boolean hasFstp) implements Subject {
    @Override
    public SubjectType subjectType() {
        return SubjectType.ACTION;
    }

    @Override
    public String path() {
        return "$.action";
    }
}
