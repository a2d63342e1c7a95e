package org.fundingrules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fundingrules.json.CaseValidator;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.Test;

/** The generator makes valid, reproducible cases. */
class CaseGeneratorTest {
    @Test
    void everyGeneratedCaseIsValidInput() {
        CaseGenerator g = new CaseGenerator(7);
        g.applicants(2000).forEach(CaseValidator::check);
        // a whole call of 500 applicants is well formed, and beyond the resource limits of one evaluation
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(org.fundingrules.trace.InvalidCaseException.class,
                () -> CaseValidator.check(g.openCall(500)));
        assertThat(e.problems()).extracting(org.fundingrules.trace.Problem::code)
                .isNotEmpty().allMatch(c -> c.equals("case_too_large") || c.equals("structure_too_large"));
        CaseValidator.check(g.openCall(20));
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        String a = FundingJson.writeValue(new CaseGenerator(42).openCall(50));
        String b = FundingJson.writeValue(new CaseGenerator(42).openCall(50));
        assertThat(a).isEqualTo(b);
        List<CaseFile> one = new CaseGenerator(42).applicants(20).toList();
        List<CaseFile> two = new CaseGenerator(42).applicants(20).toList();
        assertThat(one).isEqualTo(two);
        assertThat(FundingJson.writeValue(new CaseGenerator(43).openCall(50))).isNotEqualTo(a);
    }

    @Test
    void applicantsAreTheSameInTheOpenCallAndAlone() {
        CaseGenerator g = new CaseGenerator(5);
        CaseFile call = g.openCall(10);
        CaseFile alone = g.applicantCase(3);
        assertThat(call.thirdParties()).contains(alone.thirdParties().get(0));
        assertThat(call.enterprises()).containsAll(alone.enterprises());
        assertThat(call.holdings()).containsAll(alone.holdings());
        assertThat(call.awards()).containsAll(alone.awards());
    }
}
