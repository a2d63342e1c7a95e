package org.fundingrules.internal;

import org.fundingrules.facts.Judge;

import org.fundingrules.facts.Words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fundingrules.facts.Amounts;
import org.fundingrules.facts.AwardFact;
import org.fundingrules.facts.BudgetView;
import org.fundingrules.facts.Parameter;
import org.fundingrules.facts.SmeFacts.ShareLine;
import org.fundingrules.trace.Comparison;
import org.fundingrules.trace.Message;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Lays out the SME-share criteria of rules/budget: the rules decide which lines count and compare; this class sums
 * the lines it is given, writes the figures, the line table and the fix or headroom in euros.
 */
public final class BudgetTrace {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private BudgetTrace() {
    }

    /** The awards to SMEs, as one share line of the actuals, naming the awards not counted. */
    public static void awardsToSmes(RuleContext ctx, BudgetView view, BigDecimal sme, List<?> counted, List<?> all) {
        List<String> in = counted.stream().map(o -> ((AwardFact) o).id()).sorted().distinct().toList();
        List<String> out = all.stream().map(o -> ((AwardFact) o).id()).filter(id -> !in.contains(id)).sorted().toList();
        Message why = out.isEmpty() ? Message.of("budget.line.awards.counted", in.size())
                : Message.of("budget.line.awards.some_not_counted", in.size(), String.join(", ", out));
        ctx.insertLogical(new ShareLine(view.id(), "awards to SMEs", "$.awards", BigDecimal.ZERO, sme, why));
    }

    /** The decisive criterion of a view: SME support >= minimum x total, exactly; fix or headroom in euros. */
    public static void share(RuleContext ctx, BudgetView view, List<?> lines, Parameter min, Parameter topic) {
        List<ShareLine> ls = lines.stream().map(o -> (ShareLine) o)
                .sorted(Comparator.comparing(ShareLine::lineId)).toList();
        Judge j = Judge.on(ctx, view)
                .statement("budget.share.statement", min.amount().multiply(HUNDRED).stripTrailingZeros().toPlainString(),
                        view.planned() ? Message.of("budget.view.planned") : Message.of("budget.view.actual"))
                .parameter(topic.use()).parameter(min.use());
        List<String> missing = ls.stream().filter(l -> l.total() == null || l.sme() == null).map(ShareLine::path)
                .toList();
        List<List<String>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal sme = BigDecimal.ZERO;
        for (ShareLine l : ls) {
            // a line without the amount of its view (no "spent" in the actuals) has no SME part either: both are
            // not reported, and the criterion is undetermined below (found by the hostile campaign: an SME's own
            // line or a services line without "spent" ended in a NullPointerException)
            rows.add(List.of(l.lineId(), l.total() == null ? "not reported" : Amounts.plainMoney(l.total()),
                    l.sme() == null ? "not reported" : Amounts.plainMoney(l.sme()), Bundles.english(l.why())));
            j.input(l.path(), l.total());
            if (l.total() != null) {
                total = total.add(l.total());
            }
            if (l.sme() != null) {
                sme = sme.add(l.sme());
            }
        }
        j.table(List.of("line", "total (EUR)", "SME support (EUR)", "why"), rows);
        if (!missing.isEmpty()) {
            j.undetermined(Message.of("budget.share.not_reported", missing.size()), missing.toArray(String[]::new));
            return;
        }
        if (total.signum() == 0) {
            j.undetermined(Message.of("budget.share.zero_total"), "$.budgetLines");
            return;
        }
        BigDecimal required = min.amount().multiply(total);
        // display only: the share in percent, truncated to four decimals so that a share below the minimum never
        // reads as the minimum; the comparison below is exact
        BigDecimal percent = sme.multiply(HUNDRED).divide(total, 4, RoundingMode.DOWN);
        j.figure(Words.of("budget.figure.sme_support"), sme, "EUR").figure(Words.of("budget.figure.total_budget"), total, "EUR")
                .figure(Words.of("budget.figure.sme_share"), percent, "%")
                .figure(Words.of("budget.figure.required_sme_support",
                        min.amount().multiply(HUNDRED).stripTrailingZeros().toPlainString()), required, "EUR");
        boolean holds = sme.compareTo(required) >= 0;
        String left = Amounts.money(sme, "EUR") + " (" + percent.toPlainString() + " %)";
        String right = Amounts.money(required, "EUR");
        if (holds) {
            // headroom: whole cents that could move away from SME support, rounded down
            BigDecimal headroom = sme.subtract(required).setScale(2, RoundingMode.DOWN);
            j.figure(Words.of("budget.figure.headroom"), headroom, "EUR")
                    .conclusion("budget.share.headroom", percent.toPlainString(), Amounts.money(headroom, "EUR"));
        } else {
            // the smallest fix: whole cents to move from other lines to SME support, rounded up
            BigDecimal fix = required.subtract(sme).setScale(2, RoundingMode.CEILING);
            j.figure(Words.of("budget.figure.smallest_fix"), fix, "EUR");
            j.holdsWith(false, new Comparison(left, ">=", right, false), Message.of("budget.share.fix",
                    percent.toPlainString(), min.term(), Amounts.money(fix, "EUR")));
            return;
        }
        j.holdsWith(true, new Comparison(left, ">=", right, true), null);
    }
}
