package org.fundingrules.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.fundingrules.facts.Parameter;
import org.fundingrules.facts.ParameterHistory;
import org.fundingrules.engine.ParameterTable;
import org.fundingrules.engine.RuleFiles;

/**
 * The dated parameters of a rule set ({@code <family>/parameters/*.yaml}), read by key as of a date, the way the rules
 * read them: for the {@link Oracle}, the {@link CaseGenerator} and the property tests, so that no legal threshold is
 * written twice and an edited parameter file moves the rules and their plain-Java statements together.
 *
 * <p>Which date a threshold is read on is the caller's: the rules read a {@code Parameter} on the case's reference
 * date and a {@code ParameterHistory} on a date of the case (the grant date of an award).
 */
public final class LawParameters {
    private static final class Packaged {
        static final LawParameters INSTANCE = new LawParameters(RuleFiles.packaged());
    }

    private final String origin;
    private final Map<String, ParameterHistory> byKey = new TreeMap<>();

    private LawParameters(RuleFiles files) {
        this.origin = files.origin();
        ParameterTable.read(files).histories().forEach(h -> byKey.put(h.key(), h));
    }

    /** The parameters of the rules shipped in the jar (the {@code rules/} folder of the project), read once. */
    public static LawParameters packaged() {
        return Packaged.INSTANCE;
    }

    /** The parameters of a folder laid out like {@code rules/} (an edited copy, say). */
    public static LawParameters fromFolder(Path rulesFolder) {
        return new LawParameters(RuleFiles.folder(rulesFolder));
    }

    /** The value in force on the date, or null when the key has none then. */
    public Parameter at(String key, LocalDate date) {
        ParameterHistory h = byKey.get(key);
        if (h == null) {
            throw new IllegalArgumentException("no parameter " + key + " in the rules of " + origin);
        }
        return h.at(date);
    }

    /** The number in force on the date; an error when none is (the statement using it cannot decide). */
    public BigDecimal amount(String key, LocalDate date) {
        return required(key, date).amount();
    }

    /** The number in force on the date as a whole number (years, persons); an error when none is. */
    public int count(String key, LocalDate date) {
        return required(key, date).amount().intValueExact();
    }

    /** The word or code in force on the date, or null when none is. */
    public String text(String key, LocalDate date) {
        Parameter p = at(key, date);
        return p == null ? null : p.text();
    }

    private Parameter required(String key, LocalDate date) {
        Parameter p = at(key, date);
        if (p == null) {
            throw new IllegalStateException("parameter " + key + " has no value in force on " + date
                    + " in the rules of " + origin);
        }
        return p;
    }

    @Override
    public String toString() {
        return "parameters of " + origin;
    }
}
