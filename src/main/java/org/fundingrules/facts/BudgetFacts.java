package org.fundingrules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fundingrules.facts.SmeFacts.ShareLine;
import org.fundingrules.trace.Message;

/** Facts the INNOSUP-01 SME-share rules derive (rules/budget), each by a rule with its citation. */
public final class BudgetFacts {
    private BudgetFacts() {
    }

    /**
     * The lines of one budget view added up: the total and the SME support of the lines whose amounts are
     * reported, the paths of the lines that are not, and the lines themselves as the trace shows them. Sums and
     * layout only: which line counts, and for how much, is decided by the rules that derive each {@link ShareLine}.
     *
     * @param percent the SME support as a percentage of the total, truncated to four decimals so that a share below
     *                the minimum never reads as the minimum (display only; the rules compare exact amounts); zero
     *                when the total is zero
     */
    public record ShareTotals(String view, BigDecimal total, BigDecimal sme, BigDecimal percent, List<String> missing,
                              List<Judge.Read> reads, List<List<Object>> rows) {
        public static final List<String> COLUMNS = List.of("line", "total (EUR)", "SME support (EUR)", "why");

        /** The totals of the given {@link ShareLine}s of one view. */
        public static ShareTotals of(String view, Collection<?> lines) {
            List<ShareLine> ls = lines.stream().map(o -> (ShareLine) o)
                    .sorted(Comparator.comparing(ShareLine::lineId)).toList();
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal sme = BigDecimal.ZERO;
            List<String> missing = new ArrayList<>();
            List<Judge.Read> reads = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            Message notReported = Message.of("budget.table.not_reported");
            for (ShareLine l : ls) {
                // a line without the amount of its view (no "spent" in the actuals) has no SME part either
                rows.add(List.of(l.lineId(), l.total() == null ? notReported : Amounts.plainMoney(l.total()),
                        l.sme() == null ? notReported : Amounts.plainMoney(l.sme()), l.why()));
                reads.add(new Judge.Read(l.path(), l.total()));
                if (l.total() == null || l.sme() == null) {
                    missing.add(l.path());
                }
                total = l.total() == null ? total : total.add(l.total());
                sme = l.sme() == null ? sme : sme.add(l.sme());
            }
            BigDecimal percent = total.signum() == 0 ? BigDecimal.ZERO
                    : sme.multiply(BigDecimal.valueOf(100)).divide(total, 4, RoundingMode.DOWN);
            return new ShareTotals(view, total, sme, percent, List.copyOf(missing), List.copyOf(reads),
                    List.copyOf(rows));
        }

        /** The SME support with its share, as the comparison shows it: {@code EUR 3 785 430.00 (75.7388 %)}. */
        public String smeWithShare() {
            return Amounts.money(sme, "EUR") + " (" + percent.toPlainString() + " %)";
        }
    }

    /** The SME support the minimum requires: the minimum share times the total, exact. */
    public record RequiredSupport(String view, BigDecimal amount) {
    }

    /** Whole cents that could move away from SME support before the share falls below the minimum (rounded down). */
    public record ShareHeadroom(String view, BigDecimal amount) {
        /** The headroom of an SME support at or above the required one. */
        public static ShareHeadroom of(String view, BigDecimal sme, BigDecimal required) {
            return new ShareHeadroom(view, sme.subtract(required).setScale(2, RoundingMode.DOWN));
        }
    }

    /** Whole cents to move from other lines to SME support to reach the minimum (rounded up): the smallest fix. */
    public record ShareShortfall(String view, BigDecimal amount) {
        /** The shortfall of an SME support below the required one. */
        public static ShareShortfall of(String view, BigDecimal sme, BigDecimal required) {
            return new ShareShortfall(view, required.subtract(sme).setScale(2, RoundingMode.CEILING));
        }
    }

    /** The awards counted as support to SMEs in the actuals, and those of the case that are not (sorted ids). */
    public record AwardsToSmes(BigDecimal amount, List<String> counted, List<String> notCounted) {
        /** From the ids of the awards counted and of every award (mechanical: a sorted set difference). */
        public static AwardsToSmes of(BigDecimal amount, Collection<?> counted, Collection<?> all) {
            List<String> in = counted.stream().map(String::valueOf).sorted().distinct().toList();
            Set<String> inSet = new HashSet<>(in);
            List<String> out = all.stream().map(String::valueOf).filter(id -> !inSet.contains(id)).sorted().toList();
            return new AwardsToSmes(amount, in, out);
        }

        /** The ids not counted, as one text. */
        public String notCountedText() {
            return String.join(", ", notCounted);
        }
    }
}
