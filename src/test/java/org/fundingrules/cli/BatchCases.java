package org.fundingrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.TestCases;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.Award;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.ThirdParty;

/**
 * Small valid cases for batch runs: one open call, one to three third parties, one award each; every seventh case
 * gives one third party more than the EUR 60 000 maximum, so outcomes vary.
 * {@code main(file, count)} writes a JSON Lines file (used by {@code bench/batch.sh}).
 */
public final class BatchCases {
    private BatchCases() {
    }

    /** Case {@code i} as a Java record. */
    public static CaseFile caseFile(long i) {
        int parties = 1 + (int) (i % 3);
        List<ThirdParty> tps = new ArrayList<>();
        List<Award> awards = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            String tp = "tp-" + i + "-" + p;
            tps.add(TestCases.thirdParty(tp).toBuilder().vatNumber(String.format("IT%011d", i * 3 + p)).build());
            long cents = 1_000_000L + (i * 7919 + p * 104729) % 4_000_000L;
            if (i % 7 == 0 && p == 0) {
                cents = 6_100_000L;
            }
            awards.add(TestCases.award("aw-" + i + "-" + p, "oc1", tp, TestCases.cents(cents)));
        }
        // the small case of TestCases, its action numbered after the case
        CaseFile small = TestCases.action(List.of(TestCases.call("oc1", "60000.00")), tps, awards);
        return small.toBuilder().action(small.action().toBuilder().id("T-" + i).build()).build();
    }

    /** Case {@code i} as one JSON line. */
    public static String line(long i) {
        try {
            return FundingJson.mapper().writeValueAsString(caseFile(i));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code count} cases as JSON Lines. */
    public static void write(Path file, long count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                w.write(line(i));
                w.write('\n');
            }
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Long.parseLong(args[1]));
    }
}
