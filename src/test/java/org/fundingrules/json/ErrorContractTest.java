package org.fundingrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * The error contract of issue 16, item by item, each as the issue found it: problems in the library's own words,
 * at the exact path, all of them at once; amounts and rates as decimals within stated bounds.
 */
class ErrorContractTest {
    /** Java class names and the reader's own wording: never in a message shown to an applicant. */
    private static final Pattern INTERNALS = Pattern.compile("java\\.|javax\\.|jackson|Jackson|`|Exception|CoercionConfig"
            + "|StreamReadConstraints|Cannot (deserialize|coerce|construct)");

    private static String sme() throws IOException {
        return Files.readString(Path.of("examples/sme-group/case.json"));
    }

    private static List<Problem> problems(String json) {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> FundingJson.readCase(json));
        assertThat(e).as("the case is refused").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContainPattern(INTERNALS));
        return e.problems();
    }

    @Test
    void theMessagesTheIssueQuotedAreInPlainWords() throws IOException {
        String base = sme();
        assertThat(problems(base.replace("\"date\": \"2024-03-01\"", "\"date\": \"2023-02-30\"")))
                .extracting(Problem::path, Problem::code, Problem::message)
                .containsExactly(tuple("$.awards[0].date", "invalid_date",
                        "\"2023-02-30\" is not a calendar date (expected YYYY-MM-DD, such as \"2024-02-29\")"));
        assertThat(problems(base.replace("\"capitalShare\": 60", "\"capitalShare\": \"6O\"")))
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.holdings[0].capitalShare", "invalid_number"));
        assertThat(problems(base.replace("\"currency\": \"EUR\" }, \"date\"", "\"currency\": \"eur\" }, \"date\"")))
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.awards[0].amount.currency", "invalid_currency"));
        String deep = "[".repeat(40) + "]".repeat(40);
        assertThat(problems(base.replace("\"notes\":", "\"deep\": " + deep + ", \"notes\":")))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("limit_exceeded");
                    assertThat(p.message()).startsWith("the document nests arrays and objects deeper than 32 levels");
                });
    }

    @Test
    void aDecimalStringIsReadWhereANumberIsExpected() throws IOException {
        CaseFile c = FundingJson.readCase(sme().replace("\"capitalShare\": 60", "\"capitalShare\": \"60.0\""));
        assertThat(c.holdings().get(0).capitalShare()).isEqualByComparingTo("60");
    }

    @Test
    void exchangeRatesAreDecimalStringsOrExactNumbersWithinBounds() throws IOException {
        String withRate = sme().replace("\"holdings\": [", "\"exchangeRates\": [ { \"currency\": \"PLN\", "
                + "\"eurPerUnit\": RATE, \"date\": \"2024-06-28\", \"source\": \"ECB\" } ],\n  \"holdings\": [");
        assertThat(FundingJson.readCase(withRate.replace("RATE", "\"0.2315\"")).exchangeRates().get(0).eurPerUnit())
                .isEqualByComparingTo("0.2315");
        assertThat(FundingJson.readCase(withRate.replace("RATE", "0.2315")).exchangeRates().get(0).eurPerUnit())
                .isEqualByComparingTo("0.2315");
        // 1e400 was accepted and gave 400-digit euro figures
        assertThat(problems(withRate.replace("RATE", "1e400"))).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.exchangeRates[0].eurPerUnit", "invalid_number"));
        assertThat(problems(withRate.replace("RATE", "\"2000000\""))).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.exchangeRates[0].eurPerUnit", "DecimalMax"));
        assertThat(problems(withRate.replace("RATE", "\"0\""))).extracting(Problem::code).containsExactly("DecimalMin");
    }

    @Test
    void aSubCentAmountIsRefusedWithItsOwnCode() throws IOException {
        // 0.001 EUR was accepted and shown as EUR 75 000.001
        assertThat(problems(sme().replace("\"amount\": \"50000.00\"", "\"amount\": \"50000.001\"")))
                .extracting(Problem::path, Problem::code, Problem::message)
                .containsExactly(tuple("$.awards[0].amount.amount", "sub_cent_amount",
                        "50000.001 EUR is finer than the currency's smallest unit: at most 2 decimals"));
        // trailing zeros are not finer than a cent
        assertThat(FundingJson.readCase(sme().replace("\"amount\": \"50000.00\"", "\"amount\": \"50000.000\""))
                .awards()).hasSize(1);
    }

    @Test
    void anAmountAboveTwelveDigitsIsOutOfRange() throws IOException {
        assertThat(problems(sme().replace("\"amount\": \"50000.00\"", "\"amount\": \"1000000000000.00\"")))
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.awards[0].amount.amount", "out_of_range"));
        assertThat(FundingJson.readCase(sme().replace("\"amount\": \"50000.00\"", "\"amount\": \"999999999999.99\""))
                .awards()).hasSize(1);
    }

    @Test
    void everyProblemOfTheDocumentComesBackAtOnce() throws IOException {
        // a wrong type stopped the reader at the first problem; now types, formats, missing values and references
        // of the whole document are reported together
        String json = sme()
                .replace("\"smeOnly\": true", "\"smeOnly\": \"yes\"")
                .replace("\"date\": \"2024-03-01\"", "\"date\": \"2023-02-30\"")
                .replace("\"durationMonths\": 36", "\"durationMonths\": 36.5")
                .replace("\"form\": \"GRANT\"", "\"form\": \"GRUNT\"")
                .replace("\"thirdPartyId\": \"tp-alpha\"", "\"thirdPartyId\": null")
                .replace("\"heldId\": \"gamma\"", "\"heldId\": \"nobody\"");
        assertThat(problems(json)).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                tuple("$.openCalls[0].smeOnly", "wrong_type"),
                tuple("$.awards[0].date", "invalid_date"),
                tuple("$.action.durationMonths", "wrong_type"),
                tuple("$.openCalls[0].form", "invalid_value"),
                tuple("$.awards[0].thirdPartyId", "NotBlank"),
                tuple("$.holdings[1].heldId", "unknown_reference"),   // both holdings of gamma now name 'nobody'
                tuple("$.holdings[3].heldId", "unknown_reference"));
    }

    @Test
    void everyFieldNullReportsEveryMissingValue() {
        List<Problem> p = problems("{\"referenceDate\": null, \"action\": {\"id\": null, \"programme\": null, "
                + "\"topic\": null, \"startDate\": null, \"durationMonths\": null, \"totalCost\": null}}");
        assertThat(p).extracting(Problem::path).contains("$.referenceDate", "$.action.id", "$.action.totalCost",
                "$.action.startDate", "$.action.durationMonths");
        assertThat(p).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aNumberWithAnExponentIsRefusedEvenWhenItsValueWouldFit() throws IOException {
        // 1.5e1 and 5E-1 were read as 15 and 0.5: only a number whose text is its plain decimal is exact
        String withRate = sme().replace("\"holdings\": [", "\"exchangeRates\": [ { \"currency\": \"PLN\", "
                + "\"eurPerUnit\": RATE, \"date\": \"2024-06-28\", \"source\": \"ECB\" } ],\n  \"holdings\": [");
        for (String rate : List.of("1.5e1", "5E-1", "1e0", "2.315E-1")) {
            assertThat(problems(withRate.replace("RATE", rate)))
                    .extracting(Problem::path, Problem::code, Problem::message)
                    .containsExactly(tuple("$.exchangeRates[0].eurPerUnit", "invalid_number", "write the number "
                            + rate + " without an exponent, as plain digits (such as \"60000.00\")"));
        }
        assertThat(problems(sme().replace("\"staffAwu\": 30,", "\"staffAwu\": 3e1,")))
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.enterprises[0].accounts[0].staffAwu", "invalid_number"));
        assertThat(problems(sme().replace("\"durationMonths\": 36", "\"durationMonths\": 3.6E1")))
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.action.durationMonths", "invalid_number"));
        // a text field given such a number is of the wrong type, quoted as written
        assertThat(problems(sme().replace("\"topic\": \"", "\"topic\": 1e5, \"x-topic\": \"")))
                .extracting(Problem::path, Problem::code, Problem::message)
                .contains(tuple("$.action.topic", "wrong_type", "expected a text, found the number 1e5"));
    }

    @Test
    void everyDuplicateKeyComesBackWithTheOtherProblems() throws IOException {
        // the reader stopped at the first duplicate key; the rest of the document went unchecked
        String json = sme()
                .replace("\"id\": \"w1\",", "\"id\": \"w1\", \"id\": \"w2\",")
                .replace("\"id\": \"h-beta-alpha\",", "\"id\": \"h-beta-alpha\", \"capitalShare\": 61,")
                .replace("\"date\": \"2024-03-01\"", "\"date\": \"2023-02-30\"");
        List<Problem> p = problems(json);
        assertThat(p).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                tuple("$.awards[0].id", "duplicate_key"),
                tuple("$.holdings[0].capitalShare", "duplicate_key"),
                tuple("$.awards[0].date", "invalid_date"));
        assertThat(p).filteredOn(q -> q.code().equals("duplicate_key")).extracting(Problem::message)
                .allSatisfy(m -> assertThat(m).matches("the key '(id|capitalShare)' appears twice in one object "
                        + "\\(line \\d+, column \\d+\\)"));
    }

    @Test
    void aValueOfTheWrongTypeWhereAnEnumerationIsExpectedNamesTheAllowedValues() throws IOException {
        assertThat(problems(sme().replace("\"form\": \"GRANT\"", "\"form\": [\"GRANT\"]")))
                .extracting(Problem::path, Problem::code, Problem::message)
                .containsExactly(tuple("$.openCalls[0].form", "wrong_type", "expected one of GRANT, PRIZE, found a list"));
        assertThat(problems(sme().replace("\"form\": \"GRANT\"", "\"form\": 1")))
                .extracting(Problem::code, Problem::message)
                .containsExactly(tuple("wrong_type", "expected one of GRANT, PRIZE, found the number 1"));
    }

    @Test
    void aWholeNumberOutOfRangeStatesTheBound() throws IOException {
        assertThat(problems(sme().replace("\"durationMonths\": 36", "\"durationMonths\": 100000000000")))
                .extracting(Problem::path, Problem::code, Problem::message)
                .containsExactly(tuple("$.action.durationMonths", "out_of_range",
                        "the number 100000000000 is out of range: at most 2147483647"));
    }

    @Test
    void tooManyDigitsInARateAreSaidInPlainWords() throws IOException {
        String withRate = sme().replace("\"holdings\": [", "\"exchangeRates\": [ { \"currency\": \"PLN\", "
                + "\"eurPerUnit\": \"10000000\", \"date\": \"2024-06-28\", \"source\": \"ECB\" } ],\n  \"holdings\": [");
        // was: numeric value out of bounds (<7 digits>.<10 digits> expected)
        assertThat(problems(withRate)).extracting(Problem::code, Problem::message).containsExactlyInAnyOrder(
                tuple("DecimalMax", "must be less than or equal to 1000000"),
                tuple("Digits", "must have at most 7 digits before the decimal point and 10 after"));
    }

    @Test
    void aValueQuotedBackIsCutToAReadableLength() throws IOException {
        // an unknown reference repeated a 99 999-character id in full (hostile corpus)
        String id = "x".repeat(5000);
        List<Problem> p = problems(sme().replace("\"callId\": \"oc1\"", "\"callId\": \"" + id + "\""));
        assertThat(p).extracting(Problem::path, Problem::code).containsExactly(tuple("$.awards[0].callId",
                "unknown_reference"));
        assertThat(p.get(0).message()).hasSizeLessThan(120).contains("xxx...");
    }

    @Test
    void pastAThousandProblemsTheRestAreCountedNotListed() throws IOException {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            extra.append("\"x").append(i).append("\": 0, ");
        }
        List<Problem> p = problems(sme().replace("\"notes\":", extra + "\"notes\":"));
        assertThat(p).hasSize(1001);
        assertThat(p.get(0)).extracting(Problem::path, Problem::code, Problem::message).containsExactly("$",
                "too_many_problems", "1500 problems in all, more than the 1000 listed (the first ones in the document); "
                        + "correct these and check the document again");
        assertThat(p.subList(1, 1001)).allSatisfy(q -> assertThat(q.code()).isEqualTo("unknown_property"));
    }

    @Test
    void aMissingValueSaysWhatIsExpectedThere() throws IOException {
        // was "must not be null" and "must not be blank", whatever the field
        String json = sme()
                .replace(", \"date\": \"2024-03-01\"", "")
                .replace("\"thirdPartyId\": \"tp-alpha\"", "\"thirdPartyId\": null")
                .replace("\"capitalShare\": 60, ", "")
                .replace("\"form\": \"GRANT\", ", "")
                .replace("\"holdings\": [", "\"exchangeRates\": [null],\n  \"holdings\": [")
                .replace("\"id\": \"w1\"", "\"id\": \" \"");
        assertThat(problems(json)).extracting(Problem::path, Problem::code, Problem::message).containsExactlyInAnyOrder(
                tuple("$.awards[0].date", "NotNull", "required: a date \"YYYY-MM-DD\""),
                tuple("$.awards[0].thirdPartyId", "NotBlank", "required: a text"),
                tuple("$.holdings[0].capitalShare", "NotNull", "required: a decimal number"),
                tuple("$.openCalls[0].form", "NotNull", "required: one of GRANT, PRIZE"),
                tuple("$.exchangeRates[0]", "NotNull", "required: an object {...}"),
                tuple("$.awards[0].id", "NotBlank", "must not be blank"),
                tuple("$.awards[0].id", "Pattern", "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        assertThat(problems("{\"referenceDate\": \"2024-01-01\"}")).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("$.action", "required: an object {...}"));
    }
}
