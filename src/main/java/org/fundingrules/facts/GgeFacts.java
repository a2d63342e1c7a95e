package org.fundingrules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fundingrules.model.AidForm;
import org.fundingrules.model.GgeMethod;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;

/**
 * The facts of the gross grant equivalent of an earlier aid (rules/state_aid/de_minimis_art_4_gross_grant_equivalent.drl;
 * Reg. 1407/2013 Art. 4; Reg. 2023/2831 Art. 4; decision SA-9): the terms of a loan or a guarantee the case gives, the
 * safe harbour's limits for it, each condition it fails, and the gross grant equivalent that counts.
 */
public final class GgeFacts {
    private GgeFacts() {
    }

    /**
     * The terms of an earlier loan or guarantee (input), amounts in EUR.
     *
     * @param aidId the aid of the aid history
     * @param enterpriseId the enterprise it was granted to
     * @param form {@code LOAN} or {@code GUARANTEE}
     * @param method how the grantor calculated its gross grant equivalent
     * @param amountEur the loan's principal, or the amount guaranteed
     * @param underlyingLoanEur for a guarantee, the loan it guarantees, or null
     * @param durationMonths the duration, or null
     * @param collateralPercent for a loan, the share its collateral covers, or null
     * @param collectiveInsolvency whether the beneficiary was in, or met the criteria for, collective insolvency
     *     proceedings
     * @param largeUndertaking whether the beneficiary was a large undertaking
     * @param ratingAtLeastBMinus for a large undertaking, whether its situation was comparable to a rating of at
     *     least B-, or null
     * @param grantDate the aid's grant date (the regulation in force then gives the limits)
     * @param path JSON path of the terms
     */
    public record AidTermsFact(String aidId, String enterpriseId, AidForm form, GgeMethod method, BigDecimal amountEur,
                               BigDecimal underlyingLoanEur, Integer durationMonths, BigDecimal collateralPercent,
                               boolean collectiveInsolvency, boolean largeUndertaking, Boolean ratingAtLeastBMinus,
                               LocalDate grantDate, String path) {
        /** A loan. */
        public boolean loan() {
            return form == AidForm.LOAN;
        }

        /** A guarantee. */
        public boolean guarantee() {
            return form == AidForm.GUARANTEE;
        }

        /** Its gross grant equivalent is to be computed by the safe harbour of point (b). */
        public boolean safeHarbour() {
            return method == GgeMethod.SAFE_HARBOUR;
        }

        /** A guarantee's share of the loan it guarantees, in per cent (six decimals, for the reason), or null. */
        public BigDecimal guaranteedPercent() {
            if (underlyingLoanEur == null || underlyingLoanEur.signum() == 0) {
                return null;
            }
            return amountEur.multiply(BigDecimal.valueOf(100)).divide(underlyingLoanEur, 6, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
        }

        /** A share of a guarantee's underlying loan, exactly: {@code percent} % of it. */
        public BigDecimal shareOfLoan(BigDecimal percent) {
            return underlyingLoanEur.multiply(percent).movePointLeft(2);
        }

        /** The instrument in words: "loan" or "guarantee". */
        public Message instrument() {
            return Words.of(loan() ? "state_aid.gge.loan" : "state_aid.gge.guarantee");
        }
    }

    /**
     * The safe harbour's limits for one loan or guarantee, by the regulation in force on its grant date and whether
     * its beneficiary performs road freight transport for hire or reward (Reg. 1407/2013 only).
     *
     * @param aidId the aid
     * @param shortAmount the amount over the shorter duration (five years)
     * @param longAmount the amount over the longer duration (ten years)
     * @param shortMonths the shorter duration, in months
     * @param longMonths the longer duration, in months
     * @param ceiling the ceiling of Art. 3(2) whose proportion is the gross grant equivalent
     */
    public record SafeHarbourLimits(String aidId, Parameter shortAmount, Parameter longAmount, Parameter shortMonths,
                                    Parameter longMonths, Parameter ceiling) {
    }

    /**
     * A condition of transparency an earlier loan or guarantee fails (derived); the first in {@code order} is the
     * reason given.
     *
     * @param aidId the aid
     * @param order the order of the condition in the article
     * @param reason why, in words
     */
    public record AidNotTransparent(String aidId, int order, Message reason) {
    }

    /**
     * The gross grant equivalent of an aid that counts against a de minimis ceiling (derived), before a split's share.
     *
     * @param aidId the aid
     * @param eur the gross grant equivalent, EUR
     * @param how how it was found, in words, or null when it is the gross amount the case gives
     * @param reads the values of the case read for it
     * @param parameters the dated parameters used for it
     */
    public record AidGge(String aidId, BigDecimal eur, Message how, List<Judge.Read> reads,
                         List<ParameterUse> parameters) {

        /** The gross amount the case gives, counted as it stands (a grant, or a figure the grantor calculated). */
        public static AidGge stated(StateAidFacts.AidFact a) {
            List<Judge.Read> reads = new ArrayList<>();
            reads.add(new Judge.Read(a.path() + ".grossAmount", a.grossEur()));
            if (a.notAGrant()) {
                reads.add(new Judge.Read(a.path() + ".form", a.form().name()));
            }
            return new AidGge(a.id(), a.grossEur(), null, List.copyOf(reads), List.of());
        }

        /**
         * The gross grant equivalent of point (b): the proportion of the ceiling that the amount bears to the limit
         * amount, times the proportion the duration bears to the limit duration, rounded to the cent (half up).
         */
        public static AidGge safeHarbour(AidTermsFact t, SafeHarbourLimits l, Parameter maxAmount, Parameter maxMonths) {
            BigDecimal ceiling = l.ceiling().amount();
            BigDecimal months = BigDecimal.valueOf(t.durationMonths());
            BigDecimal eur = ceiling.multiply(t.amountEur()).multiply(months)
                    .divide(maxAmount.amount().multiply(maxMonths.amount()), 2, RoundingMode.HALF_UP);
            List<Judge.Read> reads = new ArrayList<>();
            reads.add(new Judge.Read(t.path() + ".method", t.method().name()));
            reads.add(new Judge.Read(t.path() + ".amount", t.amountEur()));
            reads.add(new Judge.Read(t.path() + ".durationMonths", t.durationMonths()));
            if (t.loan()) {
                reads.add(new Judge.Read(t.path() + ".collateralPercent", t.collateralPercent()));
            } else {
                reads.add(new Judge.Read(t.path() + ".underlyingLoan", t.underlyingLoanEur()));
            }
            reads.add(new Judge.Read(t.path() + ".collectiveInsolvency", t.collectiveInsolvency()));
            reads.add(new Judge.Read(t.path() + ".largeUndertaking", t.largeUndertaking()));
            if (t.largeUndertaking()) {
                reads.add(new Judge.Read(t.path() + ".ratingAtLeastBMinus", t.ratingAtLeastBMinus()));
            }
            Message how = Words.of("state_aid.gge.safe_harbour.how", t.instrument(),
                    Amounts.money(t.amountEur(), "EUR"), t.durationMonths(),
                    Amounts.money(maxAmount.amount(), "EUR"), maxMonths.amount().toPlainString(),
                    Amounts.money(ceiling, "EUR"), Amounts.money(eur, "EUR"));
            return new AidGge(t.aidId(), eur, how, List.copyOf(reads),
                    List.of(maxAmount.use(), maxMonths.use(), l.ceiling().use()));
        }

        /** Why the aid counts, with how its gross grant equivalent was found when the rules computed it. */
        public Message reason(Message counted) {
            return how == null ? counted : Words.of("state_aid.aid.counted_gge", counted, how);
        }
    }

    /**
     * An earlier aid that meets every condition of Art. 3(2) for an award but whose gross grant equivalent the rules
     * cannot find (derived): the ceiling test of that award is undetermined.
     *
     * @param awardId the award
     * @param aidId the aid
     * @param reason why, in words
     * @param path JSON path of the aid's terms
     */
    public record AidUncountable(String awardId, String aidId, Message reason, String path) {
        /** The aids named, "id: reason", in id order. */
        public static Message list(Collection<?> uncountable) {
            return Words.list(uncountable.stream().map(o -> (AidUncountable) o)
                    .sorted(java.util.Comparator.comparing(AidUncountable::aidId))
                    .map(u -> Words.of("state_aid.gge.uncountable.item", u.aidId(), u.reason())).toList());
        }

        /** The JSON paths of their terms, in id order. */
        public static List<String> paths(Collection<?> uncountable) {
            return uncountable.stream().map(o -> (AidUncountable) o)
                    .sorted(java.util.Comparator.comparing(AidUncountable::aidId)).map(AidUncountable::path).toList();
        }
    }
}
