package org.fundingrules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundingrules.trace.SubjectType;

/**
 * One award of financial support, its amount converted to EUR.
 *
 * @param id id in the case file
 * @param callId the open call
 * @param thirdPartyId the recipient
 * @param projectId the applicant project, or null
 * @param amountEur amount in EUR, exact
 * @param date date awarded
 * @param activityType activity type supported, or null
 * @param eligibleCostsEur under GBER Art. 28: the eligible costs in EUR, or null
 * @param costCategory under GBER Art. 28: the category of the eligible costs, or null
 * @param purpose under a de minimis call: what the aid is for and on what conditions, or null when the case does not
 *     state it (decision SA-EX3)
 */
public record AwardFact(String id, String callId, String thirdPartyId, String projectId, BigDecimal amountEur,
                        LocalDate date, String activityType, BigDecimal eligibleCostsEur,
                        org.fundingrules.model.InnovationCost costCategory,
                        org.fundingrules.model.AwardPurpose purpose) implements Subject {
    @Override
    public SubjectType subjectType() {
        return SubjectType.AWARD;
    }

    @Override
    public String path() {
        return Paths.item("awards", id);
    }
}
