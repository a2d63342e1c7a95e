package org.fundingrules;

import java.util.List;
import java.util.stream.Collectors;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;

/**
 * A stored verdict document given to {@link RuleSet#replay} is not one: not UTF-8, malformed JSON, or without
 * the fields a replay compares. Carries every problem found, sorted by JSON path; no replay is produced beside it.
 * Kept apart from {@link InvalidCaseException} so that a caller can tell which of the two files is at fault.
 */
public final class InvalidVerdictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public InvalidVerdictException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the verdict document:\n" + problems.stream().sorted()
                .map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().distinct().toList();
    }

    /** Every problem found, sorted by JSON path. Never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
