package org.fundingrules.facts;

import java.time.LocalDate;
import java.util.Map;

/**
 * The dated parameters of a rule set as the rules of one evaluation read them: resolved once for the case's
 * reference date, never inserted into the session. A rules file declares
 * {@code global org.fundingrules.facts.Parameters parameters;} and reads a value with
 * {@code $p : Parameter() from parameters.at("fstp.max_per_third_party")}, or every dated value of a key, for a
 * date of the case other than the reference date, with {@code $h : ParameterHistory() from parameters.history(...)}.
 * A key without a value in force matches nothing, as a missing fact would.
 */
public final class Parameters {
    private final LocalDate referenceDate;
    private final Map<String, Parameter> inForce;
    private final Map<String, ParameterHistory> histories;

    /** Built by the engine from a rule set's parameter files; the maps are not copied (they are shared per date). */
    public Parameters(LocalDate referenceDate, Map<String, Parameter> inForce, Map<String, ParameterHistory> histories) {
        this.referenceDate = referenceDate;
        this.inForce = inForce;
        this.histories = histories;
    }

    /** The value in force on the reference date, or null when the key has none then. */
    public Parameter at(String key) {
        return inForce.get(key);
    }

    /** Every dated value of the key, oldest first, or null when no parameter file defines it. */
    public ParameterHistory history(String key) {
        return histories.get(key);
    }

    /** The date the values of {@link #at} are in force on. */
    public LocalDate referenceDate() {
        return referenceDate;
    }
}
