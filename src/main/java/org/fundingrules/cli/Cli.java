package org.fundingrules.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.fundingrules.FundingRules;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.RulesLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line, on picocli: one parser for every command, each command's own {@code --help}, {@code help
 * <command>}, {@code --version}, the same usage errors everywhere (the message, then the command's usage, exit 64),
 * and the bash completion script the build generates from it ({@code target/fundingrules_completion}).
 */
@Command(name = "fundingrules", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Explained compliance verdicts for EU cascade funding.",
        subcommands = {Cli.Evaluate.class, Cli.Lint.class, Cli.Test.class, Cli.Coverage.class, Cli.Mutate.class,
            Cli.Impact.class, Cli.Batch.class, Cli.Replay.class, Cli.Report.class, Cli.Docs.class,
            Cli.VersionCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Global option: --debug prints the stack trace of an internal error.", "",
            "Exit codes: 0 every verdict compliant, 1 a verdict non-compliant or undetermined, 2 invalid input, 3 rules "
                + "that do not load, 64 wrong usage, 70 an internal error (a fault of the library, not of the input). "
                + "test, coverage, mutate, impact: 1 a failing scenario, a gap, a survivor, a change; replay: 0 "
                + "identical, 1 differences."})
public final class Cli implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    /** For the completion generator, which needs a command without streams. */
    public Cli() {
        this(System.out, System.err);
    }

    private Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        err.print(spec.commandLine().getUsageMessage());
        return Main.USAGE;
    }

    /** The command line writing to these streams: usage errors print the message and the command's usage, exit 64. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        Cli root = new Cli(out, err);
        CommandLine cl = new CommandLine(root, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (Sub.class.isAssignableFrom(type)) {
                    Sub s = (Sub) type.getDeclaredConstructor().newInstance();
                    s.out = out;
                    s.err = err;
                    return type.cast(s);
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
        cl.setUsageHelpWidth(100);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((ParameterException e, String[] args) -> {
            boolean unknownCommand = e instanceof CommandLine.UnmatchedArgumentException u
                    && e.getCommandLine().getCommandSpec().parent() == null && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-");
            e.getCommandLine().getErr().println(unknownCommand ? "unknown command '"
                    + ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0) + "'" : e.getMessage());
            e.getCommandLine().getErr().print(e.getCommandLine().getUsageMessage());
            e.getCommandLine().getErr().flush();
            return Main.USAGE;
        });
        return cl;
    }

    /** A usage error found after parsing (a language the rules do not have): the message, the command's usage. */
    static int usage(PrintStream err, String command, String message) {
        err.println(message);
        err.print(commandLine(System.out, err).getSubcommands().get(command).getUsageMessage());
        return Main.USAGE;
    }

    /** Prints rules that do not load, like {@code evaluate} does; returns the exit code. */

    /** The rule set a command judges with: the packaged rules, or those of {@code --rules DIR} compiled now. */
    static RuleSet rules(Path folder) {
        if (folder == null) {
            CompletableFuture<RuleSet> early = preloaded;
            preloaded = null;
            return early != null ? joinRules(early) : FundingRules.packaged();
        }
        return FundingRules.builder().rules(folder).build();
    }

    /** The packaged rules, loading since the process started ({@link #preload}); taken once. */
    private static volatile CompletableFuture<RuleSet> preloaded;
    /** The same load, kept for {@link #earlyLoadFailure}. */
    private static volatile CompletableFuture<RuleSet> early;

    /**
     * The failure of the JVM itself (a {@link VirtualMachineError} such as OutOfMemoryError) that ended the early
     * load of the rules, waiting a little for the load to end; null when there was no early load, it succeeded, failed
     * otherwise, or is still running.
     */
    static Throwable earlyLoadFailure() {
        CompletableFuture<RuleSet> f = early;
        if (f == null) {
            return null;
        }
        try {
            f.get(2, java.util.concurrent.TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause() instanceof VirtualMachineError vm ? vm : null;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * In a process that will judge one case with the packaged rules ({@code evaluate} without {@code --rules}),
     * starts loading them on another thread at once: loading takes longer than parsing the command line and reading
     * the case, which then run beside it instead of before it.
     */
    static void preload(String[] args) {
        List<String> a = List.of(args);
        if (!a.isEmpty() && a.get(0).equals("evaluate")
                && a.stream().noneMatch(x -> x.equals("--rules") || x.startsWith("--rules="))) {
            preloaded = CompletableFuture.supplyAsync(FundingRules::packaged);
            early = preloaded;
        }
    }
    static int rulesFailed(PrintStream err, String which, RulesLoadException e) {
        err.println(which + " do not load:");
        e.errors().forEach(x -> err.println("  " + x));
        return Main.RULES_FAILED;
    }

    /** The rules a background load gives, or the {@link RulesLoadException} it failed with, unwrapped. */
    static <T> T joinRules(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RulesLoadException r) {
                throw r;
            }
            throw e;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fundingrules " + FundingRules.version()};
        }
    }

    /** A subcommand: the streams it writes to. */
    abstract static class Sub implements Callable<Integer> {
        PrintStream out;
        PrintStream err;
        @Spec
        CommandSpec spec;

        ParameterException usage(String message) {
            return new ParameterException(spec.commandLine(), message);
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Judge one case file and print the verdicts with their explanation trace.")
    static final class Evaluate extends Sub {
        @Parameters(paramLabel = "<case.json>", description = "the case file")
        Path input;
        @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
                description = {"json (default): the full evaluation, byte-identical for the same input;",
                    "text: a readable summary with the trace of every criterion"})
        String format;
        @Option(names = "--lang", paramLabel = "<code>", defaultValue = "en",
                description = "the language of the text format's statements, reasons and summaries: en (default), fr")
        String lang;
        @Option(names = "--rules", paramLabel = "<dir>", description = "compile the rules in this folder instead of the packaged ones")
        Path rules;

        @Override
        public Integer call() {
            if (!format.equals("json") && !format.equals("text")) {
                throw usage("--format must be json or text, not '" + format + "'");
            }
            return Main.evaluate(input, format, lang, rules, out, err);
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Check a rules folder against the rule-author conventions (rules/README.md).",
                "Citations, sources, packages, dated parameters, scenario files, literals, rule versions; one line per "
                    + "finding (file:line: message). Exit 0 clean, 1 findings, 3 rules folder unreadable."})
    static final class Lint extends Sub {
        @Option(names = "--rules", paramLabel = "<dir>", description = "lint the rules in this folder instead of the packaged ones")
        Path rules;

        @Override
        public Integer call() {
            return LintCommand.run(rules, out, err);
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Run every scenario file: one line per scenario, the differences and trace of a failure.")
    static final class Test extends Sub {
        @Option(names = "--rules", paramLabel = "<dir>", description = "the rules folder (default: the packaged rules)")
        Path rules;

        @Override
        public Integer call() {
            return TestCommand.run(rules, out, err);
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "The rules and criterion branches (pass, fail) the scenarios exercise, and those they do not.")
    static final class Coverage extends Sub {
        @Option(names = "--rules", paramLabel = "<dir>", description = "the rules folder (default: the packaged rules)")
        Path rules;

        @Override
        public Integer call() {
            return CoverageCommand.run(rules, out, err);
        }
    }

    @Command(name = "mutate", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"List the mutants of the rules that no scenario notices.",
                "Moves each parameter value one unit up and down (with --dates, each validity date by one day) and "
                    + "flips each comparison at its boundary. Exit 0 when every survivor has a written reason."})
    static final class Mutate extends Sub {
        @Option(names = "--rules", paramLabel = "<dir>", description = "the rules folder (default: the packaged rules)")
        Path rules;
        @Option(names = "--only", paramLabel = "<family>", description = "mutate one rule family (a folder of the rules folder) only")
        String only;
        @Option(names = "--threads", paramLabel = "<n>", description = "mutants judged in parallel (default: 2, or 1 on one processor)")
        Integer threads;
        @Option(names = "--dates", description = "also move each parameter's validity date by one day")
        boolean dates;

        @Override
        public Integer call() {
            if (threads != null && threads < 1) {
                throw usage("--threads needs a positive number");
            }
            return MutateCommand.run(rules, only, threads, dates, out, err);
        }
    }

    @Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Evaluate the case files (*.json) of a folder under two rule sets; list the verdicts that change.")
    static final class Impact extends Sub {
        @Option(names = "--baseline", paramLabel = "<rules dir>", required = true, description = "the rules to compare with")
        Path baseline;
        @Option(names = "--rules", paramLabel = "<dir>", description = "the changed rules (default: the packaged rules)")
        Path rules;
        @Parameters(paramLabel = "<cases dir>", description = "a folder of case files")
        Path cases;

        @Override
        public Integer call() {
            return ImpactCommand.run(baseline, rules, cases, out, err);
        }
    }

    @Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Judge many cases in parallel: a folder of case files or a JSON Lines file.",
                "One JSON line per case, in input order: {\"index\":0,\"source\":\"cases.jsonl:1\",\"outcome\":"
                    + "\"NON_COMPLIANT\",\"evaluation\":{...}} or, for an invalid case, \"outcome\":\"INVALID\" with "
                    + "its \"problems\"; then a summary (cases per outcome, invalid inputs, time, rate) on stdout with "
                    + "--out, else on stderr. Exit 0 every case compliant, 1 a case non-compliant or undetermined, 2 "
                    + "an invalid case or unreadable input, 70 a case the library failed on."})
    static final class Batch extends Sub {
        @Parameters(paramLabel = "<folder|file.jsonl>", description = "the cases")
        Path input;
        @Option(names = "--out", paramLabel = "<file>", description = "write the JSON lines to this file instead of stdout")
        Path outFile;
        @Option(names = "--threads", paramLabel = "<n>", description = "worker threads (default: the number of processors)")
        Integer threads;
        @Option(names = "--rules", paramLabel = "<dir>", description = "compile the rules in this folder instead of the packaged ones")
        Path rules;
        /** Tests draw the progress bar without a console. */
        static volatile Boolean terminal;

        @Override
        public Integer call() {
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            if (n < 1 || n > 1024) {
                throw usage("--threads must be a whole number from 1 to 1024, not '" + threads + "'");
            }
            return BatchCommand.run(input, outFile, n, rules, out, err,
                    terminal != null ? terminal : System.console() != null);
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Evaluate a case again and compare with a stored verdict document.",
                "Both digests, every verdict, criterion, figure and parameter; says \"identical\" or lists what "
                    + "differs and whether the input, the rules or both differ (exit 0 identical, 1 differences)."})
    static final class Replay extends Sub {
        @Parameters(index = "0", paramLabel = "<verdict.json>", description = "the stored verdict document")
        Path verdict;
        @Parameters(index = "1", paramLabel = "<case.json>", description = "the case file it was produced from")
        Path caseFile;
        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "text (default) or json (the Replay record)")
        String format;
        @Option(names = "--rules", paramLabel = "<dir>", description = "replay with the rules in this folder instead of the packaged ones")
        Path rules;

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw usage("--format must be text or json, not '" + format + "'");
            }
            return ReplayCommand.run(verdict, caseFile, rules, format, out, err);
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Judge one case file and write the HTML audit report.",
                "One self-contained page (no script, nothing fetched) with the verdicts, their traces, the SME share, "
                    + "de minimis timelines and the SME aggregation."})
    static final class Report extends Sub {
        @Parameters(paramLabel = "<case.json>", description = "the case file")
        Path input;
        @Option(names = "--html", paramLabel = "<file>", required = true, description = "the HTML file to write")
        Path html;
        @Option(names = "--lang", paramLabel = "<code>", defaultValue = "en",
                description = "the language of the report: its labels, statements, reasons and summaries: en (default), fr")
        String lang;
        @Option(names = "--rules", paramLabel = "<dir>", description = "compile the rules in this folder instead of the packaged ones")
        Path rules;

        @Override
        public Integer call() {
            return ReportCommand.run(input, html, lang, rules, out, err);
        }
    }

    @Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Write the rule catalogue: every rule with its id, name, citation, dates and what it derives.",
                "Markdown, per DRL file, from the rules' metadata, then the legal sources with their official "
                    + "references; the same rules give the same bytes. Exit 0 written, 2 the file cannot be written."})
    static final class Docs extends Sub {
        @Option(names = "--rules", paramLabel = "<dir>", description = "the rules folder (default: the packaged rules)")
        Path rules;
        @Option(names = "--out", paramLabel = "<file>", description = "the file to write (default: docs/rules.md)")
        Path outFile;

        @Override
        public Integer call() {
            return DocsCommand.run(rules, outFile, out, err);
        }
    }

    @Command(name = "version", description = "Print the version.")
    static final class VersionCommand extends Sub {
        @Override
        public Integer call() {
            out.println("fundingrules " + FundingRules.version());
            return Main.COMPLIANT;
        }
    }
}
