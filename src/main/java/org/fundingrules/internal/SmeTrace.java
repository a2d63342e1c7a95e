package org.fundingrules.internal;

import org.fundingrules.facts.Judge;

import org.fundingrules.facts.Words;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fundingrules.facts.Amounts;
import org.fundingrules.facts.EnterpriseFact;
import org.fundingrules.facts.Parameter;
import org.fundingrules.facts.Paths;
import org.fundingrules.facts.SmeFacts.Aggregate;
import org.fundingrules.facts.SmeFacts.ConsolidatedIn;
import org.fundingrules.facts.SmeFacts.Contribution;
import org.fundingrules.facts.SmeFacts.ExemptStatus;
import org.fundingrules.facts.SmeFacts.Missing;
import org.fundingrules.facts.SmeFacts.OwnedThrough;
import org.fundingrules.facts.SmeFacts.PublicHolding;
import org.fundingrules.facts.SmeFacts.PublicShare;
import org.fundingrules.facts.SmeFacts.ReferenceAccounts;
import org.fundingrules.facts.SmeFacts.Share;
import org.fundingrules.facts.SmeFacts.SmeStatus;
import org.fundingrules.facts.SmeFacts.StaffCount;
import org.fundingrules.facts.SmeFacts.UnrelatedMarkets;
import org.fundingrules.trace.Message;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The consequences of the SME rules that write long traces: what the rule decided stays in the DRL; this class only
 * lays it out (sorted rows, figures, the breakdown table), so that the DRL stays readable.
 */
public final class SmeTrace {
    private SmeTrace() {
    }

    /** Records what the aggregation lacks for one contributor's latest period. */
    public static void missing(RuleContext ctx, LocalDate asOf, String assessed, EnterpriseFact who, List<?> reference,
                               List<?> staff) {
        if (reference.isEmpty()) {
            ctx.insertLogical(new Missing(asOf, assessed, 0, who.path() + ".accounts",
                    Message.of("sme.missing.accounts", who.id(), asOf)));
            return;
        }
        missingFigures(ctx, asOf, assessed, 0, ((ReferenceAccounts) reference.get(0)).accounts(), staff);
    }

    /** Records which of staff, turnover and balance sheet one period of accounts lacks. */
    public static void missingFigures(RuleContext ctx, LocalDate asOf, String assessed, int period,
                                      org.fundingrules.facts.AccountsFact accounts, List<?> staff) {
        Message who = Message.of("sme.missing.period", accounts.enterpriseId(), accounts.periodEnd());
        boolean counted = staff.stream().map(s -> (StaffCount) s).anyMatch(s -> s.periodEnd().equals(accounts.periodEnd()));
        if (!counted) {
            ctx.insertLogical(new Missing(asOf, assessed, period, accounts.path() + ".staffAwu",
                    Message.of("sme.missing.staff", who)));
        }
        if (accounts.turnoverEur() == null) {
            ctx.insertLogical(new Missing(asOf, assessed, period, accounts.path() + ".turnover",
                    Message.of("sme.missing.turnover", who)));
        }
        if (accounts.balanceEur() == null) {
            ctx.insertLogical(new Missing(asOf, assessed, period, accounts.path() + ".balanceSheetTotal",
                    Message.of("sme.missing.balance", who)));
        }
    }

    /** The decisive criterion: the status, or what is missing to decide it. */
    public static void status(RuleContext ctx, EnterpriseFact ent, LocalDate asOf, List<?> statuses, List<?> missing) {
        Judge j = Judge.on(ctx, ent).statement("sme.status.statement", asOf);
        // the public-body exclusion stands whatever the figures (Art. 3(4))
        SmeStatus overriding = statuses.stream().map(x -> (SmeStatus) x).filter(SmeStatus::overriding)
                .min(Comparator.comparing(s -> Bundles.english(s.basis()))).orElse(null);
        if (overriding != null) {
            j.figure(Words.of("sme.figure.category"), "not an SME");
            j.holds(false, Message.of("sme.status.not_sme", overriding.basis()));
            return;
        }
        if (!missing.isEmpty()) {
            List<Missing> m = missing.stream().map(x -> (Missing) x)
                    .sorted(Comparator.comparing(Missing::path)).toList();
            j.undetermined(Message.of("sme.status.missing", Message.list(m.stream().map(Missing::what).distinct().toList())),
                    m.stream().map(Missing::path).distinct().toArray(String[]::new));
            return;
        }
        if (statuses.isEmpty()) {
            j.undetermined(Message.of("sme.status.no_accounts", ent.id(), asOf), ent.path() + ".accounts");
            return;
        }
        // Art. 3(4) and Art. 4(2) can both conclude; the public-body exclusion prevails
        SmeStatus s = statuses.stream().map(x -> (SmeStatus) x)
                .min(Comparator.comparing(SmeStatus::sme).thenComparing(x -> Bundles.english(x.basis()))).orElseThrow();
        j.figure(Words.of("sme.figure.category"), s.sme() ? s.category().name() : "not an SME");
        Message notSme = Message.of("sme.status.not_sme", s.basis());
        j.conclusion(s.sme() ? Message.of("sme.status.category", s.category().name(), s.basis()) : notSme);
        j.holds(s.sme(), notSme);
    }

    /** Art. 3(4): the capital and votes held by public bodies, each summed, the greater compared. */
    public static void publicBodies(RuleContext ctx, EnterpriseFact ent, PublicShare share, List<?> holdings,
                                    Parameter threshold) {
        List<PublicHolding> hs = holdings.stream().map(x -> (PublicHolding) x)
                .sorted(Comparator.comparing(PublicHolding::holdingId)).toList();
        Judge j = Judge.on(ctx, ent)
                .statement("sme.public_bodies.statement");
        for (PublicHolding h : hs) {
            String at = Paths.item("holdings", h.holdingId());
            j.input(at + ".capitalShare", h.capital()).input(at + ".votingShare", h.votes());
        }
        j.figure(Words.of("sme.figure.capital_held_by_public_bodies"), share.capital(), "%")
                .figure(Words.of("sme.figure.votes_held_by_public_bodies"), share.votes(), "%");
        j.below(Message.of("sme.public_bodies.what"), share.share(), threshold);
    }

    /** Art. 2(1): turnover or balance sheet within the medium-sized ceilings, one suffices. */
    public static void financial(RuleContext ctx, EnterpriseFact ent, Aggregate ag, Parameter turnover,
                                 Parameter balance) {
        boolean t = ag.turnover().compareTo(turnover.amount()) <= 0;
        boolean b = ag.balance().compareTo(balance.amount()) <= 0;
        Judge j = Judge.on(ctx, ent)
                .statement("sme.ceiling.financial.statement", period(ag.period()), ag.periodEnd())
                .parameter(turnover.use()).parameter(balance.use())
                .figure(Words.of("sme.figure.turnover"), ag.turnover(), "EUR")
                .figure(Words.of("sme.figure.balance_sheet_total"), ag.balance(), "EUR");
        Message tText = Message.of(t ? "sme.ceiling.financial.turnover_within" : "sme.ceiling.financial.turnover_over",
                Amounts.money(ag.turnover(), "EUR"), Amounts.money(turnover.amount(), "EUR"),
                Amounts.money(ag.turnover().subtract(turnover.amount()).abs(), "EUR"));
        Message bText = Message.of(b ? "sme.ceiling.financial.balance_within" : "sme.ceiling.financial.balance_over",
                Amounts.money(ag.balance(), "EUR"), Amounts.money(balance.amount(), "EUR"),
                Amounts.money(ag.balance().subtract(balance.amount()).abs(), "EUR"));
        j.conclusion(Message.list(List.of(tText, bText)));
        j.holds(t || b, Message.list(List.of(tText, bText)));
    }

    /** Art. 3 and 6: the enterprise type, the relations found, and the breakdown of the aggregates. */
    public static void enterpriseType(RuleContext ctx, EnterpriseFact ent, List<?> contributions, List<?> exempt,
                                      List<?> unrelated, List<?> cycles, List<?> consolidated, List<?> aggregates,
                                      List<?> directLinks) {
        List<Contribution> cs = contributions.stream().map(x -> (Contribution) x)
                .sorted(Comparator.comparing(Contribution::contributorId)).toList();
        boolean linked = cs.stream().anyMatch(c -> c.role().equals("linked"));
        boolean partner = cs.stream().anyMatch(c -> c.role().startsWith("partner"));
        Object type = linked && partner ? Message.of("sme.type.linked_and_partner")
                : linked ? "LINKED" : partner ? "PARTNER" : "AUTONOMOUS";
        Judge j = Judge.on(ctx, ent).statement("sme.type.statement")
                .figure(Words.of("sme.figure.enterprise_type"), type instanceof Message m ? Bundles.english(m) : (String) type);
        List<Object> notes = new ArrayList<>(List.of(type));
        for (Object o : exempt) {
            ExemptStatus e = (ExemptStatus) o;
            j.input(Paths.item("holdings", e.holdingId()), (e.qualifies() ? "exempt: " : "not exempt: ") + e.reason());
        }
        for (Object o : unrelated) {
            UnrelatedMarkets u = (UnrelatedMarkets) o;
            notes.add(Message.of("sme.type.unrelated_markets", u.b(), u.personId()));
        }
        List<String> inCycle = cycles.stream().map(x -> ((OwnedThrough) x).from())
                .filter(id -> cs.stream().anyMatch(c -> c.contributorId().equals(id))).sorted().distinct().toList();
        if (!inCycle.isEmpty()) {
            notes.add(Message.of("sme.type.cycle", String.join(", ", inCycle)));
        }
        Aggregate latest = aggregates.stream().map(x -> (Aggregate) x).filter(a -> a.period() == 0)
                .findFirst().orElse(null);
        List<List<String>> rows = new ArrayList<>();
        for (Contribution c : cs) {
            Share s = latest == null ? null : latest.shares().stream()
                    .filter(x -> x.contribution().contributorId().equals(c.contributorId())).findFirst().orElse(null);
            String via = c.role().equals("linked") ? route(directLinks, ent.id(), c.contributorId()) : c.via();
            String why = c.role() + (via.isEmpty() ? "" : " (" + via + ")");
            ConsolidatedIn in = consolidated.stream().map(x -> (ConsolidatedIn) x)
                    .filter(x -> x.contributorId().equals(c.contributorId())).findFirst().orElse(null);
            if (in != null) {
                why += "; already in the consolidated accounts of " + in.consolidatorId() + ": not added again";
            }
            rows.add(List.of(c.contributorId(), c.percent().toPlainString() + " %",
                    s == null ? "-" : plain(s.staffPart()), s == null ? "-" : plain(s.turnoverPart()),
                    s == null ? "-" : plain(s.balancePart()), why));
        }
        if (latest != null) {
            rows.add(List.of("total", "", plain(latest.staff()), plain(latest.turnover()), plain(latest.balance()),
                    "latest period ending " + latest.periodEnd()));
            j.figure(Words.of("sme.figure.aggregated_staff_latest_period"), latest.staff(), "AWU")
                    .figure(Words.of("sme.figure.aggregated_turnover_latest_period"), latest.turnover(), "EUR")
                    .figure(Words.of("sme.figure.aggregated_balance_sheet_total_latest_period"), latest.balance(), "EUR");
        }
        j.table(List.of("enterprise", "share counted", "staff (AWU)", "turnover (EUR)", "balance sheet (EUR)", "why"),
                rows);
        j.conclusion(Message.list(notes));
        j.pass();
    }

    /** The latest or the previous accounting period, as a term. */
    public static Message period(int period) {
        return period == 0 ? Message.of("sme.period.latest") : Message.of("sme.period.previous");
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }


    /**
     * How two linked enterprises are linked, deterministically: the direct relation when there is one (the first in
     * alphabetical order), otherwise "through" the enterprises on a shortest route of direct links, neighbours taken
     * in alphabetical order.
     */
    static String route(List<?> directLinks, String from, String to) {
        java.util.Map<String, java.util.TreeMap<String, String>> next = new java.util.HashMap<>();
        for (Object o : directLinks) {
            org.fundingrules.facts.SmeFacts.DirectLink l = (org.fundingrules.facts.SmeFacts.DirectLink) o;
            next.computeIfAbsent(l.a(), k -> new java.util.TreeMap<>()).merge(l.b(), l.via(),
                    (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        String direct = next.getOrDefault(from, new java.util.TreeMap<>()).get(to);
        if (direct != null) {
            return direct;
        }
        java.util.Map<String, String> parent = new java.util.HashMap<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(from));
        parent.put(from, from);
        while (!queue.isEmpty() && !parent.containsKey(to)) {
            String x = queue.poll();
            for (String y : next.getOrDefault(x, new java.util.TreeMap<>()).keySet()) {
                if (parent.putIfAbsent(y, x) == null) {
                    queue.add(y);
                }
            }
        }
        if (!parent.containsKey(to)) {
            return "";
        }
        java.util.LinkedList<String> through = new java.util.LinkedList<>();
        for (String x = parent.get(to); !x.equals(from); x = parent.get(x)) {
            through.addFirst(x);
        }
        return "through " + String.join(", ", through);
    }
}
