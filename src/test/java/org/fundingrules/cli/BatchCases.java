package org.fundingrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundingrules.model.Action;
import org.fundingrules.model.Beneficiary;
import org.fundingrules.model.FstpProvision;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.SupportForm;
import org.javamoney.moneta.Money;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.Award;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.ThirdParty;

/**
 * Small valid cases for batch runs: one open call, one to three third parties, one award each; every seventh case
 * gives one third party more than the EUR 60 000 maximum, so outcomes vary.
 * {@code main(file, count)} writes a JSON Lines file (used by {@code bench/batch.sh}).
 */
public final class BatchCases {
    private BatchCases() {
    }

    /** Case {@code i} as a Java record. */
    public static CaseFile caseFile(long i) {
        int parties = 1 + (int) (i % 3);
        List<ThirdParty> tps = new ArrayList<>();
        List<Award> awards = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            String tp = "tp-" + i + "-" + p;
            tps.add(new ThirdParty(tp, "Company " + tp, "IT", null, String.format("IT%011d", i * 3 + p), null, null));
            long cents = 1_000_000L + (i * 7919 + p * 104729) % 4_000_000L;
            if (i % 7 == 0 && p == 0) {
                cents = 6_100_000L;
            }
            awards.add(new Award("aw-" + i + "-" + p, "oc1", tp, null, Money.of(BigDecimal.valueOf(cents, 2), "EUR"),
                    LocalDate.of(2022, 6, 1), "feasibility study", null, null, null));
        }
        OpenCall call = new OpenCall("oc1", "call oc1", List.of("b1"), SupportForm.GRANT, LocalDate.of(2022, 1, 10),
                LocalDate.of(2022, 3, 31), "Objectives and results.", List.of("feasibility study", "demonstration"),
                "SMEs.", "Excellence, impact, implementation.", "Lump sum per stage.", eur("60000.00"),
                "Fixed per stage.", null, null, null, null, null, null, null, null, null, null, null);
        Action action = new Action("T-" + i, "TEST", "H2020", "INNOSUP-01-2018-2020", LocalDate.of(2021, 9, 1), 36,
                eur("1000000.00"), null, new FstpProvision(true, "WP 2018-2020 Part 7", null), null);
        return new CaseFile(LocalDate.of(2023, 6, 30), action,
                List.of(new Beneficiary("b1", "Cluster One", "DE", "999000001", null, "cluster", null)),
                List.of(call), tps, awards, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    /** Case {@code i} as one JSON line. */
    public static String line(long i) {
        try {
            return FundingJson.mapper().writeValueAsString(caseFile(i));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code count} cases as JSON Lines. */
    public static void write(Path file, long count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                w.write(line(i));
                w.write('\n');
            }
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Long.parseLong(args[1]));
    }
}
