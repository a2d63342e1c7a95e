package org.fundingrules.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundingrules.engine.ParameterTable;
import org.fundingrules.engine.RuleFiles;

/**
 * The mutations of a rule set. Each numeric parameter value moves one unit up and one unit down, the unit being
 * the smallest step of the value's own scale ({@code "60000.00"} moves by 0.01, {@code "3"} by 1); values of
 * parameters with {@code unit: text} are left alone. Each comparison operator in a rule's conditions (where the DRL
 * parser found them, outside comments and string literals) flips at its boundary: {@code <} and
 * {@code <=}, {@code >} and {@code >=}, {@code ==} and {@code !=}. On request, each {@code validFrom} and
 * {@code validUntil} of a parameter value moves one day earlier and one day later (a move that makes two values
 * overlap does not load, and is counted apart).
 */
public final class Mutations {
    private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z0-9_.\\-]+)\\s*:\\s*(#.*)?$");
    private static final Pattern VALUE = Pattern.compile(
            "(?<=[\\s{,])value\\s*:\\s*(\"?)(-?\\d+(?:\\.\\d+)?)\\1\\s*(?=,|}|$|#)");
    private static final Pattern DATE = Pattern.compile(
            "(?<=[\\s{,])(validFrom|validUntil)\\s*:\\s*(\"?)(\\d{4}-\\d{2}-\\d{2})\\2");
    private static final Map<String, String> FLIP = Map.of("<", "<=", "<=", "<", ">", ">=", ">=", ">", "==", "!=",
            "!=", "==");

    private Mutations() {
    }

    /** Every mutation of the rule set, by file and position; {@code family} null for every family. */
    public static List<Mutation> of(RuleFiles files, Map<String, String> unitsByKey, String family) {
        return of(files, unitsByKey, family, false);
    }

    /** Every mutation, with the validity dates of parameter values when {@code dates}. */
    public static List<Mutation> of(RuleFiles files, Map<String, String> unitsByKey, String family, boolean dates) {
        List<Mutation> out = new ArrayList<>();
        for (String path : files.files().keySet()) {
            if (family != null && !org.fundingrules.engine.Engine.familyOf(path).equals(family)) {
                continue;
            }
            if (path.contains("/parameters/") && path.endsWith(".yaml")) {
                out.addAll(parameters(path, files.text(path), unitsByKey));
                if (dates) {
                    out.addAll(dates(path, files.text(path)));
                }
            } else if (path.endsWith(".drl")) {
                out.addAll(operators(path, files.text(path)));
            }
        }
        return out;
    }

    /** The unit of each parameter key of a table. */
    public static Map<String, String> units(ParameterTable table) {
        Map<String, String> m = new java.util.HashMap<>();
        table.entries().forEach((k, e) -> m.put(k, e.definition().unit()));
        return m;
    }

    static List<Mutation> parameters(String path, String text, Map<String, String> units) {
        List<Mutation> out = new ArrayList<>();
        String key = null;
        int offset = 0;
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            Matcher k = TOP_KEY.matcher(line);
            if (k.matches()) {
                key = k.group(1);
            } else if (key != null && !line.stripLeading().startsWith("#")
                    && !ParameterTable.TEXT.equals(units.get(key))) {
                Matcher v = VALUE.matcher(line);
                if (v.find()) {
                    String original = v.group(2);
                    BigDecimal value = new BigDecimal(original);
                    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-Math.max(0, value.scale()));
                    int at = offset + v.start(2);
                    for (BigDecimal moved : List.of(value.add(unit), value.subtract(unit))) {
                        String replacement = moved.setScale(Math.max(0, value.scale())).toPlainString();
                        out.add(new Mutation(path, lineNo, v.start(2) + 1, at, original, replacement, "parameter", key));
                    }
                }
            }
            offset += line.length() + 1;
        }
        return out;
    }

    static List<Mutation> dates(String path, String text) {
        List<Mutation> out = new ArrayList<>();
        String key = null;
        int offset = 0;
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            Matcher k = TOP_KEY.matcher(line);
            if (k.matches()) {
                key = k.group(1);
            } else if (key != null && !line.stripLeading().startsWith("#")) {
                Matcher d = DATE.matcher(line);
                while (d.find()) {
                    java.time.LocalDate date = java.time.LocalDate.parse(d.group(3));
                    for (java.time.LocalDate moved : List.of(date.minusDays(1), date.plusDays(1))) {
                        out.add(new Mutation(path, lineNo, d.start(3) + 1, offset + d.start(3), d.group(3),
                                moved.toString(), "date", key + " " + d.group(1)));
                    }
                }
            }
            offset += line.length() + 1;
        }
        return out;
    }

    /** The comparisons in the conditions of each rule, where the DRL parser found them. */
    static List<Mutation> operators(String path, String text) {
        DrlFile drl = new DrlFile(path, text);
        List<Mutation> out = new ArrayList<>();
        for (DrlFile.RuleText rule : drl.rules()) {
            out.addAll(operators(drl, rule.name(), rule.whenStart(), rule.whenEnd()));
        }
        return out;
    }

    /** The comparisons between two offsets of a file, outside comments and string literals. */
    static List<Mutation> operators(DrlFile drl, String rule, int from, int to) {
        List<Mutation> out = new ArrayList<>();
        String code = drl.code();
        int i = from;
        while (i < to) {
            String op = operatorAt(code, drl.text(), i);
            if (op == null) {
                i++;
                continue;
            }
            int line = drl.lineAt(i);
            int column = i - code.lastIndexOf('\n', i - 1);
            out.add(new Mutation(drl.path(), line, column, i, op, FLIP.get(op), "operator", rule));
            i += op.length();
        }
        return out;
    }

    /**
     * The comparison operator at {@code i} of the masked code, or null; its neighbours are read in the text. A lone
     * {@code <} or {@code >} must stand between spaces on its line.
     */
    private static String operatorAt(String code, String text, int i) {
        for (String two : List.of("<=", ">=", "==", "!=")) {
            if (code.startsWith(two, i)) {
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                char after = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
                return before == '=' || before == '!' || before == '<' || before == '>' || after == '=' ? null : two;
            }
        }
        char c = code.charAt(i);
        if ((c == '<' || c == '>') && i > 0 && blank(text.charAt(i - 1)) && i + 1 < text.length()
                && blank(text.charAt(i + 1))) {
            return String.valueOf(c);
        }
        return null;
    }

    private static boolean blank(char c) {
        return c != '\n' && Character.isWhitespace(c);
    }
}
