package org.fundingrules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.fundingrules.trace.Message;

/**
 * Facts the call-composition rules derive (rules/fstp/call_composition.drl): the members of an applicant project,
 * what each member adds to a count the call sets a minimum for, and the support to its SMEs. Which member counts is
 * decided by a rule per case; the factories here only gather, sort and add up.
 */
public final class CallFacts {
    private CallFacts() {
    }

    /** A member of an applicant project under a call: a recipient of an award in it, from its first award there. */
    public record ProjectMember(String callId, String projectId, ThirdPartyFact party, LocalDate since) {
    }

    /**
     * What one member adds to a count of a project ({@code smes}, {@code countries}, {@code sectors}): the items it
     * contributes, or the path of the data missing to know them (null when nothing is missing), and what was read.
     */
    public record MemberCount(String callId, String projectId, String count, String memberId, List<String> items,
                              String unknownPath, List<Judge.Read> reads) {
    }

    /** A count of a project: the distinct items known (sorted), the paths of the data missing, what was read. */
    public record ProjectCount(String callId, String projectId, String count, List<String> known,
                               List<String> unknown, List<Judge.Read> reads) {
        /** The count gathered from the {@link MemberCount}s of one project. */
        public static ProjectCount of(String callId, String projectId, String count, Collection<?> members) {
            TreeSet<String> known = new TreeSet<>();
            List<String> unknown = new ArrayList<>();
            List<Judge.Read> reads = new ArrayList<>();
            members.stream().map(o -> (MemberCount) o).sorted(Comparator.comparing(MemberCount::memberId))
                    .forEach(m -> {
                        known.addAll(m.items());
                        if (m.unknownPath() != null) {
                            unknown.add(m.unknownPath());
                        }
                        reads.addAll(m.reads());
                    });
            return new ProjectCount(callId, projectId, count, List.copyOf(known), List.copyOf(unknown),
                    List.copyOf(reads));
        }

        /** How many are known. */
        public int size() {
            return known.size();
        }

        /** The items known, in words: their ids, or "none". */
        public Object listed() {
            return known.isEmpty() ? Message.of("fstp.count.none") : String.join(", ", known);
        }
    }

    /**
     * The support under a call to one member of a project, and its status as the rule found it: {@code SME},
     * {@code NOT_SME}, or {@code UNKNOWN} with the path of the data missing when it matters (null when it does not).
     */
    public record MemberSupport(String callId, String projectId, String memberId, BigDecimal total, String status,
                                String unknownPath, List<Judge.Read> reads) {
        /** The support to {@code party} from every award of the call, each amount read. */
        public static MemberSupport of(ProjectMember m, Object total, Collection<?> awards, String status,
                                       String unknownPath) {
            List<Judge.Read> reads = new ArrayList<>();
            for (Object o : awards) {
                AwardFact w = (AwardFact) o;
                reads.add(new Judge.Read(w.path("amount.amount"), w.amountEur()));
            }
            reads.add(new Judge.Read(m.party().path("enterpriseId"), m.party().enterpriseId()));
            return new MemberSupport(m.callId(), m.projectId(), m.party().id(), (BigDecimal) total, status,
                    unknownPath, List.copyOf(reads));
        }
    }

    /**
     * The SME of a project that received the most under the call (the first by id on a tie; null when the project
     * has no SME), the paths of the data missing, and what was read.
     */
    public record TopSme(String callId, String projectId, String memberId, BigDecimal total, List<String> unknown,
                         List<Judge.Read> reads) {
        /** From the {@link MemberSupport}s of one project. */
        public static TopSme of(String callId, String projectId, Collection<?> members) {
            String top = null;
            BigDecimal topTotal = null;
            List<String> unknown = new ArrayList<>();
            List<Judge.Read> reads = new ArrayList<>();
            for (MemberSupport m : members.stream().map(o -> (MemberSupport) o)
                    .sorted(Comparator.comparing(MemberSupport::memberId)).toList()) {
                reads.addAll(m.reads());
                if (m.unknownPath() != null) {
                    unknown.add(m.unknownPath());
                }
                if ("SME".equals(m.status()) && (topTotal == null || m.total().compareTo(topTotal) > 0)) {
                    top = m.memberId();
                    topTotal = m.total();
                }
            }
            return new TopSme(callId, projectId, top, topTotal, List.copyOf(unknown), List.copyOf(reads));
        }
    }
}
