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

    // The example: five enterprises with six accounting periods between them, four holdings, no joint group, two
    // dates (the reference date and the award's). With s subsidiaries (no accounts) the structure's work is
    // 2 x (11 + s) x (4 + s + 1) x (0 + 1): 2 x 503 x 497 = 499 982 at s = 492, 2 x 504 x 498 = 501 984 at s = 493.

    @Test
    void aStructureAtTheLimitIsAccepted() throws Exception {
        assertThat(CaseLimits.estimate(FundingJson.readCase(group(492))).largestWork())
                .isEqualTo(499_982L).isLessThanOrEqualTo(CaseLimits.MAX_SME_WORK);
    }

    @Test
    void oneEnterpriseMoreIsRefusedWithTheSizeAndTheLimit() throws Exception {
        var e = catchThrowableOfType(InvalidCaseException.class, () -> FundingJson.readCase(group(493)));
        assertThat(e.problems()).extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.holdings", "structure_too_large"));
        assertThat(e.problems().get(0).message()).isEqualTo("the ownership structure of 'alpha' (504 enterprises "
                + "and accounting periods, 497 holdings, 0 members of joint groups) is assessed on up to 2 dates: "
                + "2 x 504 x (497 + 1) x (0 + 1) = 501984 units of work, above the 500000 this version judges within "
                + "2 s and 256 MB");
    }

    /**
     * Three natural persons acting jointly, each holding 20 % of 17 enterprises with two accounting periods each: 54
     * enterprises and periods, 51 holdings, two dates. The enterprises they hold are linked through the group, which
     * costs about as much again per member: 2 x 54 x (51 + 1) x (3 + 1).
     */
    @Test
    void theMembersOfAJointGroupMultiplyItsStructuresWork() {
        CaseLimits.Estimate e = CaseLimits.estimate(FundingJson.readCase(
                org.fundingrules.bench.Shapes.Shape.JOINT_GROUP.json(20)));
        assertThat(e).extracting(CaseLimits.Estimate::dates, CaseLimits.Estimate::largestSize,
                        CaseLimits.Estimate::largestHoldings, CaseLimits.Estimate::largestJointMembers,
                        CaseLimits.Estimate::largestWork)
                .containsExactly(2, 54, 51, 3, 2L * 54 * 52 * 4);
    }

    /**
     * Enterprises no rule assesses still cost a fact and an entry each: 60 000 of them ran out of a 256 MB heap while
     * their work (one date, no holdings) was within the bound. The count is bounded apart.
     */
    @Test
    void theEnterprisesAndPeriodsOfACaseAreCounted() {
        var shape = org.fundingrules.bench.Shapes.Shape.BYSTANDERS;
        assertThat(CaseLimits.estimate(FundingJson.readCase(shape.json(CaseLimits.MAX_ENTERPRISES_AND_PERIODS))).size())
                .isEqualTo(30_000L);
        var e = catchThrowableOfType(InvalidCaseException.class,
                () -> FundingJson.readCase(shape.json(CaseLimits.MAX_ENTERPRISES_AND_PERIODS + 1)));
        assertThat(e.problems()).extracting(Problem::path, Problem::code, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.enterprises", "case_too_large", "the case names 30001 "
                        + "enterprises and accounting periods together; this version judges at most 30000 in one case "
                        + "within 2 s and 256 MB"));
    }
}
