package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundingrules.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows the walkthrough of rules/README.md as a rule author would: its rewind commands and its amendment are read
 * from the README itself, so the walkthrough cannot drift from what works.
 */
@org.junit.jupiter.api.Tag("full")
class RulesWalkthroughTest {
    private static final Path README = Path.of("rules/README.md");

    @TempDir
    Path temp;

    private static String block(String readme, String name) {
        Matcher m = Pattern.compile("<!-- walkthrough:" + name + " -->\\s*```\\w*\\n(.*?)```\\s*<!-- /walkthrough:"
                + name + " -->", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("block %s in rules/README.md", name).isTrue();
        return m.group(1);
    }

    @Test
    void theWalkthroughWorksAsWritten() throws Exception {
        String readme = Files.readString(README);
        String walk = temp.resolve("walk").toString();
        String rewind = block(readme, "rewind").replace("/tmp/walk", walk);
        Process p = new ProcessBuilder("bash", "-e", "-c", rewind).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        Path copy = Path.of(walk);
        Path june = Path.of(walk + "-june-2023");

        // step 2: the scenarios that expect the new cap fail on the June 2023 rules
        CliRun before = run("test", "--rules", walk);
        assertThat(before.code()).isEqualTo(1);
        assertThat(before.out().lines().filter(l -> l.startsWith("FAIL")).toList()).hasSize(3)
                .allSatisfy(l -> assertThat(l).contains("gber_651_2014_art_28.yaml"));

        // step 3: the amendment, as the README gives it, replaces the single 2014 value
        Path parameters = copy.resolve("state_aid/parameters/gber_651_2014_art_28.yaml");
        List<String> lines = Files.readAllLines(parameters);
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("value: \"200000.00\"")) {
                at = i;
            }
        }
        assertThat(at).isNotNegative();
        lines.remove(at);
        lines.addAll(at, block(readme, "amendment").lines().toList());
        Files.write(parameters, lines);

        // step 4: the citation the README shows
        Matcher cite = Pattern.compile("\\n(    @article\\(\"GBER 651/2014 Art. 28\\(3\\) and 28\\(4\\) \\(cap[^\\n]*)")
                .matcher(readme);
        assertThat(cite.find()).isTrue();
        Path drl = copy.resolve("state_aid/gber_651_2014_art_28.drl");
        Files.writeString(drl, Files.readString(drl).replace(
                "    @article(\"GBER 651/2014 Art. 28(3) and 28(4)\")", cite.group(1)));

        // step 5 and 6
        assertThat(run("lint", "--rules", walk).code()).isZero();
        assertThat(run("test", "--rules", walk).code()).isZero();
        CliRun impact = run("impact", "--baseline", june.toString(), "--rules", walk, "examples");
        assertThat(impact.out().lines().filter(l -> l.startsWith("CHANGED")).toList())
                .containsExactly("CHANGED  state-aid/case.json  AWARD w-cirro: NON_COMPLIANT -> COMPLIANT");

        // step 8: the copy is now the shipped rules
        assertSameTree(Path.of("rules"), copy);
    }

    private static void assertSameTree(Path a, Path b) throws IOException {
        try (Stream<Path> files = Files.walk(a)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(b.resolve(a.relativize(f).toString())))
                        .as("%s", f).isEqualTo(Files.readString(f));
            }
        }
    }
}
