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
        List<String> command = new java.util.ArrayList<>(List.of("sh", "bin/fundingrules"));
        command.addAll(List.of(args));
        return start(command, env);
    }

    /** {@code java -jar target/fundingrules-VERSION.jar ARGS} with the java of the build's JDK, and JVM options first. */
    private static Run javaJar(java.util.Map<String, String> env, List<String> options, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", "target/fundingrules-" + FundingRules.version() + ".jar"));
        command.addAll(List.of(args));
        return start(command, env);
    }

    private static Run start(List<String> command, java.util.Map<String, String> env) throws IOException,
            InterruptedException {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().put("LC_ALL", "C");
        b.environment().put("LANG", "C");
        b.environment().remove("JDK_JAVA_OPTIONS");
        b.environment().remove("JAVA_TOOL_OPTIONS");
        b.environment().remove("FUNDINGRULES_RELAUNCH");
        b.environment().remove("FUNDINGRULES_SHOW_JAVA");
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

        // with no JAVA_HOME, the launcher takes the JDK that made the AOT cache, whatever java the PATH gives
        Run chosen = launch(java.util.Map.of("JAVA_HOME", "", "FUNDINGRULES_SHOW_JAVA", "1"), "--version");
        assertThat(chosen.exit()).as(chosen.err()).isZero();
        assertThat(chosen.err()).startsWith(jdk.resolve("bin/java") + " ").contains("-XX:AOTCache=");

        // the verdict document is the same bytes on either JDK
        Run on25 = launch(java.util.Map.of("JAVA_HOME", jdk.toString()), "evaluate", "examples/amulet/case.json");
        Run on17 = launch(java.util.Map.of("JAVA_HOME", System.getProperty("java.home")), "evaluate",
                "examples/amulet/case.json");
        assertThat(on25.exit()).as(on25.err()).isEqualTo(1);
        assertThat(on25.out()).isNotEmpty().isEqualTo(on17.out());
    }

    /**
     * Plain {@code java -jar} with no option runs the command in a second JVM with the launcher's options and the
     * class-data archive, and gives the same bytes and exit code as the command run in one JVM.
     */
    @Test
    void plainJavaJarRunsTheCommandWithTheArchive() throws Exception {
        Run plain = javaJar(java.util.Map.of("FUNDINGRULES_SHOW_JAVA", "1"), List.of(), "evaluate",
                "examples/amulet/case.json");
        Run oneJvm = javaJar(java.util.Map.of("FUNDINGRULES_RELAUNCH", "0", "FUNDINGRULES_SHOW_JAVA", "1"), List.of(),
                "evaluate", "examples/amulet/case.json");
        assertThat(plain.exit()).as(plain.err()).isEqualTo(1);
        assertThat(oneJvm.exit()).as(oneJvm.err()).isEqualTo(1);
        assertThat(plain.out()).isNotEmpty().isEqualTo(oneJvm.out());
        assertThat(oneJvm.err()).as("FUNDINGRULES_RELAUNCH=0: one JVM").isEmpty();

        // the second JVM's options are the launcher's, and with them the JVM maps the archive (-Xshare:on refuses
        // to start otherwise)
        List<String> second = List.of(plain.err().strip().split(" "));
        Run launcher = launch(java.util.Map.of("JAVA_HOME", System.getProperty("java.home"), "FUNDINGRULES_SHOW_JAVA",
                "1"), "evaluate", "examples/amulet/case.json");
        assertThat(optionsOf(second)).contains("-XX:SharedArchiveFile=" + Path.of("target/fundingrules.jsa")
                .toRealPath()).isEqualTo(optionsOf(List.of(launcher.err().strip().split(" "))));
        List<String> strict = new java.util.ArrayList<>(second);
        strict.add(1, "-Xshare:on");
        Run mapped = start(strict, java.util.Map.of());
        assertThat(mapped.exit()).as(mapped.err()).isEqualTo(1);
        assertThat(mapped.out()).isEqualTo(plain.out());
    }

    /** The second JVM's exit code is the process's: invalid input 2, wrong usage 64. */
    @Test
    void plainJavaJarKeepsTheExitCodes() throws Exception {
        Path bad = Files.createTempFile("case", ".json");
        Files.writeString(bad, "{\"referenceDate\": \"not a date\"}");
        Run invalid = javaJar(java.util.Map.of("FUNDINGRULES_SHOW_JAVA", "1"), List.of(), "evaluate", bad.toString());
        assertThat(invalid.err()).contains("-XX:SharedArchiveFile=");
        assertThat(invalid.exit()).as(invalid.err()).isEqualTo(2);
        Run usage = javaJar(java.util.Map.of(), List.of(), "evaluate", "--no-such-option");
        assertThat(usage.exit()).as(usage.err()).isEqualTo(64);
    }

    /** A JVM option, on the command line or in JDK_JAVA_OPTIONS, is the user's choice: the command runs in that JVM. */
    @Test
    void javaJarWithAnOptionRunsInOneJvm() throws Exception {
        Run option = javaJar(java.util.Map.of("FUNDINGRULES_SHOW_JAVA", "1"), List.of("-Xmx512m"), "--version");
        assertThat(option.exit()).as(option.err()).isZero();
        assertThat(option.err()).isEmpty();
        Run env = javaJar(java.util.Map.of("FUNDINGRULES_SHOW_JAVA", "1", "JDK_JAVA_OPTIONS", "-Xmx512m"), List.of(),
                "--version");
        assertThat(env.exit()).as(env.err()).isZero();
        assertThat(env.err()).doesNotContain("-XX:SharedArchiveFile=");
        assertThat(option.out()).isEqualTo(env.out()).isEqualTo("fundingrules " + FundingRules.version() + "\n");
    }

    /** The JVM options of a printed java command: the words between the java executable and -jar. */
    private static List<String> optionsOf(List<String> command) {
        return command.subList(1, command.indexOf("-jar"));
    }

    /** The JDK that made the AOT cache, as bin/start-caches recorded it; null when it made none. */
    private static Path jdk25() throws IOException {
        Path recorded = Path.of("target/fundingrules.aot.jdk");
        return Files.isRegularFile(recorded) ? Path.of(Files.readString(recorded).strip()) : null;
    }
}
