package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A fault of the library never exits with a verdict's code (0, 1) or the invalid-input code (2): it exits 70 with one
 * line saying so, and the stack trace only under --debug (issue 16: an OutOfMemoryError exited 1, "non-compliant").
 */
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
