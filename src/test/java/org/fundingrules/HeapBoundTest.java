package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fundingrules.bench.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The heap half of the bound, in child JVMs: the CLI judges every shape at its limit within {@code -Xmx256m}, among
 * them the 240-enterprise ownership chain of issue 16 (which once ran out of a 2 GB heap), and refuses a chain past
 * the limit with exit 2 and a code, never an OutOfMemoryError.
 */
@org.junit.jupiter.api.Tag("full")
class HeapBoundTest {
    @TempDir
    Path dir;

    /**
     * Runs the CLI's evaluate (JSON, the default format) on a case in a JVM with a 256 MB heap; returns the exit
     * code, the size of the verdict document and what was printed on standard error.
     */
    private Run evaluate(String json) throws IOException, InterruptedException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", System.getProperty("java.class.path"), "org.fundingrules.cli.Main", "evaluate", file.toString())
                .redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child JVM ends within 120 s").isTrue();
        return new Run(p.exitValue(), Files.size(out), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, long outputBytes, String output) {
    }

    @ParameterizedTest
    @EnumSource(Shapes.Shape.class)
    void atItsLimitAShapeIsJudgedWithin256MbOfHeap(Shapes.Shape shape) throws Exception {
        Run r = evaluate(shape.json(ResourceBoundsTest.limit(shape)));
        assertThat(r.output()).doesNotContain("OutOfMemoryError");
        assertThat(r.exit()).as(r.output()).isIn(0, 1);   // a verdict: compliant, or not
        assertThat(r.outputBytes()).isPositive();
    }

    /**
     * The densest document the reader takes: just under its length limit, a list of the smallest enterprises
     * (about 150 000), every one a tree node, a record and a structure of its own. Read, checked and refused within
     * the heap bound; one byte more is refused before it is parsed.
     */
    @Test
    void theDensestDocumentOfTheLargestSizeIsReadWithin256Mb() throws Exception {
        String head = Shapes.Shape.LONERS.json(1).replace("\"enterprises\":[", "\"enterprises\":[@");
        StringBuilder b = new StringBuilder((int) org.fundingrules.json.FundingJson.MAX_DOCUMENT_LENGTH);
        int i = 0;
        long room = org.fundingrules.json.FundingJson.MAX_DOCUMENT_LENGTH - head.length() - 64;
        while (b.length() < room) {
            b.append("{\"id\":\"e").append(i++).append("\",\"name\":\"E\",\"kind\":\"ENTERPRISE\"},");
        }
        String json = head.replace("@", b);
        assertThat((long) json.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(org.fundingrules.json.FundingJson.MAX_DOCUMENT_LENGTH);
        Run r = evaluate(json);
        assertThat(r.output()).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
        assertThat(r.exit()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("case_too_large");

        Run over = evaluate(json.replace("\"notes\":\"", "\"notes\":\"" + "x".repeat(100)));
        assertThat(over.exit()).isEqualTo(2);
        assertThat(over.output()).contains("the document is longer than 8388608 bytes [limit_exceeded]");
    }

    /** Issue 16's chain of 240 is judged since the links follow the work (issue 17); a chain of 400 is refused. */
    @Test
    void theChainOf240EnterprisesIsJudgedAndOneOf400RefusedUpFront() throws Exception {
        Run judged = evaluate(Shapes.Shape.CHAIN.json(240));
        assertThat(judged.output()).doesNotContain("OutOfMemoryError");
        assertThat(judged.exit()).as(judged.output()).isIn(0, 1);
        assertThat(judged.outputBytes()).isPositive();

        Run r = evaluate(Shapes.Shape.CHAIN.json(400));
        assertThat(r.exit()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("structure_too_large").contains("the ownership structure of 'x0'")
                .doesNotContain("OutOfMemoryError");
        assertThat(r.outputBytes()).as("no verdict document").isZero();
    }

    /**
     * A document of the largest size that is nothing but problems: a key repeated (each repetition is a problem of
     * its own) or a new unknown key after another, over a million of each. Both ran out of the 256 MB heap (exit 70):
     * every problem was kept, sorted and written. The problems are counted; the first ones are listed.
     */
    @Test
    void aDocumentOfAMillionProblemsIsRefusedWithin256Mb() throws Exception {
        for (String kind : java.util.List.of("duplicate", "unknown")) {
            StringBuilder b = new StringBuilder("{\"referenceDate\":\"2024-01-01\",\"action\":{\"id\":\"a\"");
            for (int i = 0; b.length() < org.fundingrules.json.FundingJson.MAX_DOCUMENT_LENGTH - 64; i++) {
                b.append(kind.equals("duplicate") ? ",\"id\":0" : ",\"x" + i + "\":0");
            }
            Run r = evaluate(b.append("}}").toString());
            assertThat(r.output()).as(kind).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
            assertThat(r.exit()).as(kind + ": " + r.output().lines().limit(3).toList()).isEqualTo(2);
            assertThat(r.output()).as(kind).containsPattern("\\$: \\d{6,} problems in all, more than the 1000 listed "
                    + "[^\\n]*\\[too_many_problems\\]");
        }
    }
}
