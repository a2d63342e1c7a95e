package org.fundingrules.facts;

import java.time.LocalDate;
import org.fundingrules.trace.SubjectType;

/**
 * A view of the budget the SME share is judged on: {@code planned} (the proposal's lines) or {@code actual} (what
 * has been spent and awarded by the reference date).
 *
 * @param id {@code planned} or {@code actual}
 * @param asOf the reference date
 */
public record BudgetView(String id, LocalDate asOf) implements Subject {
    public static final String PLANNED = "planned";
    public static final String ACTUAL = "actual";

    @Override
    public SubjectType subjectType() {
        return SubjectType.BUDGET;
    }

    @Override
    public String path() {
        return "$.budgetLines";
    }

    /** The view in words, for statements: planned, or actual spending and awards. */
    public org.fundingrules.trace.Message term() {
        return org.fundingrules.trace.Message.of(planned() ? "budget.view.planned" : "budget.view.actual");
    }

    /** Whether this is the planned view. */
    public boolean planned() {
        return PLANNED.equals(id);
    }
}
