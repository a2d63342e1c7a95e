package org.fundingrules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundingrules.trace.RulesLoadException.RuleError;

/**
 * The DRL compiler's messages, translated where a pattern is known into a sentence a rule author can act on, with
 * the original message kept after it: {@code the rule uses type AwardFact, which is not imported; add `import
 * org.fundingrules.facts.AwardFact;` ... [Drools: Unable to resolve ObjectType 'AwardFact']}. A message no pattern
 * matches is kept as it is (without any stack trace). File and line are the compiler's.
 */
public final class DroolsMessages {

    /** One row of the table: a pattern over the compiler's message and the sentence it becomes. */
    private record Translation(Pattern pattern, Function<Matcher, String> sentence) {
    }

    /** What the compiler says after a parse error, which adds nothing for the reader once that error is shown. */
    private static final Pattern NULL_PACKAGE = Pattern.compile("^Parser returned a null Package$");

    private static final String FACTS = "org.fundingrules.facts";
    private static final Pattern IMPORT = Pattern.compile(
            "(?:Error importing : '|Only a type can be imported\\. )([\\w.$]+)");

    private static final List<Translation> TABLE = List.of(
            // conditions: a fact type that is not imported (or misspelt)
            row("Unable to resolve ObjectType '([\\w.$]+)'", m -> "the rule uses type " + m.group(1)
                    + ", which is not imported; " + importAdvice(m.group(1))),
            // consequence: a type that is not imported
            row("Rule Compilation error ([\\w.$]+) cannot be resolved to a type", m -> "the consequence (then) uses type "
                    + m.group(1) + ", which is not imported; " + importAdvice(m.group(1))),
            // conditions: a variable used before it is bound
            row("unable to resolve method using strict-mode: [\\w.$]+\\.(\\$\\w+)\\(\\)", m -> "the condition uses "
                    + m.group(1) + ", which no earlier pattern binds; bind it first (" + m.group(1)
                    + " : field) or correct its spelling"),
            // conditions: a field or method the fact does not have
            row("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)", m -> "type "
                    + simple(m.group(1)) + " has no field '" + m.group(2) + "'; check the spelling against the facts "
                    + "documented in " + FACTS + " (fields are read by their accessor name, e.g. amountEur)"),
            row("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(([^)]*)\\)", m -> "type "
                    + simple(m.group(1)) + " has no method " + m.group(2) + "(" + simpleList(m.group(3))
                    + "); check the name and the arguments against " + FACTS + ", or call a DRL function declared "
                    + "in the file"),
            // consequence: a method that does not exist
            row("Rule Compilation error The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)", m -> "the "
                    + "consequence (then) calls " + m.group(1) + "(" + m.group(2) + ") on " + m.group(3)
                    + ", which has no such method; check the name and the arguments against " + FACTS),
            // consequence: a variable that is not bound
            row("Rule Compilation error (\\$?\\w+) cannot be resolved(?: to a variable)?", m -> "the consequence (then) "
                    + "uses " + m.group(1) + ", which is neither bound in the conditions nor declared; bind it in when ("
                    + m.group(1) + " : Type(...)) or correct its spelling"),
            // consequence: Java syntax
            row("Rule Compilation error Syntax error, insert \"([^\"]+)\" to complete (\\w+)", m -> "Java syntax error "
                    + "in the consequence (then): '" + m.group(1) + "' is missing (statements end with ';')"),
            row("Rule Compilation error Syntax error on token \"([^\"]+)\", (.+)", m -> "Java syntax error in the "
                    + "consequence (then) at '" + m.group(1) + "': " + m.group(2)),
            // two rules with one name
            row("Duplicate rule name: (.+)", m -> "two rules of this package are named \"" + m.group(1).strip()
                    + "\"; rule names must be unique within a package (the trace names rules by them): rename one"),
            row("Rule Compilation error The type Rule_\\w+ is already defined", m -> "a rule name is used twice in "
                    + "this package (see the duplicate rule name)"),
            // imports
            row("Error importing : '([\\w.$]+)'", m -> "the import " + m.group(1) + " names no class; check the "
                    + "package and the class name (the facts rules match are in " + FACTS + ")"),
            row("Only a type can be imported\\. ([\\w.$]+) resolves to a package", m -> "the import " + m.group(1)
                    + " names a package, not a class; import each class by its full name"),
            row("Unknown accumulate function: '(\\w+)'", m -> "accumulate function " + m.group(1) + " is not "
                    + "imported" + ("sumEur".equals(m.group(1))
                    ? "; add `import accumulate org.fundingrules.facts.SumEur sumEur;` after the imports"
                    : "; add `import accumulate <class> " + m.group(1) + ";` after the imports")),
            // parse errors: where the parser stopped
            row("\\[ERR 10\\d\\] Line (\\d+):(\\d+) mismatched input '<eof>'(?: expecting [^\\n]*?)?(?: in rule \"(.*)\")?",
                    m -> "the file ends inside " + rule(m.group(3)) + ": a rule lacks its `end`, or a parenthesis or "
                            + "a string is not closed"),
            row("\\[ERR 10\\d\\] Line (\\d+):(\\d+) mismatched input 'then'(?: expecting [^\\n]*?)?(?: in rule \"(.*)\")?",
                    m -> "`then` comes too early in " + rule(m.group(3)) + ": a condition above it is not closed "
                            + "(a missing `)`)"),
            row("\\[ERR 10\\d\\] Line (\\d+):(\\d+) mismatched input 'end'(?: expecting [^\\n]*?)?(?: in rule \"(.*)\")?",
                    m -> "unexpected `end` at line " + m.group(1) + " in " + rule(m.group(3)) + ": a rule above "
                            + "lacks its own `end` (each rule is `rule \"name\" ... when ... then ... end`)"),
            row("\\[ERR 10\\d\\] Line (\\d+):(\\d+) mismatched input '(\\w+)'(?: expecting [^\\n]*?)?(?: in rule \"(.*)\")?",
                    m -> "unexpected '" + m.group(3) + "' at line " + m.group(1) + ", column " + m.group(2) + " in "
                            + rule(m.group(4)) + ": a misspelt keyword (`when`, `then`, `end`) or a missing "
                            + "operator or comma"),
            row("\\[ERR 10\\d\\] Line (\\d+):(\\d+) mismatched input ''", m -> "a string is not closed (a missing \") "
                    + "before line " + m.group(1)),
            row("\\[ERR 10\\d\\] Line (\\d+):(\\d+) mismatched input '(.*?)'(?: expecting [^\\n]*?)?(?: in rule \"(.*)\")?",
                    m -> "the parser did not expect '" + m.group(3) + "' at line " + m.group(1) + ", column "
                            + m.group(2) + " in " + rule(m.group(4)) + ": check that every parenthesis is paired and "
                            + "every string closed"),
            row("\\[ERR 101\\] Line (\\d+):(\\d+) no viable alternative at input '(.*?)'(?: in rule \"(.*)\")?",
                    m -> "the condition is incomplete at '" + m.group(3) + "' (line " + m.group(1) + ", column "
                            + m.group(2) + ") in " + rule(m.group(4)) + ": an operator lacks its operand, or a "
                            + "parenthesis is misplaced"),
            row("Line (\\d+):(\\d+) unexpected exception at input '(.*?)'", m -> "the parser stopped at line "
                    + m.group(1) + ": often a string that is not closed (a missing \")"));

    private DroolsMessages() {
    }

    private static Translation row(String regex, Function<Matcher, String> sentence) {
        return new Translation(Pattern.compile(regex), sentence);
    }

    /**
     * The compiler's errors as a rule author reads them: each translated where the table knows it, and a line
     * found for an error the compiler gives none; "Parser returned a null Package" is dropped when the file has
     * another error.
     *
     * @param fileText the text of a rule file by its path (null when unknown)
     */
    public static List<RuleError> translate(List<RuleError> errors, Function<String, String> fileText) {
        Set<String> filesWithErrors = new TreeSet<>();
        for (RuleError e : errors) {
            if (!NULL_PACKAGE.matcher(e.message().strip()).matches()) {
                filesWithErrors.add(e.file());
            }
        }
        List<RuleError> out = new ArrayList<>();
        for (RuleError e : errors) {
            if (NULL_PACKAGE.matcher(e.message().strip()).matches() && filesWithErrors.contains(e.file())) {
                continue;
            }
            String text = e.file() == null ? null : fileText.apply(e.file());
            out.add(new RuleError(e.file(), line(e.line(), e.message(), text), explain(e.message())));
        }
        return out;
    }

    /** The sentence for one compiler message followed by {@code [Drools: original]}, or the cleaned original. */
    public static String explain(String message) {
        String original = clean(message);
        for (Translation t : TABLE) {
            Matcher m = t.pattern().matcher(original);
            if (m.find()) {
                return t.sentence().apply(m) + " [Drools: " + original + "]";
            }
        }
        return original;
    }

    /** The message on one line: a stack trace cut off, the caret diagram dropped, whitespace collapsed. */
    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String s = message;
        int trace = s.indexOf("Stack trace:");
        if (trace >= 0) {
            s = s.substring(0, trace);
        }
        s = s.replaceAll("\\n\\s*\\^\\s*", " ");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The compiler's line; when it gives none, "[Line: n" in the message, or the line of the expression named. */
    static int line(int given, String message, String text) {
        Matcher imp = IMPORT.matcher(message == null ? "" : message);
        if (text != null && imp.find()) {
            // the compiler puts import errors on line 1 or on the rule that follows; the import's own line is clearer
            Matcher at = Pattern.compile("(?m)^[ \\t]*import[ \\t]+" + Pattern.quote(imp.group(1)) + "(?![\\w.$])")
                    .matcher(text);
            if (at.find()) {
                return (int) text.substring(0, at.start()).chars().filter(c -> c == '\n').count() + 1;
            }
        }
        if (given > 0 || message == null) {
            return Math.max(given, 0);
        }
        Matcher l = Pattern.compile("\\[Line: (\\d+)").matcher(message);
        if (l.find()) {
            return Integer.parseInt(l.group(1));
        }
        Matcher x = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\n").matcher(message);
        if (text != null && x.find()) {
            int at = text.indexOf(x.group(1).strip());
            if (at >= 0) {
                return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            }
        }
        return 0;
    }

    private static String rule(String name) {
        return name == null ? "the file" : "rule \"" + name + "\"";
    }

    private static String simple(String qualified) {
        int dot = Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('$'));
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }

    private static String simpleList(String args) {
        List<String> out = new ArrayList<>();
        for (String a : args.split(",")) {
            if (!a.isBlank()) {
                out.add(simple(a.strip()));
            }
        }
        return String.join(", ", out);
    }

    /** Where a type of that simple name is, as an import to add; a general hint when none is found. */
    static String importAdvice(String type) {
        String found = find(type);
        return found == null
                ? "add its import at the top of the file (the facts rules match are in " + FACTS + "), or correct the "
                        + "spelling"
                : "add `import " + found + ";` at the top of the file";
    }

    private static String find(String simpleName) {
        if (simpleName.contains(".")) {
            return null;
        }
        ClassLoader loader = DroolsMessages.class.getClassLoader();
        for (String pkg : List.of(FACTS, "org.fundingrules.model", "org.fundingrules.trace", "java.math", "java.time",
                "java.util")) {
            try {
                Class.forName(pkg + "." + simpleName, false, loader);
                return pkg + "." + simpleName;
            } catch (ClassNotFoundException | LinkageError e) {
                // not there
            }
        }
        for (Class<?> outer : List.of(org.fundingrules.facts.SmeFacts.class, org.fundingrules.facts.StateAidFacts.class)) {
            for (Class<?> c : outer.getDeclaredClasses()) {
                if (c.getSimpleName().equals(simpleName)) {
                    return outer.getName() + "." + simpleName;
                }
            }
        }
        return null;
    }
}
