package org.fundingrules.examples.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The cases of a job's results as a JSON Lines file for the library's {@code batch} command, in award id order. */
final class CasesFile {
    private CasesFile() {
    }

    /** Writes the case of every row of {@code results} to {@code file}, a line each; the award ids, line by line. */
    static List<String> write(SparkSession spark, Path results, Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // streamed partition by partition: the driver never holds every case
            Iterator<Row> cases = spark.read().parquet(results.toString()).select("award_id", "case_json")
                    .orderBy("award_id").toLocalIterator();
            while (cases.hasNext()) {
                Row c = cases.next();
                ids.add(c.getString(0));
                w.write(c.getString(1));
                w.write('\n');
            }
        }
        return ids;
    }
}
