package org.fundingrules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.fundingrules.model.SmeCategory;
import org.fundingrules.trace.Message;

/**
 * Facts the SME definition rules (rules/sme) derive, one record type per legal notion. Each carries the date of the
 * assessment it belongs to, since an ownership structure and the accounts in force depend on the date.
 */
public final class SmeFacts {
    private SmeFacts() {
    }

    /** Headcount of one accounting period in annual work units, and how it was obtained. */
    public record StaffCount(String enterpriseId, LocalDate periodEnd, BigDecimal awu, String how) {
    }

    /**
     * An accounting period an assessment uses for an enterprise: period 0 is the latest closed by the date, 1 the one
     * before it, and so on (Art. 4).
     */
    public record ReferenceAccounts(LocalDate asOf, String enterpriseId, int period, AccountsFact accounts) {
    }

    /**
     * Art. 4 and 6: the accounts of an enterprise whose data count (the assessed one included) used for one period of
     * the assessed enterprise: its latest for the latest, and for an earlier period its period of the same rank that
     * ends within that period (in the twelve months up to its end, and after the end of the period before it).
     */
    public record CountedAccounts(LocalDate asOf, String assessedId, int period, String contributorId,
                                  AccountsFact accounts) {
    }

    /**
     * Decision Q6: an enterprise counted differently for one period of the assessed enterprise at that period's end
     * than on the date assessed: {@code left} (counted at the period's end, not or less on the date) or
     * {@code joined} (counted on the date, not or less at the period's end).
     */
    public record StructureChange(LocalDate asOf, String assessedId, int period, LocalDate periodEnd, String direction,
                                  String contributorId) {
    }

    /**
     * Decision Q6: a period of the assessed enterprise judged with the enterprises counted at its end, because the
     * enterprise has since left relations (and joined none).
     */
    public record FormerStructure(LocalDate asOf, String assessedId, int period, LocalDate periodEnd) {
    }

    /** Art. 3(3): the controller controls the controlled enterprise by the named test. */
    public record Control(LocalDate asOf, String controllerId, String controlledId, String test, String holdingId) {
    }

    /**
     * Art. 3(3): enterprise {@code one} is linked to enterprise {@code other}, directly or through other enterprises. Derived
     * for the pairs the rules ask about, not for every pair of a group: every direct link; from the enterprise
     * assessed and from each of its partners, every enterprise linked to it; and a holder with the enterprise it
     * holds and with the other holders of that enterprise. A group of n enterprises, one assessed, so derives about n
     * links, not n x n.
     */
    public record Linked(LocalDate asOf, String one, String other) {
    }

    /**
     * A direct link between two enterprises (one controls the other, or both are controlled by the same natural
     * persons on related markets), with the relation in words. {@link Linked} follows these; {@link Connectivity}
     * joins their two ends.
     *
     * @param structure the ownership structure of the two enterprises (the one their controller belongs to)
     */
    public record DirectLink(LocalDate asOf, String one, String other, String via, String structure)
            implements Reachability.Link {
    }

    /** Two enterprises controlled by the same natural person(s) but on unrelated markets: not linked. */
    public record UnrelatedMarkets(LocalDate asOf, String one, String other, String personId) {
    }

    /** Art. 3(2) second subparagraph: whether a holding by an exempt investor kind keeps its exemption. */
    public record ExemptStatus(LocalDate asOf, String holdingId, boolean qualifies, String reason) {
    }

    /** Art. 3(2): the upstream enterprise holds 25 % or more of the downstream one, without being linked. */
    public record Partner(LocalDate asOf, String upstreamId, String downstreamId, BigDecimal share, String holdingId) {
    }

    /** Art. 3(4): the capital and the votes of an enterprise held by public bodies, each summed. */
    public record PublicShare(LocalDate asOf, String enterpriseId, BigDecimal capital, BigDecimal votes) {
        /** The greater of the summed capital and summed votes. */
        public BigDecimal share() {
            return capital.max(votes);
        }
    }

    /** A possible contribution of one enterprise's data to an assessed enterprise's aggregates (Art. 6). */
    public record Candidate(LocalDate asOf, String assessedId, String contributorId, BigDecimal percent, String role,
                            String via) {
        public Candidate {
            percent = normalize(percent);
        }

        /**
         * Tie-break between candidates of equal percentage: the more direct relation first (own, linked, partner,
         * linked to a partner), then the route alphabetically. It only chooses which route the trace names: the data
         * count once, at the same percentage, either way.
         */
        public String key() {
            int rank = switch (role) {
                case "own" -> 0;
                case "linked" -> 1;
                case "partner" -> 2;
                case "linked to partner" -> 3;
                default -> 9;
            };
            return rank + "|" + role + "|" + via;
        }

        /** Whether this candidate ranks before the other for the same contributor: greater share, then key. */
        public boolean outranks(Candidate o) {
            int c = percent.compareTo(o.percent);
            return c > 0 || (c == 0 && key().compareTo(o.key()) < 0);
        }
    }

    /** Exact decimal without trailing zeros, so that equal values are equal objects. */
    public static BigDecimal normalize(BigDecimal v) {
        return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    }

    /** An entity controlled, directly or through other controlled entities, by a public body (Art. 3(4)). */
    public record PublicControlled(LocalDate asOf, String id) {
    }

    /** A holding whose holder counts as a public body for Art. 3(4). */
    public record PublicHolding(LocalDate asOf, String holdingId, String heldId, BigDecimal capital, BigDecimal votes,
                                String why) {
    }

    /** Art. 3(2): partner relation seen from one side: {@code partnerId} is a partner of {@code enterpriseId}. */
    public record PartnerPair(LocalDate asOf, String enterpriseId, String partnerId, BigDecimal share, String direction,
                              String holdingId) {
    }

    /** The contribution retained: for each contributor, the candidate with the greatest percentage. */
    public record Contribution(LocalDate asOf, String assessedId, String contributorId, BigDecimal percent,
                               String role, String via) {
    }

    /** The contributor's data are already in the consolidated accounts of the consolidator (Art. 6(2)). */
    public record ConsolidatedIn(LocalDate asOf, String assessedId, int period, String contributorId,
                                 String consolidatorId) {
    }

    /**
     * A fact the aggregation needs and the case lacks.
     *
     * @param figure what is missing: {@code accounts} (a whole period), {@code staff}, {@code turnover} or
     *     {@code balance}
     */
    public record Missing(LocalDate asOf, String assessedId, int period, String figure, String path, Message what) {
    }

    /** One contributor's part of an aggregate, exact: figure x percent / 100. */
    public record Share(LocalDate asOf, String assessedId, int period, Contribution contribution,
                        AccountsFact accounts, StaffCount staff) {
        public BigDecimal staffPart() {
            return part(staff.awu());
        }

        public BigDecimal turnoverPart() {
            return part(accounts.turnoverEur());
        }

        public BigDecimal balancePart() {
            return part(accounts.balanceEur());
        }

        private BigDecimal part(BigDecimal figure) {
            return SmeFacts.part(figure, contribution.percent());
        }
    }

    /**
     * Art. 6, where a figure is missing: one contributor's accounts for a period of the assessed enterprise, as far as
     * they are given (an enterprise already in another's consolidated accounts is left out, as in {@link Share}).
     */
    public record KnownShare(LocalDate asOf, String assessedId, int period, String contributorId, BigDecimal percent,
                             AccountsFact accounts) {
        /** The turnover part, or null when the accounts do not give it. */
        public BigDecimal turnoverPart() {
            return accounts.turnoverEur() == null ? null : part(accounts.turnoverEur(), percent);
        }

        /** The balance-sheet part, or null when the accounts do not give it. */
        public BigDecimal balancePart() {
            return accounts.balanceEur() == null ? null : part(accounts.balanceEur(), percent);
        }
    }

    /**
     * Art. 6, where a figure is missing: the aggregates of one period summed over the figures that are given. Every part
     * is zero or more, so a missing part can only add: each sum is the least the aggregate can be.
     */
    public record Known(LocalDate asOf, String assessedId, int period, LocalDate periodEnd, BigDecimal staff,
                        BigDecimal turnover, BigDecimal balance) {
    }

    /**
     * Art. 6, where a figure is missing: a figure ({@code staff}, {@code turnover} or {@code balance}) of one period that
     * every enterprise counted gives, so that its sum in {@link Known} is the aggregate itself, not only its least value.
     */
    public record Complete(LocalDate asOf, String assessedId, int period, String figure) {
    }

    /**
     * Art. 2(1): a period whose known figures already pass the medium-sized ceilings, so that no missing figure can
     * make the enterprise an SME in it; {@code why} says which figures, in words.
     */
    public record Beyond(LocalDate asOf, String assessedId, int period, LocalDate periodEnd, Message why) {
    }

    /** A contributor's part of a figure, exact: figure x percent / 100. */
    public static BigDecimal part(BigDecimal figure, BigDecimal percent) {
        return figure.multiply(percent).movePointLeft(2).stripTrailingZeros();
    }

    /** Aggregated staff, turnover and balance sheet of an assessed enterprise for one slot (Art. 6). */
    public record Aggregate(LocalDate asOf, String assessedId, int period, LocalDate periodEnd, BigDecimal staff,
                            BigDecimal turnover, BigDecimal balance, List<Share> shares) {
        public Aggregate {
            shares = shares.stream().sorted(Comparator.comparing((Share s) -> s.contribution().contributorId()))
                    .toList();
        }
    }


    /** Art. 2: the smallest category whose ceilings an aggregate meets (LARGE when none). */
    public record SizeClass(LocalDate asOf, String assessedId, int period, LocalDate periodEnd,
                            SmeCategory category) {
    }

    /**
     * The status after Art. 3(4) and Art. 4(2): the conclusion other rule families read. An overriding status
     * (the public-body exclusion) stands whatever the figures.
     */
    public record SmeStatus(LocalDate asOf, String enterpriseId, SmeCategory category, boolean sme, Message basis,
                            boolean overriding) {
        /**
         * What a declaration says against this computed status, in words: nothing when none was declared, that it
         * matches, or what it declared instead (the computed status decides; this only explains).
         */
        public Object declaredWords(Boolean declaredSme) {
            return declaredSme == null ? ""
                    : declaredSme == sme ? Message.of("fstp.award.recipient_is_sme.matches")
                    : declaredSme ? Message.of("fstp.award.recipient_is_sme.declared_sme")
                    : Message.of("fstp.award.recipient_is_sme.declared_not_sme");
        }

        /** The status of an enterprise on a date among derived statuses, or null when none was derived. */
        public static SmeStatus on(List<?> statuses, String enterpriseId, LocalDate date) {
            for (Object o : statuses) {
                SmeStatus s = (SmeStatus) o;
                if (s.enterpriseId().equals(enterpriseId) && s.asOf().equals(date)) {
                    return s;
                }
            }
            return null;
        }
    }

    /**
     * A holding chain leads from one entity to another, through holdings on a cycle of holdings only
     * ({@link HoldingFact#cycle}); {@code from == to} is an ownership cycle, the only use the rules make of it.
     */
    public record OwnedThrough(LocalDate asOf, String from, String to) {
    }

    /**
     * One line's part in the SME share of a budget view (INNOSUP-01): the amount it adds to the total, the amount it
     * adds to the SME support, and why.
     */
    public record ShareLine(String view, String lineId, String path, BigDecimal total, BigDecimal sme, Message why) {
    }

    /**
     * Art. 3: the type of an enterprise on a date: autonomous, partner, linked, or linked with partners too.
     *
     * @param type {@code AUTONOMOUS}, {@code PARTNER}, {@code LINKED}, or a message for both
     */
    public record EnterpriseType(LocalDate asOf, String enterpriseId, Object type) {
        /** The type as a figure: its name, or the message. */
        public Object words() {
            return type;
        }
    }

    /**
     * Art. 4(2): the status of an enterprise after the periods from the oldest up to {@code period} (0 is the latest),
     * a change needing two consecutive periods on the other side.
     */
    public record StatusOver(LocalDate asOf, String enterpriseId, int period, SmeCategory status) {
    }
}
