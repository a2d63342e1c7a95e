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
        return launch(java.util.Map.of(), args);
    }

    private static Run launch(java.util.Map<String, String> env, String... args) throws IOException,
            InterruptedException {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        ProcessBuilder b = new ProcessBuilder(new java.util.ArrayList<>(List.of("sh", "bin/fundingrules")));
        b.command().addAll(List.of(args));
        b.environment().put("LC_ALL", "C");
        b.environment().put("LANG", "C");
        b.environment().remove("JDK_JAVA_OPTIONS");
        b.environment().putAll(env);
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

    /**
     * On the JDK running the build (17), the launcher runs with the class-data archive `package` made: with
     * {@code -Xshare:on} the JVM refuses to start if it cannot map it.
     */
    @Test
    void onTheBuildsJdkTheLauncherUsesTheClassDataArchive() throws Exception {
        Run r = launch(java.util.Map.of("JAVA_HOME", System.getProperty("java.home"), "JDK_JAVA_OPTIONS", "-Xshare:on",
                "FUNDINGRULES_SHOW_JAVA", "1"), "evaluate", "examples/amulet/case.json", "--format", "text");
        assertThat(r.err()).contains("-XX:SharedArchiveFile=").doesNotContain("-XX:AOTCache=");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("NON_COMPLIANT  THIRD_PARTY tp-it-lightcomp");
    }

    /**
     * On a JDK 25 or later, the launcher runs with the AOT cache `package` made with it: with
     * {@code -XX:AOTMode=on} the JVM refuses to start if it cannot use it. Where no such JDK is installed the test
     * is skipped, unless FUNDINGRULES_REQUIRE_AOT=1 (CI) makes that a failure.
     */
    @Test
    void onJdk25TheLauncherUsesTheAotCache() throws Exception {
        Path jdk = jdk25();
        if (jdk == null && "1".equals(System.getenv("FUNDINGRULES_REQUIRE_AOT"))) {
            throw new AssertionError("no AOT cache: the build found no JDK 25 or later under /usr/lib/jvm or in "
                    + "FUNDINGRULES_AOT_JDK (target/start-caches.log)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk != null, "no JDK 25 or later installed");
        assertThat(Path.of("target/fundingrules.aot")).exists();
        Run r = launch(java.util.Map.of("JAVA_HOME", jdk.toString(), "JDK_JAVA_OPTIONS", "-XX:AOTMode=on",
                "FUNDINGRULES_SHOW_JAVA", "1"), "evaluate", "examples/amulet/case.json", "--format", "text");
        assertThat(r.err()).contains("-XX:AOTCache=");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("NON_COMPLIANT  THIRD_PARTY tp-it-lightcomp");

        // the verdict document is the same bytes on either JDK
        Run on25 = launch(java.util.Map.of("JAVA_HOME", jdk.toString()), "evaluate", "examples/amulet/case.json");
        Run on17 = launch(java.util.Map.of("JAVA_HOME", System.getProperty("java.home")), "evaluate",
                "examples/amulet/case.json");
        assertThat(on25.exit()).as(on25.err()).isEqualTo(1);
        assertThat(on25.out()).isNotEmpty().isEqualTo(on17.out());
    }

    /** The JDK that made the AOT cache, as bin/start-caches recorded it; null when it made none. */
    private static Path jdk25() throws IOException {
        Path recorded = Path.of("target/fundingrules.aot.jdk");
        return Files.isRegularFile(recorded) ? Path.of(Files.readString(recorded).strip()) : null;
    }
}
