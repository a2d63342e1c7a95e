package org.fundingrules.trace;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule set could not be loaded: a DRL file that does not compile, a parameter file that does not parse, a rule
 * without its citation. No engine is built from a partial rule set.
 */
public final class RulesLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<RuleError> errors;

    public RulesLoadException(List<RuleError> errors) {
        super(errors.size() + " error(s) loading the rules:\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** Every error found, in file order. */
    public List<RuleError> errors() {
        return errors;
    }

    /**
     * One error in one rule file.
     *
     * @param file path of the file relative to the rules folder
     * @param line 1-based line number, or 0 when the error concerns the whole file
     * @param message the compiler's or loader's message
     */
    public record RuleError(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }
}
