package org.fundingrules.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.json.FundingJson;

/**
 * Writes a JSON Lines file of generated applicant cases for the batch command: {@code JsonLines FILE COUNT [SEED]},
 * one case per line (applicant {@code i} of {@link CaseGenerator#applicants}), streamed, never held in memory.
 * Used by {@code bench/batch.sh}.
 */
public final class JsonLines {
    private JsonLines() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new CaseGenerator(seed).applicants(count).forEach(c -> {
                try {
                    w.write(FundingJson.mapper().writeValueAsString(c));
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
