package org.fundingrules.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The citation metadata every rule carries, and its validity in time. */
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

    private RuleMetadata() {
    }

    /** A metadata value as text, without the quotes DRL may leave around it; empty when absent. */
    public static String text(Map<String, Object> meta, String key) {
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
