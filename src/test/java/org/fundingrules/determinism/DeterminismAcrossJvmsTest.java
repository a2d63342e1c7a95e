package org.fundingrules.determinism;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same input gives byte-identical JSON in JVMs started with other default locales (Turkish among them), time
 * zones and file encodings: each JVM evaluates every example and prints the SHA-256 of each output, which must equal
 * that of a JVM started with the build's own defaults.
 */
@org.junit.jupiter.api.Tag("full")
class DeterminismAcrossJvmsTest {
    private static final List<String> EXAMPLES = List.of("examples/amulet/case.json", "examples/sme-group/case.json",
            "examples/state-aid/case.json");
    private static String baseline;

    static String probe(String settings) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!settings.isBlank()) {
            command.addAll(List.of(settings.split(" ")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DeterminismProbe.class.getName()));
        command.addAll(EXAMPLES);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines()).hasSize(EXAMPLES.size());
        return out;
    }

    static synchronized String baseline() throws Exception {
        if (baseline == null) {
            baseline = probe("-Duser.language=en -Duser.country=US -Duser.timezone=UTC -Dfile.encoding=UTF-8");
        }
        return baseline;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "-Duser.language=tr -Duser.country=TR",
        "-Duser.timezone=Pacific/Kiritimati -Duser.language=de -Duser.country=DE",
        "-Duser.timezone=America/Los_Angeles -Dfile.encoding=ISO-8859-1",
        "-Duser.language=tr -Duser.country=TR -Duser.timezone=Asia/Kathmandu -Dfile.encoding=US-ASCII"
    })
    void otherLocalesTimeZonesAndEncodingsGiveTheSameBytes(String settings) throws Exception {
        assertThat(probe(settings)).isEqualTo(baseline());
    }
}
