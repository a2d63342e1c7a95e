package org.fundingrules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundingrules.facts.SmeFacts.Aggregate;
import org.fundingrules.facts.SmeFacts.ConsolidatedIn;
import org.fundingrules.facts.SmeFacts.Contribution;
import org.fundingrules.facts.SmeFacts.ExemptStatus;
import org.fundingrules.facts.SmeFacts.Missing;
import org.fundingrules.facts.SmeFacts.OwnedThrough;
import org.fundingrules.facts.SmeFacts.Share;
import org.fundingrules.facts.SmeFacts.UnrelatedMarkets;
import org.fundingrules.trace.Message;

/**
 * Pure helpers of the SME rules (rules/sme): terms, the sorted list of what is missing, and the layout of the
 * enterprise-type criterion's breakdown table. They gather and sort what the rules derived; they decide nothing.
 */
public final class SmeLayout {
    public static final List<String> BREAKDOWN_COLUMNS = List.of("enterprise", "share counted", "staff (AWU)",
            "turnover (EUR)", "balance sheet (EUR)", "why");

    private SmeLayout() {
    }

    /** The latest or the previous accounting period, as a term. */
    public static Message period(int period) {
        return period == 0 ? Message.of("sme.period.latest") : Message.of("sme.period.previous");
    }

    /** The periods of an enterprise, oldest first, each as "period end category" ("2022-12-31 SMALL, 2023-12-31 MEDIUM"). */
    public static String periodSequence(Collection<?> sizeClasses) {
        return String.join(", ", sizeClasses.stream().map(o -> (SmeFacts.SizeClass) o)
                .sorted(Comparator.comparingInt(SmeFacts.SizeClass::period).reversed())
                .map(c -> c.periodEnd() + " " + c.category()).toList());
    }

    /** What is missing to decide a status: its words (distinct, by path) and its paths (distinct, sorted). */
    public record MissingList(Message words, List<String> paths) {
        /** From the {@link Missing} facts of one assessment. */
        public static MissingList of(Collection<?> missing) {
            List<Missing> m = missing.stream().map(x -> (Missing) x).sorted(Comparator.comparing(Missing::path)).toList();
            return new MissingList(Message.of("sme.status.missing", Message.list(m.stream().map(Missing::what).distinct().toList())),
                    m.stream().map(Missing::path).distinct().toList());
        }
    }

    /**
     * The breakdown of the enterprise-type criterion: the holdings of exempt investors as read, the notes (the type
     * first, then unrelated markets and ownership cycles), the table of the enterprises whose data count, and the
     * aggregates of the latest period (null when none).
     */
    public record Breakdown(List<Judge.Read> reads, List<Object> notes, List<List<String>> rows, Aggregate latest) {
        /** Lays out what the rules derived for one enterprise on one date. */
        public static Breakdown of(String enterpriseId, Object type, Collection<?> contributions, Collection<?> exempt,
                                   Collection<?> unrelated, Collection<?> cycles, Collection<?> consolidated,
                                   Collection<?> aggregates, List<?> directLinks) {
            List<Contribution> cs = contributions.stream().map(x -> (Contribution) x)
                    .sorted(Comparator.comparing(Contribution::contributorId)).toList();
            List<Judge.Read> reads = new ArrayList<>();
            for (Object o : exempt) {
                ExemptStatus e = (ExemptStatus) o;
                reads.add(new Judge.Read(Paths.item("holdings", e.holdingId()),
                        (e.qualifies() ? "exempt: " : "not exempt: ") + e.reason()));
            }
            List<Object> notes = new ArrayList<>(List.of(type));
            for (Object o : unrelated) {
                UnrelatedMarkets u = (UnrelatedMarkets) o;
                notes.add(Message.of("sme.type.unrelated_markets", u.other(), u.personId()));
            }
            Set<String> contributors = new HashSet<>();
            cs.forEach(c -> contributors.add(c.contributorId()));
            List<String> inCycle = cycles.stream().map(x -> ((OwnedThrough) x).from())
                    .filter(contributors::contains).sorted().distinct().toList();
            if (!inCycle.isEmpty()) {
                notes.add(Message.of("sme.type.cycle", String.join(", ", inCycle)));
            }
            Aggregate latest = aggregates.stream().map(x -> (Aggregate) x).filter(a -> a.period() == 0)
                    .findFirst().orElse(null);
            List<List<String>> rows = new ArrayList<>();
            Routes routes = new Routes(directLinks, enterpriseId);
            // the first share and the first consolidation of each contributor, by id (a structure can be large)
            Map<String, Share> shares = new HashMap<>();
            if (latest != null) {
                latest.shares().forEach(x -> shares.putIfAbsent(x.contribution().contributorId(), x));
            }
            Map<String, ConsolidatedIn> consolidatedBy = new HashMap<>();
            for (Object o : consolidated) {
                ConsolidatedIn x = (ConsolidatedIn) o;
                consolidatedBy.putIfAbsent(x.contributorId(), x);
            }
            for (Contribution c : cs) {
                Share s = shares.get(c.contributorId());
                String via = c.role().equals("linked") ? routes.to(c.contributorId()) : c.via();
                String why = c.role() + (via.isEmpty() ? "" : " (" + via + ")");
                ConsolidatedIn in = consolidatedBy.get(c.contributorId());
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
            }
            return new Breakdown(List.copyOf(reads), List.copyOf(notes), List.copyOf(rows), latest);
        }

        /** The notes as one message (the criterion's conclusion). */
        public Message conclusion() {
            return Message.list(notes);
        }
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /**
     * How two linked enterprises are linked, deterministically: the direct relation when there is one (the first in
     * alphabetical order), otherwise "through" the enterprises on a shortest route of direct links, neighbours taken
     * in alphabetical order.
     */
    public static String route(List<?> directLinks, String from, String to) {
        return new Routes(directLinks, from).to(to);
    }

    /**
     * The routes from one enterprise to every other, read off one breadth-first search over the direct links
     * (neighbours in alphabetical order), so that the routes to the n enterprises of a group cost about n, not n x n.
     * The search stops at nothing: the route it gives to an enterprise is the one a search stopping there would give.
     */
    private static final class Routes {
        private final java.util.Map<String, java.util.TreeMap<String, String>> next = new java.util.HashMap<>();
        private final String from;
        private java.util.Map<String, String> parent;

        Routes(List<?> directLinks, String from) {
            this.from = from;
            for (Object o : directLinks) {
                org.fundingrules.facts.SmeFacts.DirectLink l = (org.fundingrules.facts.SmeFacts.DirectLink) o;
                next.computeIfAbsent(l.one(), k -> new java.util.TreeMap<>()).merge(l.other(), l.via(),
                        (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }

        /** How {@code to} is linked to the enterprise the routes start from ("" when it is not). */
        String to(String to) {
            String direct = next.getOrDefault(from, new java.util.TreeMap<>()).get(to);
            if (direct != null) {
                return direct;
            }
            if (parent == null) {
                parent = new java.util.HashMap<>();
                java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(from));
                parent.put(from, from);
                while (!queue.isEmpty()) {
                    String x = queue.poll();
                    for (String y : next.getOrDefault(x, new java.util.TreeMap<>()).keySet()) {
                        if (parent.putIfAbsent(y, x) == null) {
                            queue.add(y);
                        }
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
}
