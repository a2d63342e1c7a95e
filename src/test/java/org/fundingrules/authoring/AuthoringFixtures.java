package org.fundingrules.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small rule folders for the authoring tests: some families of rules/ and sources.yaml, copied to a folder. */
public final class AuthoringFixtures {
    private AuthoringFixtures() {
    }

    /** Copies {@code rules/sources.yaml} and the given family folders into {@code to}; returns {@code to}. */
    public static Path copyFamilies(Path to, String... families) throws IOException {
        Files.createDirectories(to);
        Files.copy(Path.of("rules/sources.yaml"), to.resolve("sources.yaml"));
        for (String family : families) {
            copyTree(Path.of("rules", family), to.resolve(family));
        }
        return to;
    }

    /** Copies a folder tree. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Replaces the first occurrence of {@code from} in a file; fails when there is none. */
    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new AssertionError("no '" + from + "' in " + file);
        }
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }
}
