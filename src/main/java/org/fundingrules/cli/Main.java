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
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.Messages;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Problem;
import org.fundingrules.trace.RulesLoadException;
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
    /** A test's way to make evaluation fail, as a bug would (evaluate, and each case of batch); null in production. */
    static volatile Runnable faultBeforeEvaluation;

    private Main() {
    }

    public static void main(String[] args) {
        // plain java -jar: the command runs in a second JVM started with the cache of this JDK, if there is one
        java.util.Optional<Integer> relaunched = Relaunch.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.org.drools") == null) {
            // the DRL compiler's performance hints (class reactivity) are not for the CLI's reader
            System.setProperty("org.slf4j.simpleLogger.log.org.drools", "error");
        }
        Cli.preload(args);   // after the logging properties, which the loading thread's first logger reads
        // Moneta and Hibernate Validator announce themselves through java.util.logging at INFO
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        // resolve and link now what lastWords needs, so that it allocates nothing when it runs
        lastWords(new OutOfMemoryError(), 0);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err);
            out.flush();
        } catch (Throwable t) {   // even an error thrown while reporting an error ends as a fault, never a verdict
            reserve = null;
            code = INTERNAL_ERROR;
            lastWords(t);
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
        return "cannot read " + what + " " + file + ": " + reason(file, e);
    }

    /**
     * The reason alone, without the file's path (the JDK's messages often are the path and nothing else): a batch
     * puts it in a problem a portal shows, where the server's folders have no place.
     */
    static String reason(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (Files.isDirectory(file)) {
            return "it is a folder, not a file";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null || e.getMessage().contains(file.toString()) ? e.getClass().getSimpleName()
                : e.getMessage();
    }

    /**
     * Memory set aside at start-up and let go when a fault is reported: with the heap exhausted (by this thread or
     * by the one loading the rules), building and writing the fault line needs some to be free.
     */
    private static volatile byte[] reserve = new byte[512 * 1024];

    /** Encoded before any fault: printing the fault line must not need memory the fault may have used up. */
    private static final byte[] OUT_OF_MEMORY_LINE = (faultLine("OutOfMemoryError") + "\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] FAULT_LINE = (faultLine("an error while reporting an error") + "\n")
            .getBytes(StandardCharsets.UTF_8);

    /** The fault line written from preallocated bytes, when building it failed (out of memory while reporting). */
    private static void lastWords(Throwable t) {
        lastWords(t, -1);
    }

    /** Writes {@code length} bytes of the line (all of it when negative). */
    private static void lastWords(Throwable t, int length) {
        try {
            byte[] line = t instanceof OutOfMemoryError ? OUT_OF_MEMORY_LINE : FAULT_LINE;
            System.err.write(line, 0, length < 0 ? line.length : length);
            System.err.flush();
        } catch (Throwable ignored) {   // nothing is left to report with; the exit code still says fault
        }
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
            if (rest.isEmpty()) {
                err.print(Cli.commandLine(out, err).getUsageMessage());
                return USAGE;
            }
            java.util.Optional<EvaluateArgs> plain = EvaluateArgs.plain(rest);
            if (plain.isPresent()) {   // the common call, read without building picocli's model (start-up time)
                EvaluateArgs e = plain.get();
                return evaluate(e.input(), e.format(), e.lang(), e.rules(), out, err);
            }
            Throwable[] fault = {null};
            picocli.CommandLine cl = Cli.commandLine(out, err);
            cl.setExecutionExceptionHandler((ex, command, parsed) -> {
                fault[0] = ex;
                return INTERNAL_ERROR;
            });
            int code = cl.execute(rest.toArray(String[]::new));
            if (fault[0] != null) {
                throw fault[0];   // a fault of the library: reported below, exit 70
            }
            return code;
        } catch (Throwable t) {
            reserve = null;   // room to report in
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // the early load of the rules runs beside the command: where the JVM itself failed there (out of memory),
            // what the command met next is a consequence, and the JVM's failure is the fault to name
            Throwable early = root instanceof VirtualMachineError ? null : Cli.earlyLoadFailure();
            if (early != null) {
                root = early;
            }
            try {
                err.println(faultLine(root.getClass().getSimpleName()
                        + (root.getMessage() == null ? "" : ": " + root.getMessage())
                        + (debug ? "" : " (run with --debug for the stack trace)")));
                if (debug) {
                    t.printStackTrace(err);
                }
            } catch (Throwable again) {   // out of memory again while building the line
                err.flush();
                lastWords(root instanceof OutOfMemoryError ? root : again);
            }
            return INTERNAL_ERROR;
        }
    }

    /** Judges one case file and prints its verdicts (json or text, in a language). */
    static int evaluate(Path input, String format, String lang, Path rules, PrintStream out, PrintStream err) {
        // load the rules on a second thread while this one reads and validates the case (start-up time)
        Path rulesFolder = rules;
        java.util.concurrent.CompletableFuture<RuleSet> loading = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> Cli.rules(rulesFolder));
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

        RuleSet engine;
        try {
            engine = Cli.joinRules(loading);
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
            return Cli.usage(err, "evaluate", "--lang must be one of " + String.join(", ", messages.languages())
                    + ", not '" + lang + "'");
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


}
