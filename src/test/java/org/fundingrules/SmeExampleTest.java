package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Verdict;

/**
 * The SME group example (examples/sme-group): a linked parent, a downstream partner, exempt investors. The worked
 * figures are in the case's notes. Regenerate the expected file with
 * {@code mvn test -Dtest=SmeExampleTest -Dfundingrules.updateExpected=true} and review the diff.
 */
class SmeExampleTest {
    private static final Path CASE = Path.of("examples/sme-group/case.json");
    private static final Path EXPECTED = Path.of("examples/sme-group/expected.json");

    private static Evaluation evaluate() throws Exception {
        return TestCases.RULES.evaluateJson(Files.readString(CASE));
    }

    @Test
    void outputMatchesTheExpectedFile() throws Exception {
        AmuletExampleTest.matchesExpected(evaluate(), EXPECTED);
    }

    @Test
    void theFolderRulesJudgeTheGroupExactlyAsThePackagedOnes() throws Exception {
        RuleSet folder = FundingRules.builder().rules(Path.of("rules")).build();
        assertThat(FundingJson.write(folder.evaluateJson(Files.readString(CASE))))
                .isEqualTo(FundingJson.write(evaluate()));
    }

    @Test
    void theApplicantIsMediumSizedWithItsGroupCounted() throws Exception {
        Verdict alpha = evaluate().verdict(SubjectType.ENTERPRISE, "alpha").orElseThrow();
        assertThat(alpha.outcome()).isEqualTo(Outcome.COMPLIANT);
        Criterion status = find(alpha, "sme.status");
        assertThat(status.decisive()).isTrue();
        assertThat(status.reason()).isEqualTo("MEDIUM: category in two consecutive periods; periods (oldest first): "
                + "2022-12-31 MEDIUM, 2023-12-31 MEDIUM");

        Criterion type = find(alpha, "sme.enterprise_type");
        assertThat(type.figures()).extracting(f -> f.name() + "=" + f.value()).contains(
                "enterprise type=LINKED (also has partner enterprises)",
                "aggregated staff (latest period)=63.5",
                "aggregated turnover (latest period)=9300000.00",
                "aggregated balance-sheet total (latest period)=9200000.00");
        assertThat(type.table().rows()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).containsExactly(
                "alpha 100 % 30", "beta 100 % 20", "gamma 30 % 13.5", "total  63.5");

        // declared SMALL, computed MEDIUM: reported, not deciding
        assertThat(find(alpha, "sme.declared_category").outcome().name()).isEqualTo("FAIL");
        assertThat(find(alpha, "sme.declared_category").decisive()).isFalse();
    }

    @Test
    void theSmeOnlyCallJudgesTheRecipientOnItsComputedStatusAtTheAwardDate() throws Exception {
        Verdict award = evaluate().verdict(SubjectType.AWARD, "w1").orElseThrow();
        Criterion sme = find(award, "fstp.award.recipient_is_sme");
        assertThat(sme.outcome().name()).isEqualTo("PASS");
        assertThat(sme.statement()).contains("2024-03-01");
        assertThat(sme.reason()).contains("MEDIUM").contains("matches the declaration");
    }

    @Test
    void theDirectEntryPointGivesTheSameVerdictAsTheWholeCase() throws Exception {
        CaseFile structure = FundingJson.readCase(Files.readString(CASE));
        Verdict direct = TestCases.RULES.smeStatus(structure, "alpha", LocalDate.of(2024, 6, 30));
        assertThat(FundingJson.writeValue(direct))
                .isEqualTo(FundingJson.writeValue(evaluate().verdict(SubjectType.ENTERPRISE, "alpha").orElseThrow()));
        // in mid-2023 only the 2022 accounts are closed: one period, 58 AWU, still MEDIUM
        Verdict earlier = TestCases.RULES.smeStatus(structure, "gamma", LocalDate.of(2023, 6, 30));
        assertThat(find(earlier, "sme.status").reason()).startsWith("MEDIUM");
    }

    private static Criterion find(Verdict v, String ruleId) {
        return v.criteria().stream().filter(c -> c.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }
}
