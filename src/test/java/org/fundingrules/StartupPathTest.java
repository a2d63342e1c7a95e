package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fresh JVM loads to get the packaged rules ({@code FundingRules.packaged()}, in a child JVM with
 * {@code -verbose:class}): no YAML reader, no DRL compiler and no validator (issue 20: the rules' parameters,
 * messages and citations are stored at build time; the validator starts with the first case read, not with the
 * rules).
 */
@Tag("full")
class StartupPathTest {
    @TempDir
    Path dir;

    /** Loads the packaged rules and prints how many there are. */
    public static final class LoadPackaged {
        public static void main(String[] args) {
            try (RuleSet rules = FundingRules.packaged()) {
                System.out.println("rules: " + rules.digest());
            }
        }
    }

    /** Loads the packaged rules and judges the AMULET example, as a portal would on its first request. */
    public static final class LoadAndJudge {
        public static void main(String[] args) throws java.io.IOException {
            try (RuleSet rules = FundingRules.packaged()) {
                System.out.println("outcome: " + rules.evaluateJson(Files.readString(Path.of(args[0]))).outcome());
            }
        }
    }

    /**
     * A portal whose logging shows INFO and above sees nothing from a normal load and evaluation: no Drools warning
     * as the rule base is built (its warnings about eval() conditions, one per rule that used one, before the rules
     * put those conditions in their patterns) and no library announcing itself.
     */
    @Test
    void aPortalsLogStaysQuietOnLoadAndEvaluation() throws Exception {
        Path out = dir.resolve("log.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", System.getProperty("java.class.path"),
                LoadAndJudge.class.getName(), TestCases.AMULET.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).as("everything the JVM printed").containsExactly("outcome: NON_COMPLIANT");
    }

    @Test
    void loadingThePackagedRulesReadsNoYamlCompilesNoDrlAndStartsNoValidator() throws Exception {
        Path out = dir.resolve("classes.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", System.getProperty("java.class.path"), LoadPackaged.class.getName())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())))
                .isZero();
        assertThat(lines).anyMatch(l -> l.startsWith("rules: sha256:"))
                .anyMatch(l -> l.contains(" org.kie.api.KieBase "));   // the log is the class log
        for (String absent : List.of(" org.yaml.snakeyaml.", " com.fasterxml.jackson.dataformat.yaml.",
                " org.drools.drl.parser.", " org.eclipse.jdt.", " com.github.javaparser.", " org.drools.model.codegen.",
                " org.mvel2.", " org.hibernate.validator.", " jakarta.el.")) {
            assertThat(lines).as("classes loaded from%s", absent).noneMatch(l -> l.contains(absent));
        }
    }
}
