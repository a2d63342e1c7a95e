package org.fundingrules.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of {@code evaluate} in its plain forms, read without picocli: building picocli's model of the twelve
 * commands (its classes, compiled for Java 5, are not held by a start-up cache) took a quarter of a first verdict's
 * time. Only what picocli would read the same way is taken: the command, one case file, and {@code --format},
 * {@code --lang} and {@code --rules} at most once each, as {@code --name value} or {@code --name=value}, with values
 * that picocli could not take for anything else. Anything else (help, an unknown or repeated option, a value
 * starting with '-' or '@', a format other than json or text, a path the system refuses) is left to picocli, which
 * reports it.
 */
record EvaluateArgs(Path input, String format, String lang, Path rules) {
    /** The plain form of {@code args}, or empty when picocli must read them. */
    static Optional<EvaluateArgs> plain(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("evaluate")) {
            return Optional.empty();
        }
        String input = null;
        String format = null;
        String lang = null;
        String rules = null;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("-")) {
                if (input != null || !ordinary(a)) {
                    return Optional.empty();
                }
                input = a;
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            String value;
            if (eq >= 0) {
                value = a.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                return Optional.empty();
            }
            if (!ordinary(value)) {
                return Optional.empty();
            }
            switch (name) {
                case "--format" -> {
                    if (format != null) {
                        return Optional.empty();
                    }
                    format = value;
                }
                case "--lang" -> {
                    if (lang != null) {
                        return Optional.empty();
                    }
                    lang = value;
                }
                case "--rules" -> {
                    if (rules != null) {
                        return Optional.empty();
                    }
                    rules = value;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (input == null || format != null && !format.equals("json") && !format.equals("text")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EvaluateArgs(Path.of(input), format == null ? "json" : format,
                    lang == null ? "en" : lang, rules == null ? null : Path.of(rules)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A value picocli takes as it is: not empty, not option-like, not an argument file (@file). */
    private static boolean ordinary(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }
}
