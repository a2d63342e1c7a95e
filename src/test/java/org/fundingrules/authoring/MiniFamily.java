package org.fundingrules.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny rule family written for the tests ({@code mini/}): the Annex K maximum per third party as a parameter, the
 * definition rule that reads it and the decision rule that tests the sum of awards. Small enough to mutate in seconds.
 */
public final class MiniFamily {
    public static final String DRL = """
            package org.fundingrules.rules.mini;

            import java.math.BigDecimal;
            import org.fundingrules.facts.ActionFact;
            import org.fundingrules.facts.ApplicableCap;
            import org.fundingrules.facts.AwardFact;
            import org.fundingrules.facts.Decide;
            import org.fundingrules.facts.Parameter;
            import org.fundingrules.facts.ThirdPartyFact;
            import org.fundingrules.facts.Judge;
            import org.fundingrules.trace.Message;

            import accumulate org.fundingrules.facts.SumEur sumEur;

            global org.fundingrules.facts.Parameters parameters;

            rule "Mini: the maximum per third party applies"
                @ruleId("mini.cap")
                @source("h2020_general_annex_k")
                @article("General Annex K, 5th element")
                @validFrom("2014-01-01")
            when
                ActionFact( derogatedMaxEur == null )
                $p : Parameter() from parameters.at("mini.max_per_third_party")   // a comment with == in it
            then
                insert(ApplicableCap.of("mini.limit.max", $p));
            end

            rule "Mini: total support to one third party stays within the maximum"
                @ruleId("mini.cap_per_third_party")
                @source("h2020_general_annex_k")
                @article("General Annex K, 5th element")
                @validFrom("2014-01-01")
            when
                Decide()
                $tp  : ThirdPartyFact()
                $cap : ApplicableCap()
                accumulate( $w : AwardFact( thirdPartyId == $tp.id(), $amount : amountEur );
                            $total : sumEur( $amount ) )
            then
                Judge.on(kcontext, $tp)
                    .statement("mini.cap.statement")
                    .atMost(Message.of("mini.cap.what"), (BigDecimal) $total, $cap);
            end
            """;

    public static final String MESSAGES = """
            mini.limit.max=maximum per third party
            mini.cap.statement=The support to this third party does not exceed the maximum
            mini.cap.what=total awarded to this third party
            """;

    public static final String PARAMETERS = """
            mini.max_per_third_party:
              label: maximum per third party
              description: Annex K default maximum.
              unit: EUR
              values:
                - value: "60000.00"
                  validFrom: 2014-01-01
                  source: h2020_general_annex_k
                  article: "General Annex K, 5th element"
            """;

    public static final String AT_THE_MAXIMUM = """
              - name: exactly at the maximum passes
                source: "60 000.00 <= 60 000.00"
                case:
                  awards:
                    - { id: w1, callId: callA, thirdPartyId: tp1, amount: { amount: "60000.00", currency: EUR }, date: 2022-06-01, activityType: study }
                expect:
                  THIRD_PARTY tp1: { outcome: COMPLIANT, criteria: { mini.cap_per_third_party: PASS } }
            """;

    public static final String ONE_CENT_OVER = """
              - name: one cent over the maximum fails
                source: "60 000.01 > 60 000.00"
                case:
                  awards:
                    - { id: w1, callId: callA, thirdPartyId: tp1, amount: { amount: "60000.01", currency: EUR }, date: 2022-06-01, activityType: study }
                expect:
                  THIRD_PARTY tp1: { outcome: NON_COMPLIANT, criteria: { mini.cap_per_third_party: FAIL } }
            """;

    static final String BASE = """
            base:
              referenceDate: 2023-06-30
              action:
                id: MINI
                programme: H2020
                topic: INNOSUP-01-2018-2020
                startDate: 2021-09-01
                durationMonths: 36
                totalCost: { amount: "1000000.00", currency: EUR }
                fstp: { topicProvidesFstp: true, topicReference: INNOSUP-01 }
              beneficiaries:
                - { id: b1, name: Cluster One, country: DE, pic: "999000001" }
              openCalls:
                - id: callA
                  beneficiaryIds: [b1]
                  form: GRANT
                  opens: 2022-01-10
                  closes: 2022-03-31
                  objectives: Studies.
                  activityTypes: [study]
                  eligibleRecipients: SMEs.
                  awardCriteria: Excellence.
                  amountCriteria: Lump sum.
                  maxPerThirdParty: { amount: "60000.00", currency: EUR }
                  maxCriteria: EUR 60 000.
              thirdParties:
                - { id: tp1, name: Alpha Srl, country: IT, pic: "999100001" }
                - { id: tp2, name: Beta SL, country: ES, pic: "999100002" }
            scenarios:
            """;

    private MiniFamily() {
    }

    /** Writes sources.yaml and the mini family with the given scenarios into {@code to}; returns {@code to}. */
    public static Path write(Path to, List<String> scenarios) throws IOException {
        Files.createDirectories(to.resolve("mini/parameters"));
        Files.createDirectories(to.resolve("mini/scenarios"));
        Files.copy(Path.of("rules/sources.yaml"), to.resolve("sources.yaml"));
        Files.writeString(to.resolve("mini/mini.drl"), DRL);
        Files.writeString(to.resolve("mini/parameters/mini.yaml"), PARAMETERS);
        Files.writeString(to.resolve("mini/messages.properties"), MESSAGES);
        Files.writeString(to.resolve("mini/scenarios/mini.yaml"), BASE + String.join("", scenarios));
        return to;
    }
}
