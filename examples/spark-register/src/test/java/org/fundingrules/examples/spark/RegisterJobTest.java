package org.fundingrules.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on {@code local[2]} over a generated register (100 000 random awards by default, {@code -Dregister.awards}
 * to change it): every award gets a row, every verdict is byte for byte what the library's {@code batch} command
 * gives for the same case (compared by SHA-256, so that the driver holds no verdict text), and every planted breach is
 * found.
 */
class RegisterJobTest {
    private static final long AWARDS = Long.getLong("register.awards", 100_000);
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = Sessions.local(2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sameVerdictsAsTheBatchCommandAndEveryPlantedBreachFound() throws Exception {
        String register = dir.resolve("register").toString();
        RegisterJob.generate(spark, 20261206L, AWARDS, register);
        long awards = spark.read().parquet(register + "/awards.parquet").count();

        // the JSON Lines copy of the register, so both input formats are read
        RegisterJob.Summary s = RegisterJob.run(spark, new RegisterJob.Paths(register + "/awards.jsonl",
                register + "/links.jsonl", dir.resolve("out").toString()));
        System.out.printf("register of %d awards: %s%n", awards, s.byOutcome());

        // nothing dropped: one row per award, and no case refused
        assertEquals(awards, s.awards());
        assertEquals(null, s.byOutcome().get("INVALID"), "refused cases");
        // the rows without their verdicts' text, which the driver need not hold: each verdict by its SHA-256
        Map<String, Row> byId = new HashMap<>();
        spark.read().parquet(dir.resolve("out/results").toString())
                .select(col("award_id"), col("outcome"), col("failed_rules"), sha2(col("verdict_json"), 256))
                .toLocalIterator().forEachRemaining(r -> byId.put(r.getString(0), r));
        assertEquals(awards, byId.size());

        // the cases, in award order, through the library's batch command in its own JVM
        Path in = dir.resolve("cases.jsonl");
        List<String> ids = CasesFile.write(spark, dir.resolve("out/results"), in);
        assertEquals(awards, ids.size());
        Path out = dir.resolve("batch.jsonl");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.fundingrules.cli.Main",
                "batch", in.toString(), "--out", out.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(dir.resolve("batch.log").toFile()).start();
        int code = p.waitFor();
        assertTrue(code == 0 || code == 1, "batch exit " + code + ": " + Files.readString(dir.resolve("batch.log")));

        // line i of batch's output is the case of the i-th award id; its "evaluation" is the verdict's bytes
        String prefix = "\"evaluation\":";
        List<String> differing = new ArrayList<>();
        long lines = 0;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine(), lines++) {
                String batchVerdict = line.substring(line.indexOf(prefix) + prefix.length(), line.length() - 1);
                String hex = HexFormat.of().formatHex(sha.digest(batchVerdict.getBytes(StandardCharsets.UTF_8)));
                String id = ids.get((int) lines);
                if (!line.startsWith("{\"index\":" + lines + ",") || !hex.equals(byId.get(id).getString(3))) {
                    differing.add(id);
                }
            }
        }
        assertEquals(awards, lines);
        assertEquals(List.of(), differing, "verdicts differing from batch");
        System.out.printf("byte-identical to batch: %d of %d verdicts%n", lines - differing.size(), lines);

        // every planted breach found, by the ceiling rule of the regulation it was planted under
        List<Row> planted = spark.read().parquet(register + "/planted.parquet").collectAsList();
        assertTrue(planted.size() >= 2, "breaches planted: " + planted.size());
        int found = 0;
        for (Row pl : planted) {
            Row r = byId.get(pl.getString(0));
            String rule = "group".equals(pl.getString(1)) ? "state_aid.de_minimis_1407.ceiling"
                    : "state_aid.de_minimis_2831.ceiling";
            if ("NON_COMPLIANT".equals(r.getString(1)) && r.getList(2).contains(rule)) {
                found++;
            }
        }
        System.out.printf("planted breaches found: %d of %d%n", found, planted.size());
        assertEquals(planted.size(), found);
    }
}
