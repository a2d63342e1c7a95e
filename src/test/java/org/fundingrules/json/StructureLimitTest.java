package org.fundingrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.json.CaseLimits;
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

    // The example: five enterprises with six accounting periods between them, four holdings, two dates (the
    // reference date and the award's). With s subsidiaries (no accounts) the structure's work is
    // 2 x (11 + s) x (4 + s + 1): 2 x 176 x 170 = 59 840 at s = 165, 2 x 177 x 171 = 60 534 at s = 166.

    @Test
    void aStructureAtTheLimitIsAccepted() throws Exception {
        assertThat(CaseLimits.estimate(FundingJson.readCase(group(165))).largestWork())
                .isEqualTo(59_840L).isLessThanOrEqualTo(CaseLimits.MAX_SME_WORK);
    }

    @Test
    void oneEnterpriseMoreIsRefusedWithTheSizeAndTheLimit() throws Exception {
        var e = catchThrowableOfType(InvalidCaseException.class, () -> FundingJson.readCase(group(166)));
        assertThat(e.problems()).extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.holdings", "structure_too_large"));
        assertThat(e.problems().get(0).message()).isEqualTo("the ownership structure of 'alpha' (177 enterprises "
                + "and accounting periods, 170 holdings) is assessed on up to 2 dates: 2 x 177 x (170 + 1) = 60534 "
                + "units of work, above the 60000 this version judges within 2 s and 256 MB");
    }
}
