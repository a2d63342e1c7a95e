package org.fundingrules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.authoring.AuthoringFixtures;
import org.fundingrules.json.FundingJson;

/** The AMULET verdict as evaluate writes it, and the one-value edits the replay tests make to its rules and case. */
public final class ReplayFixtures {
    /** The parameter file holding {@code budget.sme_share.min}, relative to a rules folder. */
    public static final String SME_SHARE_FILE = "budget/parameters/innosup_01_sme_share.yaml";
    /** The award of tp-it-lightcomp under call 1 (EUR 20 000.00; its total is EUR 64 500.00, over the cap). */
    public static final String LIGHTCOMP_DEMO = "aw-oc1-p01-lightcomp-demo";

    private ReplayFixtures() {
    }

    /** The AMULET case file's bytes. */
    public static byte[] amuletCase() {
        return TestCases.amuletJson().getBytes(StandardCharsets.UTF_8);
    }

    /** The verdict document {@code evaluate} writes for the AMULET case with the packaged rules. */
    public static byte[] amuletVerdict() {
        return FundingJson.write(TestCases.RULES.evaluateJson(TestCases.amuletJson())).getBytes(StandardCharsets.UTF_8);
    }

    /** A copy of {@code rules/} under {@code temp} whose minimum SME share (0.75) is {@code min}. */
    public static Path rulesWithSmeShare(Path temp, String min) throws IOException {
        Path copy = temp.resolve("rules");
        AuthoringFixtures.copyTree(Path.of("rules"), copy);
        Path file = copy.resolve(SME_SHARE_FILE);
        String text = Files.readString(file);
        String edited = text.replace("value: \"0.75\"", "value: \"" + min + "\"");
        if (edited.equals(text) || text.indexOf("value: \"0.75\"") != text.lastIndexOf("value: \"0.75\"")) {
            throw new IllegalStateException("expected exactly one value 0.75 in " + file);
        }
        Files.writeString(file, edited);
        return copy;
    }

    /** The AMULET case with the amount of one award (EUR 20 000.00 in the example) changed. */
    public static byte[] amuletWithDemoAward(String amount) {
        String text = TestCases.amuletJson();
        String from = "\"id\": \"" + LIGHTCOMP_DEMO + "\"";
        int at = text.indexOf(from);
        int value = text.indexOf("\"amount\": \"20000.00\"", at);
        if (at < 0 || value < 0 || value > text.indexOf('\n', at)) {
            throw new IllegalStateException("the example no longer has " + LIGHTCOMP_DEMO + " at EUR 20 000.00");
        }
        String edited = text.substring(0, value) + "\"amount\": \"" + amount + "\""
                + text.substring(value + "\"amount\": \"20000.00\"".length());
        return edited.getBytes(StandardCharsets.UTF_8);
    }
}
