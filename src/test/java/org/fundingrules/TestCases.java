package org.fundingrules;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fundingrules.model.Action;
import org.fundingrules.model.Award;
import org.fundingrules.model.Beneficiary;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.FstpProvision;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.SupportForm;
import org.fundingrules.model.ThirdParty;
import org.javamoney.moneta.Money;

/** Small cases built in Java, and the shared packaged rules, for tests. */
public final class TestCases {
    /** Compiled once for the whole test run. */
    public static final RuleSet RULES = FundingRules.packaged();
    public static final Path AMULET = Path.of("examples/amulet/case.json");

    private TestCases() {
    }

    /** Copies a folder and everything under it to {@code to}; returns {@code to}. */
    public static Path copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    public static String amuletJson() {
        try {
            return Files.readString(AMULET);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    /** Cents as an exact EUR amount. */
    public static Money cents(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), "EUR");
    }

    public static OpenCall call(String id, String max) {
        return OpenCall.builder()
                .id(id)
                .title("call " + id)
                .beneficiaryIds(List.of("b1"))
                .form(SupportForm.GRANT)
                .opens(LocalDate.of(2022, 1, 10))
                .closes(LocalDate.of(2022, 3, 31))
                .objectives("Objectives and results.")
                .activityTypes(List.of("feasibility study", "demonstration"))
                .eligibleRecipients("SMEs.")
                .awardCriteria("Excellence, impact, implementation.")
                .amountCriteria("Lump sum per stage.")
                .maxPerThirdParty(eur(max))
                .maxCriteria("Fixed per stage.")
                .build();
    }

    public static ThirdParty thirdParty(String id) {
        return ThirdParty.builder()
                .id(id)
                .name("Company " + id)
                .country("IT")
                .vatNumber("IT" + String.format("%011d", Math.abs(id.hashCode())))
                .build();
    }

    public static Award award(String id, String callId, String thirdPartyId, Money amount) {
        return Award.builder()
                .id(id)
                .callId(callId)
                .thirdPartyId(thirdPartyId)
                .amount(amount)
                .date(LocalDate.of(2022, 6, 1))
                .activityType("feasibility study")
                .build();
    }

    /** An action that provides for support to third parties, one beneficiary, the given calls and awards. */
    public static CaseFile action(List<OpenCall> calls, List<ThirdParty> thirdParties, List<Award> awards) {
        return CaseFile.builder()
                .referenceDate(LocalDate.of(2023, 6, 30))
                .action(innosupAction().build())
                .beneficiaries(List.of(cluster("DE")))
                .openCalls(calls)
                .thirdParties(thirdParties)
                .awards(awards)
                .build();
    }

    /**
     * The INNOSUP-01 action of the small cases: T-1, EUR 1 000 000, support to third parties provided for; a builder,
     * for the cases that change some of it.
     */
    public static Action.Builder innosupAction() {
        return Action.builder()
                .id("T-1")
                .acronym("TEST")
                .programme("H2020")
                .topic("INNOSUP-01-2018-2020")
                .startDate(LocalDate.of(2021, 9, 1))
                .durationMonths(36)
                .totalCost(eur("1000000.00"))
                .fstp(fstpProvided("WP 2018-2020 Part 7"));
    }

    /** Support to third parties that the topic provides for, as the work programme says at {@code reference}. */
    public static FstpProvision fstpProvided(String reference) {
        return FstpProvision.builder().topicProvidesFstp(true).topicReference(reference).build();
    }

    /** Beneficiary b1 of the small cases, the cluster that runs their calls, established in {@code country}. */
    public static Beneficiary cluster(String country) {
        return Beneficiary.builder()
                .id("b1")
                .name("Cluster One")
                .country(country)
                .pic("999000001")
                .type("cluster")
                .build();
    }
}
