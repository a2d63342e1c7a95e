package org.fundingrules.trace;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The case file is invalid. Carries every problem found, sorted by path; no verdict is produced beside it.
 */
public final class InvalidCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public InvalidCaseException(List<Problem> problems) {
        super(describe(problems));
        this.problems = problems.stream().sorted().distinct().toList();
    }

    /** Every problem found, sorted by JSON path. Never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + " problem(s) in the case file:\n" + problems.stream().sorted()
                .map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
