package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault of the library never exits with a verdict's code (0, 1) or the invalid-input code (2): it exits 70 with one
 * line saying so, and the stack trace only under --debug (issue 16: an OutOfMemoryError exited 1, "non-compliant").
 */
@org.junit.jupiter.api.Tag("full")
class InternalErrorTest {
    private static final String AMULET = "examples/amulet/case.json";

    @AfterEach
    void noFault() {
        Main.faultBeforeEvaluation = null;
    }

    @Test
    void aBugExits70WithOneLine() {
        Main.faultBeforeEvaluation = () -> {
            throw new IllegalStateException("injected bug");
        };
        CliRun r = CliRun.run("evaluate", AMULET);
        assertThat(r.code()).isEqualTo(Main.INTERNAL_ERROR).isEqualTo(70);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("fundingrules: internal error, a fault of the library and not of the input: "
                + "IllegalStateException: injected bug (run with --debug for the stack trace)\n");
    }

    @Test
    void anOutOfMemoryErrorExits70() {
        Main.faultBeforeEvaluation = () -> {
            throw new OutOfMemoryError("Java heap space (injected)");
        };
        CliRun r = CliRun.run("evaluate", AMULET, "--format", "text");
        assertThat(r.code()).isEqualTo(70);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("fundingrules: internal error").contains("OutOfMemoryError")
                .doesNotContain("\tat ");
    }

    @Test
    void debugPrintsTheStackTrace() {
        Main.faultBeforeEvaluation = () -> {
            throw new IllegalStateException("injected bug");
        };
        CliRun r = CliRun.run("--debug", "evaluate", AMULET);
        assertThat(r.code()).isEqualTo(70);
        assertThat(r.err()).startsWith("fundingrules: internal error, a fault of the library and not of the input: "
                + "IllegalStateException: injected bug\n").contains("\tat org.fundingrules.cli.");
    }

    @Test
    void withoutAFaultTheSameRunIsAVerdict() {
        assertThat(CliRun.run("evaluate", AMULET).code()).isEqualTo(1);   // AMULET: one third party over the cap
    }

    /** Three small cases, one per line. */
    private static Path threeCases(Path dir) throws Exception {
        return Files.write(dir.resolve("cases.jsonl"),
                List.of(BatchCases.line(0), BatchCases.line(1), BatchCases.line(2)), StandardCharsets.UTF_8);
    }

    /**
     * A bug on one case of a batch: that case's line says evaluation_failed in words a portal can show, the other
     * cases are judged, and the batch exits 70, not 2 as for an invalid case.
     */
    @Test
    void aBugOnOneCaseOfABatchExits70(@TempDir Path dir) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Main.faultBeforeEvaluation = () -> {
            if (calls.getAndIncrement() == 1) {
                throw new IllegalStateException("injected bug in org.fundingrules.engine.Something");
            }
        };
        CliRun r = CliRun.run("batch", threeCases(dir).toString(), "--threads", "1");

        assertThat(r.code()).as(r.err()).isEqualTo(70);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"index\":0").contains("\"evaluation\":");
        assertThat(lines.get(2)).contains("\"index\":2").contains("\"evaluation\":");
        assertThat(lines.get(1)).isEqualTo("{\"index\":1,\"source\":\"cases.jsonl:2\",\"outcome\":\"INVALID\","
                + "\"problems\":[{\"path\":\"$\",\"code\":\"evaluation_failed\",\"message\":\"the library failed "
                + "on this case (an internal error); this is not a problem of the input\"}]}");
        assertThat(r.out()).doesNotContain("IllegalStateException").doesNotContain("injected");
        assertThat(r.err()).contains("cases: 3\n").endsWith("fundingrules: internal error, a fault of the library "
                + "and not of the input: 1 case(s) failed with an internal error (evaluation_failed)\n");
    }

    /** Without the fault the same batch is a verdict: the 70 above comes from the fault alone. */
    @Test
    void theSameBatchWithoutAFaultIsAVerdict(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.run("batch", threeCases(dir).toString(), "--threads", "1");
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).doesNotContain("evaluation_failed");
    }

    /** An OutOfMemoryError in a batch's worker is not a case's problem: it stops the batch with exit 70 and one line. */
    @Test
    void anOutOfMemoryErrorInABatchExits70(@TempDir Path dir) throws Exception {
        Main.faultBeforeEvaluation = () -> {
            throw new OutOfMemoryError("Java heap space (injected)");
        };
        CliRun r = CliRun.run("batch", threeCases(dir).toString(), "--threads", "2");
        assertThat(r.code()).isEqualTo(70);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("fundingrules: internal error, a fault of the library and not of the input: "
                + "OutOfMemoryError: Java heap space (injected) (run with --debug for the stack trace)\n");
    }

    /** A real OutOfMemoryError, in a JVM with a heap too small to judge: exit 70, not 1. */
    @Test
    void aRealOutOfMemoryErrorExits70() throws Exception {
        Path err = Files.createTempFile("oom", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx12m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "evaluate", AMULET)
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(printed).isEqualTo(70);
        assertThat(printed).contains("fundingrules: internal error").contains("OutOfMemoryError");
    }
}
