package org.fundingrules.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundingrules.RulesLoadException;

/** The arguments of one authoring command: options with a value ({@code --rules DIR}) and positional arguments. */
final class CommandLine {
    final Map<String, String> options = new HashMap<>();
    final Set<String> flags = new java.util.HashSet<>();
    final List<String> positional = new ArrayList<>();
    String error;

    private CommandLine() {
    }

    /** Parses {@code args}; options not in {@code known} or without their value set {@link #error}. */
    static CommandLine parse(List<String> args, Set<String> known) {
        return parse(args, known, Set.of());
    }

    /** Parses {@code args}; {@code flags} are options without a value. */
    static CommandLine parse(List<String> args, Set<String> known, Set<String> flagNames) {
        CommandLine c = new CommandLine();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (flagNames.contains(a)) {
                c.flags.add(a);
            } else if (a.startsWith("--")) {
                if (!known.contains(a)) {
                    c.error = "unknown option '" + a + "'";
                    return c;
                }
                if (++i >= args.size()) {
                    c.error = a + " needs a value";
                    return c;
                }
                c.options.put(a, args.get(i));
            } else {
                c.positional.add(a);
            }
        }
        return c;
    }

    Path path(String option) {
        String v = options.get(option);
        return v == null ? null : Path.of(v);
    }

    static int usage(PrintStream err, String message, String usage) {
        err.println(message);
        err.println(usage);
        return Main.USAGE;
    }

    /** Prints rules that do not load, like {@code evaluate} does; returns the exit code. */
    static int rulesFailed(PrintStream err, String which, RulesLoadException e) {
        err.println(which + " do not load:");
        e.errors().forEach(x -> err.println("  " + x));
        return Main.RULES_FAILED;
    }

    /** The rules a background load gives, or the {@link RulesLoadException} it failed with, unwrapped. */
    static <T> T joinRules(java.util.concurrent.CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof org.fundingrules.RulesLoadException r) {
                throw r;
            }
            throw e;
        }
    }
}
