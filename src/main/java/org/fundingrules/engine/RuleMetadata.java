package org.fundingrules.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation metadata every rule carries, and its validity in time; and the one check of it, which the engine runs
 * on the compiled rules when it loads them and {@code lint} on the rules as the DRL parser reads them, so that both
 * say the same thing in the same words.
 */
public final class RuleMetadata {
    public static final String RULE_ID = "ruleId";
    public static final String SOURCE = "source";
    public static final String ARTICLE = "article";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_UNTIL = "validUntil";
    /** Optional: {@code @decisive(true)} marks a criterion that decides its subject's verdict. */
    public static final String DECISIVE = "decisive";
    /** Metadata a rule must carry to be loaded. */
    public static final List<String> REQUIRED = List.of(RULE_ID, SOURCE, ARTICLE, VALID_FROM);

    /**
     * Marks of a working document in a citation: the research brief, its source numbers ({@code S40}) and its tags
     * ({@code [C]}, {@code [P]}, {@code [U]}). A lawyer cannot look these up.
     */
    private static final Pattern WORKING_DOCUMENT = Pattern.compile(
            "(?i)\\bBRIEF\\b|\\bBRIEF\\.md|(?-i:\\bS\\d{1,3}\\b)|\\[[CPU]]");

    /**
     * One problem with a rule's metadata.
     *
     * @param message what is wrong, naming the rule
     * @param refusesLoad whether the engine refuses a rule set with it; {@code lint} reports every problem
     */
    public record Problem(String message, boolean refusesLoad) {
    }

    /**
     * A rule's metadata, checked.
     *
     * @param ruleId the rule id ("" when absent), and so {@code source} and {@code article}
     * @param validFrom null when absent or not a date
     * @param validUntil null when absent or not a date
     * @param complete whether every {@link #REQUIRED} value is there
     * @param problems every problem, in a fixed order
     */
    public record Checked(String ruleId, String source, String article, LocalDate validFrom, LocalDate validUntil,
                          boolean complete, List<Problem> problems) {
    }

    private RuleMetadata() {
    }

    /**
     * Checks one rule's metadata: the {@link #REQUIRED} values present, the source registered, the dates dates (these
     * refuse a rule set); {@code @validUntil} not before {@code @validFrom}, the article no working document.
     *
     * @param rule the rule's name
     * @param meta the metadata by name, as the compiler keeps it or as {@code lint} reads it
     * @param sources the ids of {@code sources.yaml}
     */
    public static Checked check(String rule, Map<String, ?> meta, Set<String> sources) {
        String named = "rule \"" + rule + "\"";
        List<Problem> problems = new ArrayList<>();
        boolean complete = true;
        for (String key : REQUIRED) {
            if (text(meta, key).isBlank()) {
                problems.add(new Problem(named + " has no @" + key, true));
                complete = false;
            }
        }
        String source = text(meta, SOURCE);
        if (!source.isBlank() && !sources.contains(source)) {
            problems.add(new Problem(named + " cites @source '" + source + "', which is not in sources.yaml", true));
        }
        LocalDate from = date(named, meta, VALID_FROM, problems);
        LocalDate until = date(named, meta, VALID_UNTIL, problems);
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new Problem(named + ": @validUntil " + until + " is before @validFrom " + from, false));
        }
        String article = text(meta, ARTICLE);
        String working = workingDocument(named + ": @article", article);
        if (working != null) {
            problems.add(new Problem(working, false));
        }
        return new Checked(text(meta, RULE_ID), source, article, from, until, complete, List.copyOf(problems));
    }

    /**
     * The finding on a citation that names a working document instead of the official text, or null when it names
     * none.
     *
     * @param what what cites ({@code rule "x": @article}, {@code parameter 'k': the article}, ...)
     */
    public static String workingDocument(String what, String citation) {
        Matcher m = WORKING_DOCUMENT.matcher(citation);
        return m.find() ? what + " cites '" + m.group() + "', a working document: cite the official text" : null;
    }

    private static LocalDate date(String named, Map<String, ?> meta, String key, List<Problem> problems) {
        String text = text(meta, key);
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(named + ": @" + key + " '" + text + "' is not a date (yyyy-mm-dd)", true));
            return null;
        }
    }

    /** A metadata value as text, without the quotes DRL may leave around it; empty when absent. */
    public static String text(Map<String, ?> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return "";
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Whether a rule with this metadata is in force on the date: validFrom &lt;= date &lt;= validUntil. */
    public static boolean inForce(LocalDate validFrom, LocalDate validUntil, LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }
}
