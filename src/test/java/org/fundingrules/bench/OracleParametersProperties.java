package org.fundingrules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.fundingrules.RuleSet;
import org.fundingrules.FundingRules;
import org.fundingrules.TestCases;
import org.fundingrules.authoring.AuthoringFixtures;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle reads the rules' parameters (issue 17): in a copy of {@code rules/} whose maximum per third party and
 * minimum SME share are raised, with no Java changed, the rules and the oracle built from the copy still agree on
 * generated cases (drawn near the raised thresholds), while the oracle of the packaged parameters disagrees with the
 * edited rules, and the oracle of the edited ones with the packaged rules, so that the agreement is not vacuous.
 */
class OracleParametersProperties {
    /** Fixed seeds, so that the outcomes seen are the same on every run. */
    private static final long[] SEEDS = {17, 4217, 90_001};
    private static final int PER_SEED = 100;
    private static final BigDecimal CAP_RAISE = new BigDecimal("10000.00");
    private static final BigDecimal SHARE_RAISE = new BigDecimal("0.05");

    @TempDir
    static Path temp;

    private static Path edited;
    private static BigDecimal raisedCap;
    private static BigDecimal raisedShare;
    private static LawParameters editedLaw;
    private static RuleSet editedRules;
    private static List<CaseFile> cases;

    @BeforeAll
    static void editACopyOfTheRules() throws IOException {
        LawParameters packaged = LawParameters.packaged();
        BigDecimal cap = packaged.amount("fstp.max_per_third_party", CaseGenerator.REFERENCE_DATE);
        BigDecimal share = packaged.amount("budget.sme_share.min", CaseGenerator.REFERENCE_DATE);
        raisedCap = cap.add(CAP_RAISE);
        raisedShare = share.add(SHARE_RAISE);

        edited = temp.resolve("rules");
        AuthoringFixtures.copyTree(Path.of("rules"), edited);
        replaceValue(edited.resolve("fstp/parameters/h2020_annex_k_fstp.yaml"), cap, raisedCap);
        replaceValue(edited.resolve("budget/parameters/innosup_01_sme_share.yaml"), share, raisedShare);

        editedLaw = LawParameters.fromFolder(edited);
        assertThat(editedLaw.amount("fstp.max_per_third_party", CaseGenerator.REFERENCE_DATE))
                .isEqualByComparingTo(raisedCap);
        assertThat(editedLaw.amount("budget.sme_share.min", CaseGenerator.REFERENCE_DATE))
                .isEqualByComparingTo(raisedShare);
        long start = System.nanoTime();
        editedRules = FundingRules.builder().rules(edited).build();
        System.out.printf("OracleParametersProperties: edited rules compiled in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
        cases = LongStream.of(SEEDS).boxed()
                .flatMap(seed -> new CaseGenerator(seed, editedLaw).applicants(PER_SEED)).toList();
    }

    /** Replaces the one value written as {@code value: "<old>"} in a parameter file. */
    private static void replaceValue(Path file, BigDecimal from, BigDecimal to) throws IOException {
        String text = Files.readString(file);
        String needle = "value: \"" + from.toPlainString() + "\"";
        assertThat(text.split(java.util.regex.Pattern.quote(needle), -1)).as("%s holds %s once", file, needle)
                .hasSize(2);
        Files.writeString(file, text.replace(needle, "value: \"" + to.toPlainString() + "\""));
    }

    @Test
    void theOracleOfTheEditedParametersAgreesWithTheEditedRules() {
        Oracle oracle = Oracle.fromFolder(edited);
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        List<String> problems = cases.parallelStream()
                .flatMap(c -> OracleAgreementProperties.compare(editedRules, oracle, c, seen).stream())
                .collect(Collectors.toList());
        System.out.printf("OracleParametersProperties: %d cases compared in %.1f s; outcomes seen %s%n", cases.size(),
                (System.nanoTime() - start) / 1e9, new TreeMap<>(seen));

        assertThat(problems).as("disagreements").isEmpty();
        // the raised thresholds were met on both sides: the cases were drawn near them, not near the packaged ones
        assertThat(seen).containsKeys("cap PASS", "cap FAIL", "planned PASS", "planned FAIL", "actual PASS",
                "actual FAIL");
        // and the oracle states the raised values (the rules' figures were compared with these above)
        assertThat(cases).anySatisfy(c -> assertThat(oracle.judge(c).caps().values())
                .allSatisfy(cap -> assertThat(cap.maximum()).isEqualByComparingTo(raisedCap)));
        assertThat(cases).anySatisfy(c -> {
            Oracle.Share planned = oracle.judge(c).planned();
            assertThat(planned.pass()).isTrue();
            // the headroom is measured from the raised share: SME support - share x total
            assertThat(planned.margin()).isEqualByComparingTo(planned.smeSupport()
                    .subtract(raisedShare.multiply(planned.total())).setScale(2, java.math.RoundingMode.DOWN));
        });
    }

    @Test
    void theOracleOfThePackagedParametersDisagreesWithTheEditedRules() {
        List<String> problems = cases.parallelStream()
                .flatMap(c -> OracleAgreementProperties.compare(editedRules, Oracle.packaged(), c,
                        new ConcurrentHashMap<>()).stream())
                .collect(Collectors.toList());

        assertThat(problems).as("disagreements").isNotEmpty();
        assertThat(problems).anyMatch(p -> p.contains("cap maximum"));
        assertThat(problems).anyMatch(p -> p.contains("margin planned"));
        System.out.printf("OracleParametersProperties: packaged oracle, edited rules: %d disagreements, e.g. %s%n",
                problems.size(), problems.get(0));
    }

    @Test
    void theOracleOfTheEditedParametersDisagreesWithThePackagedRules() {
        Oracle oracle = Oracle.fromFolder(edited);
        List<String> problems = cases.parallelStream()
                .flatMap(c -> OracleAgreementProperties.compare(TestCases.RULES, oracle, c,
                        new ConcurrentHashMap<>()).stream())
                .collect(Collectors.toList());

        assertThat(problems).anyMatch(p -> p.contains("cap maximum"));
        assertThat(problems).anyMatch(p -> p.contains("margin planned"));
    }
}
