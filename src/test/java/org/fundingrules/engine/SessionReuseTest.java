package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fundingrules.json.FundingJson;
import org.junit.jupiter.api.Test;

/**
 * Sessions are pooled and reset between evaluations: nothing of one case (facts, findings, firing counts, the
 * parameters of its reference date) may show in the next. Each example judged after the others, in two rounds on
 * one rule set, gives the bytes a fresh rule set gives.
 */
class SessionReuseTest {
    private static final List<String> EXAMPLES = List.of("examples/amulet/case.json",
            "examples/state-aid/case.json", "examples/sme-group/case.json");

    private static org.fundingrules.model.CaseFile read(String file) throws IOException {
        return FundingJson.readCase(Files.readString(Path.of(file)));
    }

    @Test
    void aReusedSessionRemembersNothingOfTheCaseBefore() throws IOException {
        Engine compiled = Engine.load(RuleFiles.packaged());
        List<String> fresh = new ArrayList<>();
        for (String e : EXAMPLES) {
            // a copy of the engine has a pool of its own: its first session is new
            fresh.add(FundingJson.write(Evaluator.evaluate(compiled.withFiringLimit(0), read(e))));
        }
        Engine shared = compiled.withFiringLimit(0);
        for (int round = 0; round < 2; round++) {
            for (int i = EXAMPLES.size() - 1; i >= 0; i--) {   // another order than the fresh runs
                String again = FundingJson.write(Evaluator.evaluate(shared, read(EXAMPLES.get(i))));
                assertThat(again).as("%s, round %d", EXAMPLES.get(i), round).isEqualTo(fresh.get(i));
            }
        }
    }
}
