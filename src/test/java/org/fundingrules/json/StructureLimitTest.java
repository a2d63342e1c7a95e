package org.fundingrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.InvalidCaseException;
import org.fundingrules.Problem;
import org.fundingrules.internal.CaseValidator;
import org.junit.jupiter.api.Test;

/** An ownership structure above the documented size is refused by name, not left to exhaust memory. */
class StructureLimitTest {

    /** The SME group example with a parent holding 60 % of {@code subsidiaries} more enterprises. */
    static String group(int subsidiaries) throws Exception {
        String json = Files.readString(Path.of("examples/sme-group/case.json"));
        StringBuilder enterprises = new StringBuilder();
        StringBuilder holdings = new StringBuilder();
        for (int i = 0; i < subsidiaries; i++) {
            enterprises.append(",{\"id\":\"s").append(i).append("\",\"name\":\"Sub ").append(i)
                    .append("\",\"country\":\"IT\",\"kind\":\"ENTERPRISE\"}");
            holdings.append(",{\"id\":\"hs").append(i).append("\",\"holderId\":\"beta\",\"heldId\":\"s").append(i)
                    .append("\",\"capitalShare\":60,\"votingShare\":60}");
        }
        int e = json.indexOf("\"enterprises\"");
        int endE = json.indexOf("\n  ]", e);
        json = json.substring(0, endE) + enterprises + json.substring(endE);
        int h = json.indexOf("\"holdings\"");
        int endH = json.indexOf("\n  ]", h);
        return json.substring(0, endH) + holdings + json.substring(endH);
    }

    @Test
    void aStructureAtTheLimitIsAccepted() throws Exception {
        // the example's five enterprises are connected by its four holdings
        FundingJson.readCase(group(CaseValidator.MAX_STRUCTURE - 5));
    }

    @Test
    void oneEnterpriseMoreIsRefusedWithTheSizeAndTheLimit() throws Exception {
        var e = catchThrowableOfType(InvalidCaseException.class,
                () -> FundingJson.readCase(group(CaseValidator.MAX_STRUCTURE - 4)));
        assertThat(e.problems()).extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.holdings", "structure_too_large"));
        assertThat(e.problems().get(0).message()).startsWith((CaseValidator.MAX_STRUCTURE + 1) + " enterprises")
                .contains("at most " + CaseValidator.MAX_STRUCTURE);
    }
}
