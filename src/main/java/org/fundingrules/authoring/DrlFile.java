package org.fundingrules.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * A DRL file read by the Drools DRL parser, the one the engine's compiler reads it with, without compiling it: its
 * package, imports, functions and rules (name, line, metadata, where the conditions are, the consequence), each
 * where the parser found it. The parser recovers from a syntax error as an editor does; what it could not read is in
 * {@link #errors()}.
 *
 * <p>Positions are character offsets in the file. {@link #code()} is the file with comments and the inside of string
 * literals blanked (same length): the text in which the tools look inside a span the parser delimits (a condition,
 * a consequence), where a commented-out {@code x > 1} or a {@code "<"} in a text must not count.
 */
final class DrlFile {
    /** One string literal: its content (escapes left as written), start offset of the opening quote, line. */
    record Literal(String value, int start, int end, int line) {
    }

    /** An import or a function: its name, 1-based line and span. */
    record Declaration(String name, int line, int start, int end) {
    }

    /** A syntax error of the file: 1-based line (0 when the parser gives none) and the parser's message. */
    record Error(int line, String message) {
    }

    /**
     * One rule as the parser read it: name, line of {@code rule}, metadata by name (values as the compiler keeps
     * them: a single value without its quotes), where the rule starts, the span of its conditions
     * ({@code whenStart}: the first condition, or where it would be; {@code whenEnd}: the end of the last), where it
     * ends, its consequence text and the descriptor.
     */
    record RuleText(String name, int line, Map<String, Object> metadata, int start, int whenStart, int whenEnd,
                    int end, String consequence, RuleDescr descr) {
        /** Every pattern of the conditions, nested ones (in {@code not}, {@code accumulate}, ...) included. */
        List<PatternDescr> patterns() {
            return tree(descr.getLhs()).filter(PatternDescr.class::isInstance).map(PatternDescr.class::cast).toList();
        }
    }

    private final String path;
    private final String text;
    private final String code;
    private final int[] lineStarts;
    private final List<Literal> literals = new ArrayList<>();
    private final PackageDescr descr;
    private final List<Error> errors = new ArrayList<>();
    private final List<RuleText> rules = new ArrayList<>();

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
        this.descr = parse(text, errors);
        for (RuleDescr r : descr.getRules()) {
            if (!r.isQuery() && r.getName() != null) {   // a rule the parser could not even name is only an error
                rules.add(rule(r));
            }
        }
    }

    /** Parses as an editor does (editor mode): a syntax error leaves the rest of the file readable. */
    private static PackageDescr parse(String text, List<Error> errors) {
        DrlParser parser = new DrlParser();
        PackageDescr parsed;
        try {
            parsed = parser.parse(true, text);
        } catch (DroolsParserException e) {
            errors.add(new Error(0, e.getMessage()));
            return new PackageDescr();
        }
        for (DroolsError e : parser.getErrors()) {
            errors.add(new Error(e instanceof ParserError p ? Math.max(0, p.getRow()) : 0, e.getMessage()));
        }
        return parsed == null ? new PackageDescr() : parsed;
    }

    private RuleText rule(RuleDescr r) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (AnnotationDescr a : r.getAnnotations()) {
            metadata.put(a.getName(), value(a));
        }
        // in order even where the parser recovered from an error and gave offsets that are not
        int start = within(r.getStartCharacter(), 0);
        int whenStart = Math.max(start, r.getLhs() == null ? start : within(r.getLhs().getStartCharacter(), start));
        int whenEnd = Math.max(whenStart, within(tree(r.getLhs()).mapToInt(BaseDescr::getEndCharacter).max()
                .orElse(whenStart), whenStart));
        int end = Math.max(whenEnd, within(r.getEndCharacter(), text.length()));
        String consequence = r.getConsequence() == null ? "" : r.getConsequence().toString();
        return new RuleText(r.getName(), r.getLine(), metadata, start, whenStart, whenEnd, end, consequence, r);
    }

    /** An offset the parser gave, or {@code otherwise} when it gave none (-1) or one past the text. */
    private int within(int offset, int otherwise) {
        return offset < 0 || offset > text.length() ? otherwise : offset;
    }

    /** An annotation's value as the compiler keeps it in the rule's metadata. */
    private static Object value(AnnotationDescr a) {
        Object single = a.getSingleValueStripped();
        if (single != null) {
            return single;
        }
        return a.getValueMap().isEmpty() ? null : a.getValueMap();
    }

    /** A descriptor and every descriptor under it, depth first. */
    static Stream<BaseDescr> tree(BaseDescr d) {
        if (d == null) {
            return Stream.empty();
        }
        Collection<? extends BaseDescr> children;
        if (d instanceof PatternDescr p) {
            List<BaseDescr> c = new ArrayList<>(p.getDescrs());
            if (p.getSource() != null) {
                c.add(p.getSource());
            }
            children = c;
        } else if (d instanceof AccumulateDescr a) {
            children = a.getInput() == null ? List.of() : List.of(a.getInput());
        } else if (d instanceof CollectDescr c) {
            children = c.getInputPattern() == null ? List.of() : List.of(c.getInputPattern());
        } else if (d instanceof ConditionalElementDescr ce) {
            children = ce.getDescrs().stream().filter(BaseDescr.class::isInstance).map(BaseDescr.class::cast).toList();
        } else {
            children = List.of();
        }
        return Stream.concat(Stream.of(d), children.stream().flatMap(DrlFile::tree));
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

    /**
     * The string literals of the code: every literal but those of a rule's head (its name, its metadata such as
     * {@code @ruleId("...")}, its attributes), which no rule reads.
     */
    List<Literal> codeLiterals() {
        return literals.stream()
                .filter(l -> rules.stream().noneMatch(r -> l.start() >= r.start() && l.start() < r.whenStart()))
                .toList();
    }

    /** The syntax errors, in file order; empty when the file parses. */
    List<Error> errors() {
        return errors;
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
        String name = descr.getName();
        return name == null || name.isEmpty() ? null : Map.entry(name, descr.getLine());
    }

    /** Every import, function and accumulate imports included, in file order. */
    List<Declaration> imports() {
        List<ImportDescr> all = new ArrayList<>(descr.getImports());
        all.addAll(descr.getFunctionImports());
        all.addAll(descr.getAccumulateImports());
        all.sort(java.util.Comparator.comparingInt(ImportDescr::getStartCharacter));
        return all.stream().map(i -> new Declaration(i.getTarget(), i.getLine(), i.getStartCharacter(),
                i.getEndCharacter())).toList();
    }

    /** Every function the file declares. */
    List<Declaration> functions() {
        List<Declaration> out = new ArrayList<>();
        for (FunctionDescr f : descr.getFunctions()) {
            int start = within(f.getStartCharacter(), 0);
            out.add(new Declaration(f.getName(), f.getLine(), start, Math.max(start,
                    within(f.getEndCharacter(), text.length()))));
        }
        return out;
    }

    /** Every rule of the file (queries left out), in file order. */
    List<RuleText> rules() {
        return rules;
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
