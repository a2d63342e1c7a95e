package org.fundingrules.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundingrules.FundingRules;
import org.fundingrules.RuleSet;
import org.fundingrules.examples.spark.RegisterCases.Award;
import org.fundingrules.examples.spark.RegisterCases.Link;
import org.fundingrules.examples.spark.RegisterCases.RegisterCase;
import org.fundingrules.trace.InvalidCaseException;
import org.junit.jupiter.api.Test;

/**
 * The cases one group of undertakings gives, judged by the packaged rules, with figures worked from Reg. 1407/2013
 * Art. 2(2) (single undertaking) and Art. 3(2) (EUR 200 000 per Member State over the current and two previous
 * fiscal years; no fiscal year given, so calendar years).
 */
class RegisterCasesTest {
    private static final RuleSet RULES = FundingRules.packaged();

    private static Award award(String id, String undertaking, String ms, String date, String amount) {
        return new Award(id, undertaking, ms, "Body " + ms, "REG_1407_2013", "GRANT", LocalDate.parse(date),
                new BigDecimal(amount), "EUR", "GENERAL");
    }

    private static Link link(String holder, String held, int share) {
        BigDecimal s = BigDecimal.valueOf(share);
        return new Link(holder, held, s, s, LocalDate.of(2015, 1, 1), null);
    }

    /**
     * The second case of the group of U1 (EUR 150 000.00 on 2021-03-15, granted by {@code rootState}) and U2, which
     * U1 holds at {@code share} % (EUR 60 000.00 from Italy on 2022-09-15): U2's award.
     */
    private static RegisterRow heldUndertakingsAward(String rootState, int share) {
        List<RegisterCase> cases = RegisterCases.cases(
                List.of(award("X1", "U1", rootState, "2021-03-15", "150000.00"),
                        award("X2", "U2", "IT", "2022-09-15", "60000.00")),
                List.of(link("U1", "U2", share)));
        return judge(cases.get(1));
    }

    private static RegisterRow judge(RegisterCase c) {
        return RegisterRow.of(c.award().id(), RULES.evaluateJson(c.json()));
    }

    /**
     * U1 holds 80 % of U2's votes, so they are one single undertaking (Art. 2(2)(a)). U1's EUR 150 000.00 of
     * 2021-03-15 lies in U2's window (2020-01-01 to 2022-09-15): 150 000.00 + 60 000.00 = 210 000.00 > 200 000.00,
     * a breach; headroom before the new aid 200 000.00 - 150 000.00 = 50 000.00. U1's own award comes first and
     * counts no earlier aid: 150 000.00 <= 200 000.00, headroom 200 000.00.
     */
    @Test
    void aidToTheControllingUndertakingCountsForTheControlled() {
        List<RegisterCase> cases = RegisterCases.cases(
                List.of(award("X2", "U2", "IT", "2022-09-15", "60000.00"),
                        award("X1", "U1", "IT", "2021-03-15", "150000.00")),
                List.of(link("U1", "U2", 80)));
        assertEquals(List.of("X1", "X2"), cases.stream().map(c -> c.award().id()).toList(), "grant order");

        RegisterRow first = judge(cases.get(0));
        assertEquals("COMPLIANT", first.outcome());
        assertEquals(new BigDecimal("200000.00"), first.headroom());

        RegisterRow second = judge(cases.get(1));
        assertEquals("NON_COMPLIANT", second.outcome());
        assertEquals(List.of("state_aid.de_minimis_1407.ceiling"), second.failedRules());
        assertEquals(new BigDecimal("50000.00"), second.headroom());
        assertTrue(second.verdictJson().startsWith("{") && !second.verdictJson().contains("\n"), "one line");
    }

    /** At 30 % of the votes U1 does not control U2: U2 is a single undertaking alone, 60 000.00 <= 200 000.00. */
    @Test
    void aMinorityHoldingDoesNotJoinTheUndertakings() {
        RegisterRow second = heldUndertakingsAward("IT", 30);
        assertEquals("COMPLIANT", second.outcome());
        assertEquals(List.of(), second.failedRules());
        assertEquals(new BigDecimal("200000.00"), second.headroom());
    }

    /** The ceiling is per Member State: U1's French aid does not count against Italy's award to U2. */
    @Test
    void aidOfAnotherMemberStateIsLeftOut() {
        RegisterRow second = heldUndertakingsAward("FR", 80);
        assertEquals("COMPLIANT", second.outcome());
        assertEquals(new BigDecimal("200000.00"), second.headroom());
    }

    /**
     * Aid granted before 1 January three years before the grant year is not put in the case at all; aid from then on
     * is, and the rules leave out what falls before the window: 2019-06-01 is before U1's window for a grant of
     * 2022-09-15 (2020-01-01 on).
     */
    @Test
    void earlierAidIsBoundedByTheLongestWindow() {
        List<RegisterCase> cases = RegisterCases.cases(
                List.of(award("X0", "U1", "IT", "2018-12-31", "190000.00"),
                        award("X1", "U1", "IT", "2019-06-01", "190000.00"),
                        award("X2", "U1", "IT", "2022-09-15", "60000.00")),
                List.of());
        String json = cases.get(2).json();
        assertTrue(!json.contains("\"X0\"") && json.contains("\"X1\""), json);
        RegisterRow row = judge(cases.get(2));
        assertEquals("COMPLIANT", row.outcome());
        assertEquals(new BigDecimal("200000.00"), row.headroom());
    }

    /**
     * A case the library refuses gets a row too, with the problem's code: here an award in zloty, which the rules
     * cannot convert without a rate (the register carries none).
     */
    @Test
    void aRefusedCaseIsARowWithItsProblems() {
        Award odd = new Award("X9", "U9", "PL", "Body PL", "REG_2023_2831", "GRANT", LocalDate.parse("2025-02-01"),
                new BigDecimal("1000.00"), "PLN", "GENERAL");
        RegisterCase c = RegisterCases.cases(List.of(odd), List.of()).get(0);
        InvalidCaseException refused = assertThrows(InvalidCaseException.class, () -> RULES.evaluateJson(c.json()));
        RegisterRow row = RegisterRow.invalid(refused);
        assertEquals("INVALID", row.outcome());
        assertEquals(List.of("no_exchange_rate"), row.failedRules());
        assertNull(row.verdictJson());
    }
}
