package org.fundingrules.determinism;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.fundingrules.RuleSet;
import org.fundingrules.FundingRules;
import org.fundingrules.json.FundingJson;

/**
 * Run in a JVM of its own by {@link DeterminismAcrossJvmsTest}: evaluates each case file given and prints one line
 * per file, the SHA-256 of the evaluation's JSON bytes (UTF-8).
 */
public final class DeterminismProbe {
    private DeterminismProbe() {
    }

    public static void main(String[] args) throws Exception {
        RuleSet rules = FundingRules.packaged();
        for (String file : args) {
            byte[] json = FundingJson.write(rules.evaluate(FundingJson.readCase(Files.readAllBytes(Path.of(file)))))
                    .getBytes(StandardCharsets.UTF_8);
            System.out.println(file + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)));
        }
    }
}
