package org.fundingrules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fundingrules.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.InvalidCaseException;
import org.fundingrules.Messages;
import org.fundingrules.Outcome;
import org.fundingrules.Problem;
import org.fundingrules.RulesLoadException;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;

/** Entry point of the command-line interface. */
public final class Main {
    static final int COMPLIANT = 0;
    static final int NOT_COMPLIANT = 1;
    static final int INVALID_INPUT = 2;
    static final int RULES_FAILED = 3;
    static final int USAGE = 64;
    /** A fault of the library (a bug, an OutOfMemoryError): never 0, 1 or 2, which a caller reads as a verdict. */
    static final int INTERNAL_ERROR = 70;
    /** A test's way to make evaluation fail, as a bug would; null in production. */
    static volatile Runnable faultBeforeEvaluation;

    private static final String USAGE_TEXT = """
            usage: fundingrules evaluate <case.json> [--format json|text] [--lang <code>] [--rules <dir>]
                   fundingrules lint [--rules <dir>]
                   fundingrules test [--rules <dir>]
                   fundingrules coverage [--rules <dir>]
                   fundingrules mutate [--rules <dir>] [--only <family>] [--threads <n>] [--dates]
                   fundingrules impact --baseline <rules dir> [--rules <dir>] <cases dir>
                   fundingrules batch <folder|file.jsonl> [--out <file>] [--threads <n>] [--rules <dir>]
                   fundingrules replay <verdict.json> <case.json> [--rules <dir>] [--format text|json]
                   fundingrules report <case.json> --html <file> [--lang <code>] [--rules <dir>]
                   fundingrules version | --version
                   fundingrules help [<command>] | <command> --help
                   global option: --debug (the stack trace of an internal error)

              evaluate   judge one case file and print the verdicts with their explanation trace
                --format   json (default): the full evaluation, byte-identical for the same input
                           text: a readable summary with the trace of every criterion
                --lang     the language of the text format's statements, reasons and summaries: en (default), fr
                --rules    compile the rules in this folder instead of the packaged ones
              test       run every scenario file: one line per scenario, the differences and trace of a failure
              coverage   the rules and criterion branches (pass, fail) the scenarios exercise, and those they do not
              mutate     move each parameter value one unit, flip each comparison; list the mutants no scenario notices
                --only     mutate one rule family (a folder of the rules folder) only
                --threads  mutants judged in parallel (default: 2, or 1 on one processor)
                --dates    also move each parameter's validity date by one day
              impact     evaluate every case file (*.json) of a folder under both rule sets; list the verdicts that change
            """ + LintCommand.USAGE_TEXT + BatchCommand.USAGE_TEXT + ReplayCommand.USAGE_TEXT + ReportCommand.USAGE_TEXT
            + """

            exit codes: 0 every verdict compliant, 1 a verdict non-compliant or undetermined,
                        2 invalid input, 3 rules that do not load, 64 wrong usage,
                        70 an internal error (a fault of the library, not of the input; --debug prints its stack trace)
                        (test, coverage, mutate, impact: 1 a failing scenario, a gap, a survivor, a change;
                         replay: 0 identical, 1 differences)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.org.drools") == null) {
            // the DRL compiler's performance hints (class reactivity) are not for the CLI's reader
            System.setProperty("org.slf4j.simpleLogger.log.org.drools", "error");
        }
        // Moneta and Hibernate Validator announce themselves through java.util.logging at INFO
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err);
            out.flush();
        } catch (Throwable t) {   // even an error thrown while reporting an error ends as a fault, never a verdict
            code = INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /**
     * A case file's bytes, never more than one byte past {@link FundingJson#MAX_DOCUMENT_LENGTH}: a file of gigabytes
     * is refused by the reader's limit, not read into memory.
     */
    static byte[] read(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) FundingJson.MAX_DOCUMENT_LENGTH + 1);
        }
    }

    /** Why a file could not be read, in words: not found, permission denied, a folder, or the system's reason. */
    static String unreadable(String what, Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "cannot read " + what + " " + file + ": no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot read " + what + " " + file + ": permission denied";
        }
        if (Files.isDirectory(file)) {
            return "cannot read " + what + " " + file + ": it is a folder, not a file";
        }
        String reason = e.getMessage() == null || e.getMessage().equals(file.toString()) ? e.getClass().getSimpleName()
                : e.getMessage();
        return "cannot read " + what + " " + file + ": " + reason;
    }

    /** The one line printed for a fault of the library. */
    static String faultLine(String what) {
        return "fundingrules: internal error, a fault of the library and not of the input: " + what;
    }

    /**
     * Runs a command; returns the exit code. Never calls {@code System.exit}. A fault of the library (any exception
     * or error that is not about the input) gives {@link #INTERNAL_ERROR} and one line on {@code err}; the stack trace
     * only with {@code --debug}.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean debug = rest.remove("--debug");
        try {
            return dispatch(rest, out, err);
        } catch (Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            err.println(faultLine(root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage())
                    + (debug ? "" : " (run with --debug for the stack trace)")));
            if (debug) {
                t.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        }
    }

    /** The usage of one command: its synopsis line, then its part of the full usage (up to the next command). */
    static String help(String command) {
        String[] lines = USAGE_TEXT.split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            String t = l.trim();
            if (t.startsWith("usage: fundingrules " + command + " ") || t.startsWith("fundingrules " + command + " ")
                    || t.equals("fundingrules " + command)) {
                b.append("usage: ").append(t.replaceFirst("^usage: ", "")).append("\n");
            }
        }
        boolean in = false;
        StringBuilder detail = new StringBuilder();
        for (String l : lines) {
            boolean heading = l.startsWith("  ") && !l.startsWith("   ") && !l.isBlank();
            if (heading) {
                in = l.trim().startsWith(command + " ");
            } else if (!l.startsWith("    ")) {
                in = false;
            }
            if (in) {
                detail.append(l).append("\n");
            }
        }
        return b.isEmpty() ? null : b + "\n" + detail;
    }

    private static int dispatch(List<String> rest, PrintStream out, PrintStream err) {
        if (rest.isEmpty()) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (rest.get(0).equals("--help") || rest.get(0).equals("-h")
                || rest.get(0).equals("help") && rest.size() == 1) {
            out.print(USAGE_TEXT);
            return COMPLIANT;
        }
        if (rest.get(0).equals("help") || rest.contains("--help") || rest.contains("-h")) {
            String command = rest.get(0).equals("help") ? rest.get(1) : rest.get(0);
            String text = help(command);
            if (text == null) {
                err.println("unknown command '" + command + "'");
                err.print(USAGE_TEXT);
                return USAGE;
            }
            out.print(text);
            return COMPLIANT;
        }
        String command = rest.remove(0);
        if (command.equals("version") || command.equals("--version") || command.equals("-V")) {
            out.println("fundingrules " + FundingRules.version());
            return COMPLIANT;
        }
        switch (command) {
            case "lint" -> { return LintCommand.run(rest, out, err); }
            case "test" -> { return TestCommand.run(rest, out, err); }
            case "coverage" -> { return CoverageCommand.run(rest, out, err); }
            case "mutate" -> { return MutateCommand.run(rest, out, err); }
            case "impact" -> { return ImpactCommand.run(rest, out, err); }
            case "replay" -> { return ReplayCommand.run(rest, out, err); }
            case "report" -> { return ReportCommand.run(rest, out, err); }
            default -> { }
        }
        if (command.equals("batch")) {
            return BatchCommand.run(rest, out, err);
        }
        if (!command.equals("evaluate")) {
            err.println("unknown command '" + command + "'");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String format = "json";
        String lang = "en";
        Path rules = null;
        Path input = null;
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            switch (a) {
                case "--format" -> {
                    if (++i >= rest.size()) {
                        return usage(err, "--format needs json or text");
                    }
                    format = rest.get(i);
                    if (!format.equals("json") && !format.equals("text")) {
                        return usage(err, "--format must be json or text, not '" + format + "'");
                    }
                }
                case "--rules" -> {
                    if (++i >= rest.size()) {
                        return usage(err, "--rules needs a folder");
                    }
                    rules = Path.of(rest.get(i));
                }
                case "--lang" -> {
                    if (++i >= rest.size()) {
                        return usage(err, "--lang needs a language code (en, fr)");
                    }
                    lang = rest.get(i);
                }
                default -> {
                    if (a.startsWith("--") || input != null) {
                        return usage(err, "unexpected argument '" + a + "'");
                    }
                    input = Path.of(a);
                }
            }
        }
        if (input == null) {
            return usage(err, "evaluate needs a case file");
        }

        // load the rules on a second thread while this one reads and validates the case (start-up time)
        Path rulesFolder = rules;
        java.util.concurrent.CompletableFuture<FundingRules> loading = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> rulesFolder == null ? FundingRules.packaged() : FundingRules.fromFolder(rulesFolder));
        CaseFile caseFile = null;
        List<Problem> problems = List.of();
        String unreadable = null;
        try {
            caseFile = FundingJson.readCase(read(input));
        } catch (IOException e) {
            unreadable = unreadable("the case file", input, e);
        } catch (InvalidCaseException e) {
            problems = e.problems();
        }

        FundingRules engine;
        try {
            engine = CommandLine.joinRules(loading);
        } catch (RulesLoadException r) {
            err.println("the rules do not load; no verdict was produced:");
            r.errors().forEach(x -> err.println("  " + x));
            return RULES_FAILED;
        }
        if (unreadable != null) {
            err.println(unreadable);
            return INVALID_INPUT;
        }
        if (!problems.isEmpty()) {
            err.println("invalid case file " + input + "; no verdict was produced:");
            for (Problem p : problems) {
                err.println("  " + p.path() + ": " + p.message() + " [" + p.code() + "]");
            }
            return INVALID_INPUT;
        }
        Messages messages = engine.messages();
        if (!messages.languages().contains(lang)) {
            return usage(err, "--lang must be one of " + String.join(", ", messages.languages()) + ", not '" + lang + "'");
        }
        if (faultBeforeEvaluation != null) {
            faultBeforeEvaluation.run();
        }
        Evaluation evaluation = engine.evaluate(caseFile);
        if (format.equals("json")) {
            // streamed: a large case's verdict document is never held in memory as one text
            try {
                out.flush();
                FundingJson.write(evaluation, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            // names and ids as the input holds them: bidirectional and invisible characters shown as escapes
            out.print(org.fundingrules.report.VisibleText.escape(
                    TextReport.render(evaluation, messages, Locale.forLanguageTag(lang))));
        }
        return evaluation.outcome() == Outcome.COMPLIANT ? COMPLIANT : NOT_COMPLIANT;
    }

    private static int usage(PrintStream err, String message) {
        err.println(message);
        err.print(USAGE_TEXT);
        return USAGE;
    }
}
