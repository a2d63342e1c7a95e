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
        return new OpenCall(id, "call " + id, List.of("b1"), SupportForm.GRANT, LocalDate.of(2022, 1, 10),
                LocalDate.of(2022, 3, 31), "Objectives and results.", List.of("feasibility study", "demonstration"),
                "SMEs.", "Excellence, impact, implementation.", "Lump sum per stage.", eur(max),
                "Fixed per stage.", null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ThirdParty thirdParty(String id) {
        return new ThirdParty(id, "Company " + id, "IT", null, "IT" + String.format("%011d", Math.abs(id.hashCode())), null,
                null);
    }

    public static Award award(String id, String callId, String thirdPartyId, Money amount) {
        return new Award(id, callId, thirdPartyId, null, amount, LocalDate.of(2022, 6, 1), "feasibility study", null,
                null, null);
    }

    /** An action that provides for support to third parties, one beneficiary, the given calls and awards. */
    public static CaseFile action(List<OpenCall> calls, List<ThirdParty> thirdParties, List<Award> awards) {
        Action action = new Action("T-1", "TEST", "H2020", "INNOSUP-01-2018-2020", LocalDate.of(2021, 9, 1), 36,
                eur("1000000.00"), null, new FstpProvision(true, "WP 2018-2020 Part 7", null), null);
        return new CaseFile(LocalDate.of(2023, 6, 30), action,
                List.of(new Beneficiary("b1", "Cluster One", "DE", "999000001", null, "cluster", null)),
                calls, thirdParties, awards, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
