package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fundingrules.FundingRules;
import org.junit.jupiter.api.Test;

/**
 * bin/fundingrules on the jar `package` made, in the C locale, where the -kit jar sorts before the library jar
 * (issue 16: the launcher took the first jar `ls` listed and failed with "no main manifest attribute").
 */
class LauncherIT {
    private record Run(int exit, String out, String err) {
    }

    private static Run launch(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        ProcessBuilder b = new ProcessBuilder(new java.util.ArrayList<>(List.of("sh", "bin/fundingrules")));
        b.command().addAll(List.of(args));
        b.environment().put("LC_ALL", "C");
        b.environment().put("LANG", "C");
        Process p = b.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theKitJarIsBesideTheLibraryJar() throws IOException {
        try (var jars = Files.list(Path.of("target"))) {
            assertThat(jars.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted())
                    .contains("fundingrules-" + FundingRules.version() + ".jar",
                            "fundingrules-" + FundingRules.version() + "-kit.jar");
        }
    }

    /** The build generates bash completion from the CLI's picocli model: every command is offered. */
    @Test
    void theCompletionScriptOffersEveryCommand() throws IOException {
        String script = Files.readString(Path.of("target/fundingrules_completion"), StandardCharsets.UTF_8);
        assertThat(script).contains("complete -F _complete_fundingrules");
        for (String command : List.of("evaluate", "lint", "test", "coverage", "mutate", "impact", "batch", "replay",
                "report", "version", "help")) {
            assertThat(script).contains(command);
        }
        assertThat(script).contains("--threads").contains("--dates").contains("--html");
    }

    @Test
    void versionRunsInTheCLocale() throws Exception {
        Run r = launch("--version");
        assertThat(r.err()).doesNotContain("no main manifest attribute");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("fundingrules " + FundingRules.version() + "\n");
    }

    @Test
    void evaluateGivesTheVerdictAndItsExitCode() throws Exception {
        Run r = launch("evaluate", "examples/amulet/case.json", "--format", "text");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);   // one third party over the cap
        assertThat(r.out()).contains("NON_COMPLIANT  THIRD_PARTY tp-it-lightcomp");
    }
}
