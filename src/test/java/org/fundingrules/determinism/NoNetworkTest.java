package org.fundingrules.determinism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library needs no network: the probe runs in a fresh network namespace (util-linux {@code unshare -r -n}: only
 * a loopback interface, down) and gives the same bytes as with the network. Skipped, saying why, where user
 * namespaces are not allowed; {@code .ci/run} makes the same check with the packaged CLI.
 */
@org.junit.jupiter.api.Tag("full")
class NoNetworkTest {

    static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-r", "-n", "true").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void theExamplesGiveTheSameBytesWithoutANetwork() throws Exception {
        assumeTrue(unshareWorks(), "unshare -r -n is not available here (no user namespaces)");
        List<String> command = new ArrayList<>(List.of("unshare", "-r", "-n",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), DeterminismProbe.class.getName(),
                "examples/amulet/case.json", "examples/sme-group/case.json", "examples/state-aid/case.json"));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).isEqualTo(DeterminismAcrossJvmsTest.baseline());
    }
}
