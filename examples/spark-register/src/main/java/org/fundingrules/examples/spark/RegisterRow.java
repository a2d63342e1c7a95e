package org.fundingrules.examples.spark;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.fundingrules.FundingRules;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Figure;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.SubjectType;
import org.fundingrules.trace.Verdict;

/**
 * What the register keeps of one award's evaluation: the outcome of its de minimis criteria, the State-aid rules it
 * failed, the headroom the ceiling rule computed, and the whole evaluation as the {@code batch} command writes it.
 * Nothing here judges: it reads the criteria the rules produced.
 *
 * @param outcome {@code NON_COMPLIANT} when a de minimis criterion ({@code state_aid.de_minimis...}) of the award
 *     failed, else {@code UNDETERMINED} when one is undetermined, else {@code COMPLIANT}
 * @param failedRules the ids of the award's failed State-aid criteria ({@code state_aid...}), sorted; for a case the
 *     library refused ({@code INVALID}), the codes of its problems
 * @param headroom the ceiling rule's figure "headroom before the new aid" (message key
 *     {@value #HEADROOM}), or null when no ceiling rule gave one
 * @param verdictJson {@link FundingRules#toJsonLine} of the evaluation; null for a refused case
 */
public record RegisterRow(String outcome, List<String> failedRules, BigDecimal headroom, String verdictJson) {
    static final String HEADROOM = "state_aid.figure.headroom_before_the_new_aid";

    /** The row of an award whose case the library refused, with the codes of its problems. */
    public static RegisterRow invalid(InvalidCaseException refused) {
        TreeSet<String> codes = new TreeSet<>();
        refused.problems().forEach(p -> codes.add(p.code()));
        return new RegisterRow("INVALID", List.copyOf(codes), null, null);
    }

    /** The row of award {@code awardId} from the evaluation of its case. */
    public static RegisterRow of(String awardId, Evaluation evaluation) {
        TreeSet<String> failed = new TreeSet<>();
        boolean deMinimisFailed = false;
        boolean deMinimisOpen = false;
        BigDecimal headroom = null;
        for (Verdict v : evaluation.verdicts()) {
            if (!awardId.equals(v.subject().id()) || v.subject().type() != SubjectType.AWARD) {
                continue;
            }
            for (Criterion c : v.criteria()) {
                if (!c.ruleId().startsWith("state_aid")) {
                    continue;
                }
                boolean deMinimis = c.ruleId().startsWith("state_aid.de_minimis");
                if (c.outcome() == CriterionOutcome.FAIL) {
                    failed.add(c.ruleId());
                    deMinimisFailed |= deMinimis;
                } else if (c.outcome() == CriterionOutcome.UNDETERMINED) {
                    deMinimisOpen |= deMinimis;
                }
                for (Figure f : c.figures()) {
                    if (f.nameMessage() != null && HEADROOM.equals(f.nameMessage().key())) {
                        headroom = new BigDecimal(f.value());
                    }
                }
            }
        }
        String outcome = deMinimisFailed ? "NON_COMPLIANT" : deMinimisOpen ? "UNDETERMINED" : "COMPLIANT";
        return new RegisterRow(outcome, List.copyOf(failed), headroom, FundingRules.toJsonLine(evaluation));
    }
}
