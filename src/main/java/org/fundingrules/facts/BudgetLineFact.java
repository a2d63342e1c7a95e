package org.fundingrules.facts;

import java.math.BigDecimal;
import org.fundingrules.model.BudgetPurpose;

/**
 * One budget line, amounts in EUR.
 *
 * @param id id in the case file
 * @param beneficiaryId whose budget
 * @param purpose what it pays for
 * @param amountEur planned amount
 * @param smeEarmarkedEur for financial support to third parties: planned part for SMEs, or null
 * @param spentEur actual spending, or null when not reported
 */
public record BudgetLineFact(String id, String beneficiaryId, BudgetPurpose purpose, BigDecimal amountEur,
                             BigDecimal smeEarmarkedEur, BigDecimal spentEur) {
    /** JSON path of the line. */
    public String path() {
        return Paths.item("budgetLines", id);
    }

    /** JSON path of one of its fields. */
    public String path(String field) {
        return path() + "." + field;
    }
}
