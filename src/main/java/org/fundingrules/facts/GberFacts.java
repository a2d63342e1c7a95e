package org.fundingrules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundingrules.facts.StateAidFacts.AidFact;
import org.fundingrules.facts.StateAidFacts.GberCheck;
import org.fundingrules.trace.Message;

/**
 * Facts the GBER Art. 28 rules derive (rules/state_aid/gber_651_2014_art_28.drl), each by a rule with its citation.
 * The factories do exact euro arithmetic and lay out the trace; which amount is the maximum and whether the aid
 * stays within it is decided by the rules.
 */
public final class GberFacts {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GberFacts() {
    }

    /** {@code percent} % of an amount, rounded down to the cent (the aid may never exceed the intensity). */
    public static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.DOWN);
    }

    /**
     * Art. 28(3): the aid at the ordinary intensity of its eligible costs.
     *
     * @param actualPercent the aid as a percentage of its eligible costs (four decimals, display only)
     */
    public record OrdinaryMaximum(String awardId, Parameter intensity, BigDecimal amount, BigDecimal actualPercent) {
        /** For a check: the ordinary intensity applied to its eligible costs. */
        public static OrdinaryMaximum of(GberCheck k, Parameter intensity) {
            BigDecimal costs = k.eligibleCostsEur();
            BigDecimal actual = costs.signum() == 0 ? BigDecimal.ZERO
                    : k.aidEur().multiply(HUNDRED).divide(costs, 4, RoundingMode.HALF_UP).stripTrailingZeros();
            return new OrdinaryMaximum(k.awardId(), intensity, share(costs, intensity.amount()), actual);
        }
    }

    /** Art. 28(4): the first day of the three years over which advisory aid to the undertaking is summed. */
    public record AdvisoryWindow(String awardId, java.time.LocalDate from) {
    }

    /** An earlier aid of the undertaking judged for the advisory-aid sum of Art. 28(4): counted or left out, why. */
    public record AdvisoryAidJudged(String awardId, String aidId, boolean counted, Message reason) {
    }

    /** The earlier advisory aid counted for a check (Art. 28(4)), with what was read and the table of every aid judged. */
    public record AdvisoryAidCounted(String awardId, BigDecimal earlier, List<Judge.Read> reads, List<List<Object>> rows) {
        public static final List<String> COLUMNS = List.of("aid", "enterprise", "regime", "GBER article", "costs",
                "grant date", "gross EUR", "counted", "reason");

        /** From the aids judged for one check and the aid facts they name (grant-date order). */
        public static AdvisoryAidCounted of(String awardId, Collection<?> judged, Collection<?> aids) {
            Map<String, AidFact> byId = new HashMap<>();
            for (Object o : aids) {
                byId.put(((AidFact) o).id(), (AidFact) o);
            }
            BigDecimal earlier = BigDecimal.ZERO;
            List<Judge.Read> reads = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            List<AdvisoryAidJudged> sorted = judged.stream().map(o -> (AdvisoryAidJudged) o).distinct()
                    .sorted(Comparator.comparing((AdvisoryAidJudged j) -> byId.get(j.aidId()).grantDate())
                            .thenComparing(AdvisoryAidJudged::aidId)).toList();
            for (AdvisoryAidJudged j : sorted) {
                AidFact a = byId.get(j.aidId());
                if (j.counted()) {
                    earlier = earlier.add(a.countedEur());
                    reads.add(new Judge.Read(a.path() + ".grossAmount", a.grossEur()));
                }
                rows.add(List.of(a.id(), a.enterpriseId(), a.regime().name(), String.valueOf(a.gberArticle()),
                        String.valueOf(a.costCategory()), a.grantDate().toString(), Amounts.plainMoney(a.grossEur()),
                        Message.of(j.counted() ? "state_aid.table.counted" : "state_aid.table.left_out"), j.reason()));
            }
            return new AdvisoryAidCounted(awardId, earlier, List.copyOf(reads), rows.isEmpty() ? null : List.copyOf(rows));
        }

        /** The columns of the table, or null when no earlier aid was judged. */
        public List<String> columns() {
            return rows == null ? null : COLUMNS;
        }
    }

    /**
     * Art. 28(4) and decision Q23: the most an advisory aid may be. The increased intensity applies within the cap
     * left by earlier advisory aid; the most is the larger of the ordinary maximum and that.
     *
     * @param atAdvisory the aid at the increased intensity of its eligible costs
     * @param headroom the cap less the earlier advisory aid, never below zero
     * @param total the earlier advisory aid plus the new aid
     * @param most the larger of the ordinary maximum and the smaller of {@code atAdvisory} and {@code headroom}
     */
    public record AdvisoryMaximum(String awardId, BigDecimal atAdvisory, BigDecimal headroom, BigDecimal total,
                                  BigDecimal most) {
        /** The part of a failure that says the aid exceeds the increased intensity (empty when it does not). */
        public Object exceedsWords(BigDecimal aid, Parameter advisoryIntensity) {
            return aid.compareTo(atAdvisory) <= 0 ? "" : Message.of("state_aid.gber.intensity.exceeds_advisory",
                    Amounts.money(aid, "EUR"), advisoryIntensity.amount().toPlainString(),
                    Amounts.money(atAdvisory, "EUR"));
        }

        /** The part of a failure that says the cap is exceeded (empty when it is not). */
        public Object overCapWords(BigDecimal earlier, BigDecimal aid, Parameter cap, Parameter intensity) {
            return total.compareTo(cap.amount()) <= 0 ? "" : Message.of("state_aid.gber.intensity.cap_exceeded",
                    Amounts.money(earlier, "EUR"), Amounts.money(aid, "EUR"), Amounts.money(total, "EUR"),
                    Amounts.money(total.subtract(cap.amount()), "EUR"), Amounts.money(cap.amount(), "EUR"),
                    intensity.amount().toPlainString() + " %");
        }

        /** From the check, the ordinary maximum, the earlier aid counted, the increased intensity and the cap. */
        public static AdvisoryMaximum of(GberCheck k, OrdinaryMaximum ordinary, AdvisoryAidCounted earlier,
                                         Parameter advisoryIntensity, Parameter cap) {
            BigDecimal headroom = cap.amount().subtract(earlier.earlier()).max(BigDecimal.ZERO);
            BigDecimal atAdvisory = share(k.eligibleCostsEur(), advisoryIntensity.amount());
            return new AdvisoryMaximum(k.awardId(), atAdvisory, headroom, earlier.earlier().add(k.aidEur()),
                    ordinary.amount().max(atAdvisory.min(headroom)));
        }
    }

    /** The latest approved accounts of an enterprise whose period ended before a grant date (what a grantor can read). */
    public record LatestApproved(String awardId, AccountsFact accounts) {
        /** Whether the accounts give every own-funds figure the capital test reads. */
        public boolean ownFundsGiven() {
            return accounts.shareCapitalEur() != null && accounts.reservesEur() != null && accounts.lossesEur() != null;
        }
    }

    /** Art. 2(18)(a)-(b) carve-out: the undertaking has existed for less than the years the definition gives. */
    public record YoungUndertaking(String awardId) {
    }

    /**
     * Art. 2(18)(a)-(b): the share capital with any premium, the accumulated losses not covered by reserves, and the
     * share of the capital that may be lost (the rule compares them).
     */
    public record CapitalLoss(String awardId, AccountsFact accounts, BigDecimal capital, BigDecimal uncovered,
                              BigDecimal limit) {
        /** From the latest approved accounts and the share of the capital (a percentage). */
        public static CapitalLoss of(String awardId, AccountsFact a, Parameter share) {
            BigDecimal premium = a.sharePremiumEur() == null ? BigDecimal.ZERO : a.sharePremiumEur();
            BigDecimal capital = a.shareCapitalEur().add(premium);
            return new CapitalLoss(awardId, a, capital, a.lossesEur().subtract(a.reservesEur()).max(BigDecimal.ZERO),
                    capital.multiply(share.amount()).divide(HUNDRED));
        }

        /** The own-funds figures read, for the trace. */
        public List<Judge.Read> reads() {
            return List.of(new Judge.Read(accounts.path() + ".ownFunds.shareCapital", accounts.shareCapitalEur()),
                    new Judge.Read(accounts.path() + ".ownFunds.sharePremium", accounts.sharePremiumEur()),
                    new Judge.Read(accounts.path() + ".ownFunds.reserves", accounts.reservesEur()),
                    new Judge.Read(accounts.path() + ".ownFunds.accumulatedLosses", accounts.lossesEur()));
        }
    }

    /**
     * Art. 2(18)(e): the latest {@code years} approved accounts of an enterprise whose period ended before the grant
     * date (latest first), and the paths of what is missing to read both ratios in each.
     */
    public record RatioAccounts(String awardId, int years, List<AccountsFact> latest, List<String> missing) {
        /** Selects the accounts from every accounts entry of the enterprise. */
        public static RatioAccounts of(String awardId, String enterpriseId, java.time.LocalDate grantDate,
                                       Collection<?> accounts, int years) {
            List<AccountsFact> latest = accounts.stream().map(o -> (AccountsFact) o)
                    .filter(a -> a.enterpriseId().equals(enterpriseId) && a.approved()
                            && a.periodEnd().isBefore(grantDate))
                    .sorted(Comparator.comparing(AccountsFact::periodEnd).reversed()).limit(years).toList();
            List<String> missing = new ArrayList<>();
            if (latest.size() < years) {
                missing.add(Paths.item("enterprises", enterpriseId) + ".accounts");
            }
            for (AccountsFact a : latest) {
                if (a.debtToEquity() == null) {
                    missing.add(a.path() + ".debtToEquity");
                }
                if (a.interestCoverage() == null) {
                    missing.add(a.path() + ".interestCoverage");
                }
            }
            return new RatioAccounts(awardId, years, latest, List.copyOf(missing));
        }
    }

    /** One year of Art. 2(18)(e): whether the debt-to-equity ratio is above and the interest coverage below its threshold. */
    public record RatioYear(String awardId, AccountsFact accounts, boolean high, boolean low) {
        /** Both criteria met in the year. */
        public boolean both() {
            return high && low;
        }
    }

    /** The years of Art. 2(18)(e) laid out: what was read and the table, latest year first. */
    public record RatioTable(List<Judge.Read> reads, List<List<Object>> rows) {
        public static final List<String> COLUMNS = List.of("period end", "debt-to-equity", "vs threshold",
                "interest coverage", "vs threshold", "both criteria met");

        /** From the {@link RatioYear}s of one check. */
        public static RatioTable of(Collection<?> years) {
            List<Judge.Read> reads = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            years.stream().map(o -> (RatioYear) o)
                    .sorted(Comparator.comparing((RatioYear y) -> y.accounts().periodEnd()).reversed())
                    .forEach(y -> {
                        AccountsFact a = y.accounts();
                        reads.add(new Judge.Read(a.path() + ".debtToEquity", a.debtToEquity()));
                        reads.add(new Judge.Read(a.path() + ".interestCoverage", a.interestCoverage()));
                        rows.add(List.of(a.periodEnd().toString(), a.debtToEquity().toPlainString(),
                                y.high() ? "above" : "not above", a.interestCoverage().toPlainString(),
                                y.low() ? "below" : "not below", y.both() ? "both" : "no"));
                    });
            return new RatioTable(List.copyOf(reads), List.copyOf(rows));
        }
    }
}
