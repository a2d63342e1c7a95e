package org.fundingrules.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lint findings the shipped rules are known to have ({@code src/test/resources/lint-pending.txt}): the
 * conventions issue 17 added that some rule families do not meet yet. Tests compare the findings with this list
 * exactly, so a new finding fails and a fixed one must be struck off.
 */
public final class LintPending {
    private static final Pattern LINE = Pattern.compile("^(?:rules/)?([^:]+):\\d+: ");

    private LintPending() {
    }

    /** The pending findings, as {@code file: message}. */
    public static List<String> pending() {
        try {
            return Files.readAllLines(Path.of("src/test/resources/lint-pending.txt")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Findings as {@code file: message}, relative to the rules folder, sorted. */
    public static List<String> of(List<Lint.Finding> findings) {
        return findings.stream().map(f -> f.file() + ": " + f.message()).sorted().toList();
    }

    /** The finding lines the CLI printed, as {@code file: message} relative to the rules folder, sorted. */
    public static List<String> ofCli(String out) {
        return out.lines().filter(l -> !l.isBlank()).map(l -> LINE.matcher(l).replaceFirst("$1: ")).sorted().toList();
    }
}
