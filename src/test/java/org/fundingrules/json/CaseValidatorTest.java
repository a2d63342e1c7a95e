package org.fundingrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cross-field checks of {@link CaseValidator}, one defect per row: each edit of a valid example must give exactly
 * the listed problems (JSON path and code), nothing more; the edits that stay valid must give none. Exactness is the
 * point: a check that fires too often is as wrong as one that never fires.
 */
class CaseValidatorTest {
    private static final ObjectMapper TREE = new ObjectMapper();
    private static final String AMULET = read("examples/amulet/case.json");
    private static final String STATE_AID = read("examples/state-aid/case.json");

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row: a valid example, an edit of its tree, and the problems expected as (path, code) pairs. */
    record Row(String label, String base, Consumer<ObjectNode> edit, List<Tuple> expected) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Row amulet(String label, Consumer<ObjectNode> edit, String... pathsAndCodes) {
        return new Row(label, AMULET, edit, tuples(pathsAndCodes));
    }

    private static Row stateAid(String label, Consumer<ObjectNode> edit, String... pathsAndCodes) {
        return new Row(label, STATE_AID, edit, tuples(pathsAndCodes));
    }

    private static List<Tuple> tuples(String... pathsAndCodes) {
        List<Tuple> t = new ArrayList<>();
        for (int i = 0; i < pathsAndCodes.length; i += 2) {
            t.add(tuple(pathsAndCodes[i], pathsAndCodes[i + 1]));
        }
        return t;
    }

    private static JsonNode json(String text) {
        try {
            return TREE.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String money(String amount, String currency) {
        return "{'amount': '" + amount + "', 'currency': '" + currency + "'}";
    }

    /** Sets the value at a JSON pointer ("/a/0/b"), creating the last field or appending when the index is the size. */
    private static Consumer<ObjectNode> set(String pointer, String value) {
        return root -> {
            JsonPointer p = JsonPointer.compile(pointer);
            JsonNode parent = root.at(p.head());
            String last = p.last().getMatchingProperty();
            if (parent instanceof ArrayNode a) {
                int i = Integer.parseInt(last);
                if (i == a.size()) {
                    a.add(json(value));
                } else {
                    a.set(i, json(value));
                }
            } else {
                ((ObjectNode) parent).set(last, json(value));
            }
        };
    }

    /** Appends a copy of the element at the pointer to its array, with fields replaced. */
    private static Consumer<ObjectNode> copy(String pointer, String field, String value) {
        return root -> {
            JsonPointer p = JsonPointer.compile(pointer);
            ArrayNode a = (ArrayNode) root.at(p.head());
            ObjectNode c = ((ObjectNode) root.at(p)).deepCopy();
            if (field != null) {
                c.set(field, json(value));
            }
            a.add(c);
        };
    }

    @SafeVarargs
    private static Consumer<ObjectNode> all(Consumer<ObjectNode>... edits) {
        return root -> Stream.of(edits).forEach(e -> e.accept(root));
    }

    private static List<Problem> problems(String base, Consumer<ObjectNode> edit) {
        String text;
        try {
            ObjectNode root = (ObjectNode) TREE.readTree(base);
            edit.accept(root);
            text = TREE.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            FundingJson.readCase(text);
            return List.of();
        } catch (InvalidCaseException e) {
            return e.problems();
        }
    }

    static Stream<Row> defects() {
        return Stream.of(
                // the action (checkAction)
                amulet("total cost zero", set("/action/totalCost", money("0.00", "EUR")),
                        "$.action.totalCost.amount", "negative_amount", "$.budgetLines", "budget_mismatch",
                        "$.action.requestedContribution", "exceeds_total"),
                amulet("total cost in a currency without a rate", set("/action/totalCost", money("4997882.50", "USD")),
                        "$.action.totalCost.currency", "no_exchange_rate"),
                amulet("requested contribution negative", set("/action/requestedContribution", money("-0.01", "EUR")),
                        "$.action.requestedContribution.amount", "negative_amount"),
                amulet("requested contribution above the total cost",
                        set("/action/requestedContribution", money("4997882.51", "EUR")),
                        "$.action.requestedContribution", "exceeds_total"),
                amulet("cap derogation of zero", set("/action/fstp/capDerogation", "{'maximumPerThirdParty': "
                                + money("0.00", "EUR") + ", 'workProgrammeReference': 'WP', "
                                + "'justificationReference': 'J'}"),
                        "$.action.fstp.capDerogation.maximumPerThirdParty.amount", "negative_amount"),
                // the calls (checkCalls)
                amulet("a call names an unknown beneficiary", set("/openCalls/0/beneficiaryIds/0", "'nobody'"),
                        "$.openCalls[0].beneficiaryIds[0]", "unknown_reference"),
                amulet("a call closes before it opens", set("/openCalls/1/closes", "'2021-01-01'"),
                        "$.openCalls[1].closes", "end_before_start"),
                amulet("a call maximum per third party of zero", set("/openCalls/0/maxPerThirdParty",
                        money("0.00", "EUR")), "$.openCalls[0].maxPerThirdParty.amount", "negative_amount"),
                amulet("a call maximum per project of zero", set("/openCalls/0/maxPerProject", money("0.00", "EUR")),
                        "$.openCalls[0].maxPerProject.amount", "negative_amount"),
                amulet("a prize of zero", set("/openCalls/0/prizeAmount", money("0.00", "EUR")),
                        "$.openCalls[0].prizeAmount.amount", "negative_amount"),
                amulet("a maximum per SME in a currency without a rate",
                        set("/openCalls/0/maxPerSme", money("100000.00", "CHF")),
                        "$.openCalls[0].maxPerSme.currency", "no_exchange_rate"),
                amulet("an activity type listed twice", set("/openCalls/0/activityTypes", "['a', 'b', 'a']"),
                        "$.openCalls[0].activityTypes", "duplicate_value"),
                // the awards (checkAwards)
                amulet("an award in an unknown call", set("/awards/3/callId", "'oc9'"),
                        "$.awards[3].callId", "unknown_reference"),
                amulet("an award to an unknown third party", set("/awards/3/thirdPartyId", "'tp-nobody'"),
                        "$.awards[3].thirdPartyId", "unknown_reference"),
                amulet("a negative award", set("/awards/3/amount", money("-1.00", "EUR")),
                        "$.awards[3].amount.amount", "negative_amount"),
                amulet("eligible costs of zero", set("/awards/3/eligibleCosts", money("0.00", "EUR")),
                        "$.awards[3].eligibleCosts.amount", "negative_amount"),
                // ids, each array (ids)
                amulet("a beneficiary id twice", copy("/beneficiaries/2", null, null),
                        "$.beneficiaries[13].id", "duplicate_id"),
                amulet("a call id twice", copy("/openCalls/0", null, null), "$.openCalls[2].id", "duplicate_id"),
                amulet("a third party id twice", copy("/thirdParties/0", null, null),
                        "$.thirdParties[7].id", "duplicate_id"),
                amulet("an award id twice", copy("/awards/0", null, null), "$.awards[11].id", "duplicate_id"),
                amulet("a budget line id twice", copy("/budgetLines/8", "amount", money("0.00", "EUR")),
                        "$.budgetLines[9].id", "duplicate_id"),
                amulet("an enterprise id twice", copy("/enterprises/0", null, null),
                        "$.enterprises[9].id", "duplicate_id"),
                amulet("a rate for EUR", set("/exchangeRates", "[{'currency': 'EUR', 'eurPerUnit': 1}]"),
                        "$.exchangeRates[0].currency", "invalid_value"),
                amulet("two rates for one currency", set("/exchangeRates",
                                "[{'currency': 'CHF', 'eurPerUnit': 1.05}, {'currency': 'CHF', 'eurPerUnit': 1.06}]"),
                        "$.exchangeRates[1].currency", "duplicate_id"),
                // the budget (checkBudget)
                amulet("a budget line of an unknown beneficiary", set("/budgetLines/4/beneficiaryId", "'nobody'"),
                        "$.budgetLines[4].beneficiaryId", "unknown_reference"),
                amulet("a negative amount spent", set("/budgetLines/4/spent", money("-5.00", "EUR")),
                        "$.budgetLines[4].spent.amount", "negative_amount"),
                amulet("a negative SME earmark", set("/budgetLines/2/smeEarmarked", money("-5.00", "EUR")),
                        "$.budgetLines[2].smeEarmarked.amount", "negative_amount"),
                amulet("an SME earmark on a line that is not support to third parties",
                        set("/budgetLines/4/smeEarmarked", money("5.00", "EUR")),
                        "$.budgetLines[4].smeEarmarked", "invalid_value"),
                amulet("an SME earmark above its line", set("/budgetLines/2/smeEarmarked", money("2500000.01", "EUR")),
                        "$.budgetLines[2].smeEarmarked", "exceeds_total"),
                amulet("lines one cent short of the total cost", set("/budgetLines/8/amount", money("267882.49", "EUR")),
                        "$.budgetLines", "budget_mismatch"),
                amulet("a negative line", set("/budgetLines/8/amount", money("-267882.50", "EUR")),
                        "$.budgetLines[8].amount.amount", "negative_amount", "$.budgetLines", "budget_mismatch"),
                amulet("lines one cent over the total cost, the first line changed",
                        set("/budgetLines/0/amount", money("180000.01", "EUR")), "$.budgetLines", "budget_mismatch"),
                // country codes (checkCountryCodes)
                amulet("a beneficiary in an unknown country", set("/beneficiaries/0/country", "'QQ'"),
                        "$.beneficiaries[0].country", "unknown_country"),
                amulet("a third party in an unknown country", set("/thirdParties/6/country", "'QQ'"),
                        "$.thirdParties[6].country", "unknown_country"),
                amulet("an eligible country unknown and one twice", set("/openCalls/1/eligibleCountries",
                                "['IT', 'QQ', 'IT']"),
                        "$.openCalls[1].eligibleCountries[1]", "unknown_country",
                        "$.openCalls[1].eligibleCountries[2]", "duplicate_value"),
                amulet("a third party of an unknown enterprise", set("/thirdParties/0/enterpriseId", "'nobody'"),
                        "$.thirdParties[0].enterpriseId", "unknown_reference"),
                // a de minimis scheme's regulation only where the support is de minimis aid (decision SA-7)
                stateAid("a scheme's de minimis regulation under GBER Article 28",
                        set("/openCalls/2/stateAid/schemeRegulation", "'REG_1407_2013'"),
                        "$.openCalls[2].stateAid.schemeRegulation", "invalid_value"),
                stateAid("a scheme's de minimis regulation, and an award's purpose, for support that is not State aid",
                        set("/openCalls/1/stateAid/applies", "false"),
                        "$.openCalls[1].stateAid.schemeRegulation", "invalid_value",
                        "$.awards[0].purpose", "purpose_not_de_minimis"),
                // an award's purpose only where the support is de minimis aid (decision SA-EX3)
                stateAid("a purpose of an award under GBER Article 28",
                        set("/awards/2/purpose", "{'exportRelated': false, 'domesticOverImported': false}"),
                        "$.awards[2].purpose", "purpose_not_de_minimis"),
                stateAid("a purpose of an award whose support is not State aid",
                        all(set("/openCalls/0/stateAid/applies", "false"),
                                set("/awards/1/purpose", "{'exportRelated': true}")),
                        "$.awards[1].purpose", "purpose_not_de_minimis"),
                // enterprises and their accounts (checkEnterprises)
                stateAid("a local authority with a negative budget", set("/enterprises/3/localAuthority",
                                "{'annualBudget': " + money("-1.00", "EUR") + ", 'inhabitants': 4000}"),
                        "$.enterprises[3].localAuthority.annualBudget.amount", "negative_amount"),
                stateAid("two periods ending on one day", copy("/enterprises/0/accounts/1", null, null),
                        "$.enterprises[0].accounts[2].periodEnd", "duplicate_period"),
                stateAid("a negative turnover", set("/enterprises/0/accounts/1/turnover", money("-1.00", "EUR")),
                        "$.enterprises[0].accounts[1].turnover.amount", "negative_amount"),
                stateAid("a negative balance sheet", set("/enterprises/0/accounts/0/balanceSheetTotal",
                        money("-1.00", "EUR")), "$.enterprises[0].accounts[0].balanceSheetTotal.amount",
                        "negative_amount"),
                stateAid("share capital without a rate", set("/enterprises/0/accounts/0/ownFunds/shareCapital",
                        money("1.00", "GBP")), "$.enterprises[0].accounts[0].ownFunds.shareCapital.currency",
                        "no_exchange_rate"),
                stateAid("a negative share premium", set("/enterprises/0/accounts/0/ownFunds/sharePremium",
                        money("-1.00", "EUR")), "$.enterprises[0].accounts[0].ownFunds.sharePremium.amount",
                        "negative_amount"),
                stateAid("negative reserves", set("/enterprises/0/accounts/0/ownFunds/reserves",
                        money("-1.00", "EUR")), "$.enterprises[0].accounts[0].ownFunds.reserves.amount",
                        "negative_amount"),
                stateAid("negative losses", set("/enterprises/0/accounts/0/ownFunds/accumulatedLosses",
                        money("-1.00", "EUR")), "$.enterprises[0].accounts[0].ownFunds.accumulatedLosses.amount",
                        "negative_amount"),
                stateAid("accounts consolidating an unknown enterprise",
                        set("/enterprises/0/accounts/0/consolidates", "['cirro', 'nobody']"),
                        "$.enterprises[0].accounts[0].consolidates[1]", "unknown_reference"),
                // holdings
                stateAid("a holding by an unknown holder", set("/holdings/0/holderId", "'nobody'"),
                        "$.holdings[0].holderId", "unknown_reference"),
                stateAid("a holding of an unknown enterprise", set("/holdings/0/heldId", "'nobody'"),
                        "$.holdings[0].heldId", "unknown_reference"),
                stateAid("a self holding", set("/holdings/0/heldId", "'borea-holding'"),
                        "$.holdings[0].heldId", "self_holding"),
                stateAid("a natural person held", set("/enterprises/1/kind", "'NATURAL_PERSON'"),
                        "$.holdings[0].heldId", "invalid_reference"),
                stateAid("a holding ending before it starts", all(set("/holdings/0/since", "'2022-01-01'"),
                                set("/holdings/0/until", "'2021-12-31'")),
                        "$.holdings[0].until", "end_before_start"),
                stateAid("a negative investment", set("/holdings/0/investment", money("-1.00", "EUR")),
                        "$.holdings[0].investment.amount", "negative_amount"),
                stateAid("a holding id twice", copy("/holdings/0", "heldId", "'cirro'"),
                        "$.holdings[1].id", "duplicate_id"),
                stateAid("two open-ended stakes in one pair", copy("/holdings/0", "id", "'h-2'"),
                        "$.holdings[1]", "overlapping_holding"),
                stateAid("two stakes in one pair meeting on one day", all(set("/holdings/0/until", "'2021-06-30'"),
                                copy("/holdings/0", "id", "'h-2'"), set("/holdings/1/since", "'2021-06-30'"),
                                set("/holdings/1/until", "null")),
                        "$.holdings[1]", "overlapping_holding"),
                stateAid("a later stake overlapping an earlier one that starts after it",
                        all(set("/holdings/0/since", "'2022-01-01'"), copy("/holdings/0", "id", "'h-2'"),
                                set("/holdings/1/since", "'2020-01-01'"), set("/holdings/1/until", "'2022-01-01'")),
                        "$.holdings[1]", "overlapping_holding"),
                // joint groups of natural persons
                stateAid("a joint group with an unknown member and an enterprise", set("/jointGroups",
                                "[{'id': 'g1', 'memberIds': ['nobody', 'cirro']}]"),
                        "$.jointGroups[0].memberIds[0]", "unknown_reference",
                        "$.jointGroups[0].memberIds[1]", "invalid_reference"),
                stateAid("a joint group id twice", all(set("/enterprises/2/kind", "'NATURAL_PERSON'"),
                                set("/enterprises/3/kind", "'NATURAL_PERSON'"), set("/holdings", "[]"),
                                set("/jointGroups", "[{'id': 'g1', 'memberIds': ['borea-holding', 'cirro']},"
                                        + " {'id': 'g1', 'memberIds': ['cirro', 'borea-holding']}]")),
                        "$.jointGroups[1].id", "duplicate_id"),
                // enterprises a joint group steers (decision SME-9)
                stateAid("a joint group steering an unknown id, a person, and an enterprise without how",
                        all(set("/enterprises/2/kind", "'NATURAL_PERSON'"), set("/enterprises/3/kind",
                                        "'NATURAL_PERSON'"), set("/holdings", "[]"),
                                set("/jointGroups", "[{'id': 'g1', 'memberIds': ['borea-holding', 'cirro'], 'steers': ["
                                        + "{'enterpriseId': 'nobody', 'through': 'FAMILY'},"
                                        + " {'enterpriseId': 'cirro', 'through': 'MANAGEMENT'},"
                                        + " {'enterpriseId': 'aurora'}]}]")),
                        "$.jointGroups[0].steers[0].enterpriseId", "unknown_reference",
                        "$.jointGroups[0].steers[1].enterpriseId", "invalid_reference",
                        "$.jointGroups[0].steers[2].through", "NotNull"),
                // governing bodies (decision SME-10)
                stateAid("a governing body with an unknown appointer, itself, a holder twice and too many seats",
                        set("/enterprises/0/governingBody", "{'seats': 5, 'appointedBy': [{'holderId': 'nobody', "
                                + "'seats': 1}, {'holderId': 'aurora', 'seats': 1}, {'holderId': 'borea', 'seats': 2},"
                                + " {'holderId': 'borea', 'seats': 2}]}"),
                        "$.enterprises[0].governingBody.appointedBy[0].holderId", "unknown_reference",
                        "$.enterprises[0].governingBody.appointedBy[1].holderId", "invalid_reference",
                        "$.enterprises[0].governingBody.appointedBy[3].holderId", "duplicate_value",
                        "$.enterprises[0].governingBody.appointedBy", "invalid_value"),
                stateAid("a governing body without seats and an appointment of none",
                        set("/enterprises/0/governingBody", "{'appointedBy': [{'holderId': 'borea', 'seats': 0}]}"),
                        "$.enterprises[0].governingBody.seats", "NotNull",
                        "$.enterprises[0].governingBody.appointedBy[0].seats", "Positive"),
                // aid histories (checkAidHistory)
                stateAid("an aid id used by two enterprises", copy("/enterprises/0/aidHistory/0", null, null),
                        "$.enterprises[0].aidHistory[1].id", "duplicate_id"),
                stateAid("a negative earlier aid", set("/enterprises/0/aidHistory/0/grossAmount",
                        money("-1.00", "EUR")), "$.enterprises[0].aidHistory[0].grossAmount.amount",
                        "negative_amount"),
                stateAid("earlier aid with zero eligible costs", set("/enterprises/0/aidHistory/0/eligibleCosts",
                        money("0.00", "EUR")), "$.enterprises[0].aidHistory[0].eligibleCosts.amount",
                        "negative_amount"),
                stateAid("earlier aid in a currency without a rate", set("/enterprises/0/aidHistory/0/grossAmount",
                        money("1.00", "PLN")), "$.enterprises[0].aidHistory[0].grossAmount.currency",
                        "no_exchange_rate"),
                stateAid("a split without a share", set("/enterprises/0/aidHistory/0/transfer",
                                "{'kind': 'SPLIT', 'from': 'Old Srl', 'date': '2022-06-01'}"),
                        "$.enterprises[0].aidHistory[0].transfer.sharePercent", "required_for_split"),
                stateAid("a merger with part of the aid", set("/enterprises/0/aidHistory/0/transfer",
                                "{'kind': 'MERGER', 'from': 'Old Srl', 'date': '2022-06-01', 'sharePercent': 50}"),
                        "$.enterprises[0].aidHistory[0].transfer.sharePercent", "whole_aid_counts"),
                stateAid("earlier aid from an unknown Member State", set("/enterprises/0/aidHistory/0/memberState",
                        "'QQ'"), "$.enterprises[0].aidHistory[0].memberState", "unknown_country"),
                stateAid("a call granting from an unknown Member State",
                        set("/openCalls/0/stateAid/grantingMemberState", "'QQ'"),
                        "$.openCalls[0].stateAid.grantingMemberState", "unknown_country"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void eachDefectGivesExactlyItsProblems(Row row) {
        assertThat(problems(row.base(), row.edit())).extracting(Problem::path, Problem::code)
                .containsExactlyInAnyOrderElementsOf(row.expected());
    }

    static Stream<Arguments> validEdits() {
        return Stream.of(
                Arguments.of("the AMULET example", AMULET, (Consumer<ObjectNode>) r -> { }),
                Arguments.of("the state-aid example", STATE_AID, (Consumer<ObjectNode>) r -> { }),
                Arguments.of("a requested contribution of zero and equal to nothing else", AMULET,
                        set("/action/requestedContribution", money("0.00", "EUR"))),
                Arguments.of("a requested contribution equal to the total cost", AMULET,
                        set("/action/requestedContribution", money("4997882.50", "EUR"))),
                Arguments.of("a requested contribution above the total cost in another currency", AMULET,
                        all(set("/exchangeRates", "[{'currency': 'CHF', 'eurPerUnit': 1.05}]"),
                                set("/action/requestedContribution", money("9000000.00", "CHF")))),
                Arguments.of("a call closing the day it opens", AMULET, set("/openCalls/1/closes", "'2023-01-10'")),
                Arguments.of("an amount in a currency with its rate", AMULET,
                        all(set("/exchangeRates", "[{'currency': 'CHF', 'eurPerUnit': 1.05}]"),
                                set("/openCalls/0/maxPerSme", money("100000.00", "CHF")))),
                Arguments.of("an SME earmark equal to its line", AMULET,
                        set("/budgetLines/2/smeEarmarked", money("2500000.00", "EUR"))),
                Arguments.of("an SME earmark in another currency than its line", AMULET,
                        all(set("/exchangeRates", "[{'currency': 'CHF', 'eurPerUnit': 1.05}]"),
                                set("/budgetLines/2/smeEarmarked", money("9000000.00", "CHF")))),
                Arguments.of("lines in two currencies cannot be summed against the total", AMULET,
                        all(set("/exchangeRates", "[{'currency': 'CHF', 'eurPerUnit': 1.05}]"),
                                set("/budgetLines/8/amount", money("1.00", "CHF")))),
                Arguments.of("lines in another currency than the total cost", AMULET,
                        all(set("/exchangeRates", "[{'currency': 'CHF', 'eurPerUnit': 1.05}]"),
                                set("/action/totalCost", money("4997882.49", "CHF")),
                                set("/action/requestedContribution", money("1.00", "CHF")))),
                Arguments.of("zero spent and zero earlier aid", STATE_AID,
                        set("/enterprises/0/aidHistory/0/grossAmount", money("0.00", "EUR"))),
                Arguments.of("a merger with the whole aid", STATE_AID, set("/enterprises/0/aidHistory/0/transfer",
                        "{'kind': 'MERGER', 'from': 'Old Srl', 'date': '2022-06-01', 'sharePercent': 100}")),
                Arguments.of("an acquisition without a share", STATE_AID, set("/enterprises/0/aidHistory/0/transfer",
                        "{'kind': 'ACQUISITION', 'from': 'Old Srl', 'date': '2022-06-01'}")),
                Arguments.of("a split with its share", STATE_AID, set("/enterprises/0/aidHistory/0/transfer",
                        "{'kind': 'SPLIT', 'from': 'Old Srl', 'date': '2022-06-01', 'sharePercent': 30}")),
                Arguments.of("a holding that starts and ends on one day", STATE_AID,
                        all(set("/holdings/0/since", "'2022-01-01'"), set("/holdings/0/until", "'2022-01-01'"))),
                Arguments.of("two stakes in one pair one after the other", STATE_AID,
                        all(set("/holdings/0/until", "'2021-06-29'"), copy("/holdings/0", "id", "'h-2'"),
                                set("/holdings/1/since", "'2021-06-30'"), set("/holdings/1/until", "null"))),
                Arguments.of("two stakes, the later listed first", STATE_AID,
                        all(set("/holdings/0/since", "'2022-01-01'"), copy("/holdings/0", "id", "'h-2'"),
                                set("/holdings/1/since", "null"), set("/holdings/1/until", "'2021-12-31'"))),
                Arguments.of("a joint group of natural persons", STATE_AID,
                        all(set("/enterprises/2/kind", "'NATURAL_PERSON'"), set("/enterprises/3/kind",
                                        "'NATURAL_PERSON'"), set("/holdings", "[]"),
                                set("/jointGroups", "[{'id': 'g1', 'memberIds': ['borea-holding', 'cirro']}]"))),
                Arguments.of("a joint group of a natural person and a business angel (decision SME-8)", STATE_AID,
                        all(set("/enterprises/2/kind", "'NATURAL_PERSON'"), set("/enterprises/3/kind",
                                        "'BUSINESS_ANGEL'"), set("/holdings", "[]"),
                                set("/jointGroups", "[{'id': 'g1', 'memberIds': ['borea-holding', 'cirro']}]"))),
                Arguments.of("a joint group steering two enterprises (decision SME-9)", STATE_AID,
                        all(set("/enterprises/2/kind", "'NATURAL_PERSON'"), set("/enterprises/3/kind",
                                        "'NATURAL_PERSON'"), set("/holdings", "[]"),
                                set("/jointGroups", "[{'id': 'g1', 'memberIds': ['borea-holding', 'cirro'], 'steers': ["
                                        + "{'enterpriseId': 'aurora', 'through': 'FAMILY'},"
                                        + " {'enterpriseId': 'borea', 'through': 'AGREEMENT'}]}]"))),
                Arguments.of("a governing body appointed by two enterprises (decision SME-10)", STATE_AID,
                        set("/enterprises/0/governingBody", "{'seats': 7, 'appointedBy': [{'holderId': 'borea', "
                                + "'seats': 3}, {'holderId': 'cirro', 'seats': 4}]}")),
                Arguments.of("a person holding an enterprise", STATE_AID, set("/enterprises/2/kind",
                        "'NATURAL_PERSON'")),
                Arguments.of("the United Kingdom as GB and Kosovo as XK", AMULET,
                        all(set("/beneficiaries/0/country", "'GB'"), set("/thirdParties/6/country", "'XK'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validEdits")
    void validEditsGiveNoProblems(String label, String base, Consumer<ObjectNode> edit) {
        assertThat(problems(base, edit)).as(label).isEmpty();
    }

    @Test
    void theUnitedKingdomWrittenUkIsNamedInTheMessage() {
        assertThat(problems(AMULET, set("/beneficiaries/0/country", "'UK'")))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.beneficiaries[0].country");
                    assertThat(p.message()).isEqualTo("'UK' is not an ISO 3166-1 alpha-2 country code"
                            + " (the United Kingdom is GB)");
                });
        assertThat(problems(AMULET, set("/beneficiaries/0/country", "'QQ'"))).singleElement()
                .extracting(Problem::message).isEqualTo("'QQ' is not an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void messagesNameTheFirstUseAndTheSums() {
        assertThat(problems(AMULET, copy("/awards/0", null, null))).singleElement().extracting(Problem::message)
                .isEqualTo("'aw-oc1-p01-lightcomp-fs' is already used by $.awards[0]");
        assertThat(problems(AMULET, set("/budgetLines/8/amount", money("267882.49", "EUR")))).singleElement()
                .extracting(Problem::message)
                .isEqualTo("the budget lines add up to EUR 4 997 882.49 but the total cost is EUR 4 997 882.50");
        assertThat(problems(AMULET, set("/action/totalCost", money("0.00", "EUR")))).extracting(Problem::message)
                .contains("must be greater than 0");
        assertThat(problems(AMULET, set("/awards/3/amount", money("-1.00", "EUR")))).singleElement()
                .extracting(Problem::message).isEqualTo("must not be negative");
        assertThat(problems(AMULET, set("/awards/3/amount", money("1.00", "USD")))).singleElement()
                .extracting(Problem::message).isEqualTo("amounts in USD need a rate in $.exchangeRates");
        assertThat(problems(STATE_AID, copy("/enterprises/0/aidHistory/0", null, null))).singleElement()
                .extracting(Problem::message).isEqualTo("'aurora-2022-dm' is already used by $.enterprises[0]"
                        + ".aidHistory[0]");
    }

    /** A chain of holdings connecting n enterprises, each held by the previous one at 10 %. */
    private static Consumer<ObjectNode> chain(int n) {
        return root -> {
            ArrayNode enterprises = root.withArray("enterprises");
            ArrayNode holdings = root.withArray("holdings");
            for (int i = 0; i < n; i++) {
                enterprises.add(json("{'id': 'c" + i + "', 'name': 'C " + i + "', 'kind': 'ENTERPRISE'}"));
                if (i > 0) {
                    // alternate directions so that the union must join roots both ways
                    String holder = i % 2 == 0 ? "c" + (i - 1) : "c" + i;
                    String held = i % 2 == 0 ? "c" + i : "c" + (i - 1);
                    holdings.add(json("{'id': 'hc" + i + "', 'holderId': '" + holder + "', 'heldId': '" + held
                            + "', 'capitalShare': 10, 'votingShare': 10}"));
                }
            }
        };
    }

    /**
     * The largest chain whose work stays within the limit in the AMULET case, which has no enterprise of its own: n
     * enterprises without accounts and n - 1 holdings make dates x n x n.
     */
    private static int largestChain() {
        CaseFile amulet = org.fundingrules.json.FundingJson.readCase(AMULET);
        int dates = CaseLimits.estimate(amulet).dates();
        int n = 1;
        while ((long) dates * (n + 1) * (n + 1) <= CaseLimits.MAX_SME_WORK) {
            n++;
        }
        return n;
    }

    @Test
    void theLargestStructureJudgedIsTheLimitAndOneMoreIsRefused() {
        int limit = largestChain();
        assertThat(problems(AMULET, chain(limit))).isEmpty();
        assertThat(problems(AMULET, chain(limit + 1))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.holdings");
            assertThat(p.code()).isEqualTo("structure_too_large");
            assertThat(p.message()).startsWith("the ownership structure of 'c0' (" + (limit + 1)
                    + " enterprises and accounting periods, " + limit + " holdings, 0 members of joint groups)");
        });
    }

    @Test
    void twoStructuresJoinedByOneHoldingAreCountedAsOne() {
        int half = largestChain() / 2 + 1;
        Consumer<ObjectNode> two = root -> {
            ArrayNode enterprises = root.withArray("enterprises");
            ArrayNode holdings = root.withArray("holdings");
            for (String side : List.of("a", "z")) {
                for (int i = 0; i < half; i++) {
                    enterprises.add(json("{'id': '" + side + i + "', 'name': 'N', 'kind': 'ENTERPRISE'}"));
                    if (i > 0) {
                        holdings.add(json("{'id': 'h" + side + i + "', 'holderId': '" + side + "0', 'heldId': '"
                                + side + i + "', 'capitalShare': 10, 'votingShare': 10}"));
                    }
                }
            }
        };
        assertThat(problems(AMULET, two)).isEmpty();
        assertThat(problems(AMULET, all(two, set("/holdings/" + (2 * half - 2), "{'id': 'bridge', 'holderId': "
                + "'z" + (half - 1) + "', 'heldId': 'a" + (half - 1) + "', 'capitalShare': 5, 'votingShare': 5}"))))
                .singleElement().extracting(Problem::code).isEqualTo("structure_too_large");
    }

    @Test
    void aMissingCaseFileIsOneProblemAtTheRoot() {
        assertThatThrownBy(() -> CaseValidator.check(null)).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.problems()).extracting(Problem::path, Problem::code)
                        .containsExactly(tuple("$", "NotNull")));
    }
}
