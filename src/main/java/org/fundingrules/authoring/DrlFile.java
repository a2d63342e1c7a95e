package org.fundingrules.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DRL file read as text, without compiling it: its package, its rules (name, line, metadata and the span of the
 * {@code when} part) and its string literals. Comments and the inside of string literals are masked before the
 * structure is searched, so a commented-out {@code @validUntil} or a {@code "when"} inside a text is not taken for
 * code; positions in the masked text are positions in the file.
 */
final class DrlFile {
    /** One string literal: its content (escapes left as written), start offset of the opening quote, line. */
    record Literal(String value, int start, int end, int line) {
    }

    /**
     * One rule as written: name, line of {@code rule}, metadata by name, the {@code when} part's span, and where its
     * consequence (from {@code whenEnd}) ends.
     */
    record RuleText(String name, int line, Map<String, String> metadata, int whenStart, int whenEnd, int thenEnd) {
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?=[\"'\\w])");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\b");
    private static final Pattern META = Pattern.compile("@(\\w+)\\s*\\(");

    private final String path;
    private final String text;
    private final String code;
    private final int[] lineStarts;
    private final List<Literal> literals = new ArrayList<>();

    DrlFile(String path, String text) {
        this.path = path;
        this.text = text;
        this.code = mask(text, literals);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        List<Literal> withLines = new ArrayList<>();
        for (Literal l : literals) {
            withLines.add(new Literal(l.value(), l.start(), l.end(), lineAt(l.start())));
        }
        literals.clear();
        literals.addAll(withLines);
    }

    private static final Pattern META_OPEN = Pattern.compile("@\\w+\\s*\\(\\s*$");

    /** The string literals of the code, leaving out rule metadata ({@code @ruleId("...")}). */
    List<Literal> codeLiterals() {
        return literals.stream()
                .filter(l -> !META_OPEN.matcher(code.substring(Math.max(0, l.start() - 40), l.start())).find())
                .toList();
    }

    String path() {
        return path;
    }

    /** The file with comments and string contents blanked (quotes and line breaks kept). */
    String code() {
        return code;
    }

    String text() {
        return text;
    }

    List<Literal> literals() {
        return literals;
    }

    /** The 1-based line of an offset. */
    int lineAt(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The declared package and its line, or null when the file declares none. */
    Map.Entry<String, Integer> packageDeclaration() {
        Matcher m = PACKAGE.matcher(code);
        return m.find() ? Map.entry(m.group(1), lineAt(m.start(1))) : null;
    }

    /** Every rule of the file, in file order. */
    List<RuleText> rules() {
        List<RuleText> out = new ArrayList<>();
        Matcher m = RULE.matcher(code);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.end());
        }
        for (int k = 0; k < starts.size(); k++) {
            int at = starts.get(k);
            int limit = k + 1 < starts.size() ? starts.get(k + 1) : code.length();
            String name = nameAt(at);
            int line = lineAt(at);
            Matcher when = WHEN.matcher(code).region(at, limit);
            int headerEnd = when.find() ? when.start() : limit;
            int whenStart = headerEnd;
            int whenEnd = headerEnd;
            int thenEnd = headerEnd;
            if (headerEnd < limit) {
                Matcher then = THEN.matcher(code).region(when.end(), limit);
                Matcher end = END.matcher(code).region(when.end(), limit);
                whenStart = when.end();
                boolean hasEnd = end.find();
                whenEnd = then.find() ? then.start() : hasEnd ? end.start() : limit;
                thenEnd = hasEnd ? end.start() : limit;
            }
            out.add(new RuleText(name, line, metadata(at, headerEnd), whenStart, whenEnd, thenEnd));
        }
        return out;
    }

    private String nameAt(int at) {
        char c = text.charAt(at);
        if (c == '"' || c == '\'') {
            int close = text.indexOf(c, at + 1);
            return close < 0 ? text.substring(at + 1) : text.substring(at + 1, close);
        }
        int e = at;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return text.substring(at, e);
    }

    private Map<String, String> metadata(int from, int to) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = META.matcher(code).region(from, to);
        while (m.find()) {
            int open = m.end() - 1;
            int close = code.indexOf(')', open);
            if (close < 0 || close > to) {
                continue;
            }
            String value = text.substring(open + 1, close).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            out.putIfAbsent(m.group(1), value);
        }
        return out;
    }

    /**
     * Blanks comments and the inside of string and character literals with spaces, keeping line breaks and the
     * quotes, and collects every string literal.
     */
    static String mask(String text, List<Literal> literals) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                for (; i < stop; i++) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                int start = i;
                out.append(c);
                i++;
                StringBuilder value = new StringBuilder();
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        value.append(text.charAt(i)).append(text.charAt(i + 1));
                        out.append("  ");
                        i += 2;
                        continue;
                    }
                    value.append(text.charAt(i));
                    out.append(' ');
                    i++;
                }
                if (i < n && text.charAt(i) == c) {
                    out.append(c);
                    i++;
                }
                if (c == '"') {
                    literals.add(new Literal(value.toString(), start, i, 0));
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
