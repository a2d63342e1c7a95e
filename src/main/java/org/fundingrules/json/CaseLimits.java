package org.fundingrules.json;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fundingrules.trace.Problem;
import org.fundingrules.model.Award;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.Enterprise;
import org.fundingrules.model.Holding;
import org.fundingrules.model.JointGroup;
import org.fundingrules.model.ThirdParty;

/**
 * The resource bounds of an evaluation: a case is judged within {@link #CPU_SECONDS} seconds of CPU and
 * {@link #HEAP_MB} MB of heap on the 2-core build machine, or refused here, before any rule runs, with a named code.
 * Not law: a mechanical estimate of the work the engine will do, calibrated on the cost curves of
 * docs/PERFORMANCE.md (measured with {@code org.fundingrules.bench.ShapeCost}).
 *
 * <p>The SME rules derive, for every date the case assesses an enterprise on, the periods and links of the ownership
 * structures it assesses: the work grows with the dates times, per structure, its enterprises and accounting periods
 * times its holdings, and more where a joint group links the enterprises it holds. So the estimate is {@code dates x
 * sum over structures of ((enterprises + accounting periods) x (holdings + 1) x (members of joint groups + 1))}, where
 * a structure is a set of enterprises connected by holdings or by a joint group (an enterprise in no holding is a
 * structure of its own), and the dates are the reference date, the date of every award to a third party with
 * enterprise data and, where a holding is dated, the end of every accounting period (a superset of the dates
 * assessed). It overstates the cost of most shapes (the rules no longer join a date with every structure of the case),
 * and is kept for its one formula that bounds every shape measured. The awards and third parties of a case, which
 * cost about the same each whatever the structures, the awards to one third party and the earlier aids of the aid
 * histories are bounded apart, by count.
 */
public final class CaseLimits {
    /** The stated bound per evaluation, in CPU seconds on the build machine (warm). */
    public static final int CPU_SECONDS = 2;
    /** The stated bound per evaluation, in MB of heap (the CLI runs within {@code -Xmx256m} at every limit). */
    public static final int HEAP_MB = 256;
    /**
     * Largest estimated SME work (dates x (enterprises + periods) x (holdings + 1) x (members of joint groups + 1))
     * judged within the bound.
     */
    public static final long MAX_SME_WORK = 500_000;
    /**
     * Most enterprises (every id a holding, joint group or governing body names included) and accounting periods in
     * one case, all structures together: each is a fact of the session and an entry of the evaluation, whether its
     * SME status is asked or not.
     */
    public static final int MAX_ENTERPRISES_AND_PERIODS = 30_000;
    /**
     * Most awards to one third party: the trace of each award repeats the third party's sum over all its awards, so
     * the output grows with the square of this number (400 awards wrote 23 MB of JSON).
     */
    public static final int MAX_AWARDS_PER_THIRD_PARTY = 100;
    /** Most earlier aids in the aid histories of a case, all enterprises together (the de minimis sums join them). */
    public static final int MAX_AID_HISTORY = 1_000;
    /** Most awards and third parties, counted together, in one case judged within the bound. */
    public static final int MAX_AWARDS_AND_THIRD_PARTIES = 6_000;
    /**
     * Most reporting work in one case: the reports a plan may owe (each open call's periods times its recipients,
     * the action's periods times its beneficiaries) plus the innovation reports given. The rules derive a fact per
     * report owed, and find each company's latest report among its own reports.
     */
    public static final int MAX_REPORTING_WORK = 12_000;

    private CaseLimits() {
    }

    /**
     * The estimate of one case, with its largest structure: what a refusal names.
     *
     * @param work the SME work of the whole case
     * @param dates the dates an enterprise may be assessed on
     * @param largestRoot the smallest id of the structure with the most work
     * @param largestSize its enterprises and accounting periods
     * @param largestHoldings its holdings
     * @param largestJointMembers the members of its joint groups (a member of two groups counted twice)
     * @param largestWork its work: dates x size x (holdings + 1) x (joint members + 1)
     * @param size the enterprises and accounting periods of the whole case
     */
    public record Estimate(long work, int dates, String largestRoot, int largestSize, int largestHoldings,
                           int largestJointMembers, long largestWork, long size) {
    }

    /** Adds a problem for every bound the case exceeds. */
    static void check(CaseFile f, List<Problem> problems) {
        int subjects = f.awards().size() + f.thirdParties().size();
        if (subjects > MAX_AWARDS_AND_THIRD_PARTIES) {
            problems.add(new Problem("$", "case_too_large", String.format(Locale.ROOT,
                    "the case has %d awards and %d third parties, %d together; this version judges at most %d in one "
                            + "case within %d s and %d MB (split the call into several cases, or use batch)",
                    f.awards().size(), f.thirdParties().size(), subjects, MAX_AWARDS_AND_THIRD_PARTIES, CPU_SECONDS,
                    HEAP_MB)));
        }
        int aids = 0;
        for (Enterprise e : f.enterprises()) {
            aids += e == null ? 0 : e.aidHistory().size();
        }
        if (aids > MAX_AID_HISTORY) {
            problems.add(new Problem("$.enterprises", "case_too_large", String.format(Locale.ROOT,
                    "the aid histories of the case's enterprises hold %d earlier aids together; this version judges at "
                            + "most %d in one case within %d s and %d MB", aids, MAX_AID_HISTORY, CPU_SECONDS,
                    HEAP_MB)));
        }
        Map<String, Integer> awardsPer = new HashMap<>();
        for (Award w : f.awards()) {
            if (w != null && w.thirdPartyId() != null) {
                awardsPer.merge(w.thirdPartyId(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < f.thirdParties().size(); i++) {
            ThirdParty t = f.thirdParties().get(i);
            int n = t == null || t.id() == null ? 0 : awardsPer.getOrDefault(t.id(), 0);
            if (n > MAX_AWARDS_PER_THIRD_PARTY) {
                problems.add(new Problem("$.thirdParties[" + i + "]", "too_many_awards", String.format(Locale.ROOT,
                        "%d awards go to the third party '%s'; this version judges at most %d awards per third party "
                                + "within %d s and %d MB", n, t.id(), MAX_AWARDS_PER_THIRD_PARTY, CPU_SECONDS,
                        HEAP_MB)));
            }
        }
        long reporting = reportingWork(f);
        if (reporting > MAX_REPORTING_WORK) {
            problems.add(new Problem("$.innovationReports", "case_too_large", String.format(Locale.ROOT,
                    "the reporting plans may owe, and the case gives, %d reports together (periods x recipients per "
                            + "plan, plus the reports given); this version judges at most %d in one case within %d s "
                            + "and %d MB", reporting, MAX_REPORTING_WORK, CPU_SECONDS, HEAP_MB)));
        }
        Estimate e = estimate(f);
        if (e.size() > MAX_ENTERPRISES_AND_PERIODS) {
            problems.add(new Problem("$.enterprises", "case_too_large", String.format(Locale.ROOT,
                    "the case names %d enterprises and accounting periods together; this version judges at most %d in "
                            + "one case within %d s and %d MB", e.size(), MAX_ENTERPRISES_AND_PERIODS, CPU_SECONDS,
                    HEAP_MB)));
        } else if (e.largestWork() > MAX_SME_WORK) {
            problems.add(new Problem("$.holdings", "structure_too_large", String.format(Locale.ROOT,
                    "the ownership structure of '%s' (%d enterprises and accounting periods, %d holdings, %d members "
                            + "of joint groups) is assessed on up to %d dates: %d x %d x (%d + 1) x (%d + 1) = %d units "
                            + "of work, above the %d this version judges within %d s and %d MB", e.largestRoot(),
                    e.largestSize(), e.largestHoldings(), e.largestJointMembers(), e.dates(), e.dates(),
                    e.largestSize(), e.largestHoldings(), e.largestJointMembers(), e.largestWork(), MAX_SME_WORK,
                    CPU_SECONDS, HEAP_MB)));
        } else if (e.work() > MAX_SME_WORK) {
            problems.add(new Problem("$", "case_too_large", String.format(Locale.ROOT,
                    "the case's enterprises, assessed on up to %d dates, need %d units of work (dates x (enterprises "
                            + "+ accounting periods) x (holdings + 1) x (members of joint groups + 1), summed over the "
                            + "ownership structures), above the %d this version judges within %d s and %d MB: split it "
                            + "into cases of fewer applicants",
                    e.dates(), e.work(),
                    MAX_SME_WORK, CPU_SECONDS, HEAP_MB)));
        }
    }

    /**
     * The reports the plans may owe, at most (each open call's periods times its distinct recipients, the action's
     * periods times its beneficiaries), plus the innovation reports the case gives.
     */
    static long reportingWork(CaseFile f) {
        Map<String, java.util.Set<String>> recipients = new HashMap<>();
        for (Award w : f.awards()) {
            if (w != null && w.callId() != null) {
                recipients.computeIfAbsent(w.callId(), k -> new java.util.HashSet<>()).add(w.thirdPartyId());
            }
        }
        long work = f.innovationReports().size();
        for (var c : f.openCalls()) {
            if (c != null) {
                work += (long) c.reportingPlan().size() * recipients.getOrDefault(c.id(), java.util.Set.of()).size();
            }
        }
        if (f.action() != null) {
            work += (long) f.action().reportingPlan().size() * f.beneficiaries().size();
        }
        return work;
    }

    /**
     * The ownership structure of every id the case names (enterprises, holders and held, members of joint groups):
     * the smallest id of the set of enterprises connected to it by holdings or joint groups, whatever their dates or
     * shares (an enterprise in no holding is a structure of its own). Not law: graph connectivity, so that the SME and
     * single-undertaking rules join an assessment only with the facts of its own structure (the engine's CaseFacts).
     */
    public static Map<String, String> structures(CaseFile f) {
        Map<String, String> parent = components(f);
        Map<String, String> out = new HashMap<>();
        for (String id : parent.keySet().toArray(String[]::new)) {
            out.put(id, root(parent, id));
        }
        return out;
    }

    /** The work estimate of a case (its references need not be valid: unknown ids count as enterprises). */
    public static Estimate estimate(CaseFile f) {
        Map<String, String> parent = components(f);
        // root -> {enterprises and accounting periods, holdings, joint members}; sorted, so that a refusal names the
        // same structure
        Map<String, int[]> sizes = new TreeMap<>();
        for (String id : parent.keySet().toArray(String[]::new)) {
            sizes.computeIfAbsent(root(parent, id), r -> new int[3])[0]++;
        }
        for (Enterprise e : f.enterprises()) {
            if (e != null && e.id() != null) {
                sizes.get(root(parent, e.id()))[0] += e.accounts().size();
            }
        }
        for (Holding h : f.holdings()) {
            if (h != null && h.holderId() != null && h.heldId() != null) {
                sizes.get(root(parent, h.holderId()))[1]++;
            }
        }
        // the enterprises a joint group holds are linked through it (Art. 3(3)): measured, each member adds to the
        // structure about as much again as the holdings alone
        for (JointGroup g : f.jointGroups()) {
            if (g != null && g.memberIds() != null) {
                for (String m : g.memberIds()) {
                    if (m != null) {
                        sizes.get(root(parent, m))[2]++;
                    }
                }
            }
        }
        int dates = dates(f);
        long sum = 0;
        long size = 0;
        String largest = null;
        int[] largestSize = {0, 0, 0};
        for (Map.Entry<String, int[]> e : sizes.entrySet()) {
            long w = work(e.getValue());
            sum += w;
            size += e.getValue()[0];
            if (largest == null || w > work(largestSize)) {
                largest = e.getKey();
                largestSize = e.getValue();
            }
        }
        return new Estimate(dates * sum, dates, largest, largestSize[0], largestSize[1], largestSize[2],
                dates * work(largestSize), size);
    }

    /** The work of one structure on one date: size x (holdings + 1) x (joint members + 1). */
    private static long work(int[] size) {
        return (long) size[0] * (size[1] + 1) * (size[2] + 1);
    }

    /** Union-find over holdings and joint groups: every id of the case mapped towards its structure's smallest id. */
    private static Map<String, String> components(CaseFile f) {
        Map<String, String> parent = new HashMap<>();
        for (Holding h : f.holdings()) {
            if (h != null && h.holderId() != null && h.heldId() != null) {
                union(parent, h.holderId(), h.heldId());
            }
        }
        for (JointGroup g : f.jointGroups()) {
            if (g != null && g.memberIds() != null) {
                String first = null;
                for (String m : g.memberIds()) {
                    if (m != null) {
                        if (first == null) {
                            first = m;
                            root(parent, m);
                        } else {
                            union(parent, first, m);
                        }
                    }
                }
                // the enterprises a group steers belong to its structure (decision SME-9)
                for (var st : g.steers()) {
                    if (first != null && st != null && st.enterpriseId() != null) {
                        union(parent, first, st.enterpriseId());
                    }
                }
            }
        }
        for (Enterprise e : f.enterprises()) {
            if (e != null && e.id() != null) {
                root(parent, e.id());
                // who appoints the members of its governing body belongs to its structure (decision SME-10)
                if (e.governingBody() != null && e.governingBody().appointedBy() != null) {
                    for (var a : e.governingBody().appointedBy()) {
                        if (a != null && a.holderId() != null) {
                            union(parent, e.id(), a.holderId());
                        }
                    }
                }
            }
        }
        return parent;
    }

    /** The reference date and the date of every award to a third party with enterprise data. */
    private static int dates(CaseFile f) {
        Set<String> withEnterprise = new HashSet<>();
        for (ThirdParty t : f.thirdParties()) {
            if (t != null && t.id() != null && t.enterpriseId() != null) {
                withEnterprise.add(t.id());
            }
        }
        Set<LocalDate> dates = new HashSet<>();
        dates.add(f.referenceDate());
        for (Award w : f.awards()) {
            if (w != null && w.date() != null && withEnterprise.contains(w.thirdPartyId())) {
                dates.add(w.date());
            }
        }
        // where a holding is dated, the enterprises counted at the end of each period may be derived too (decision
        // Q6): every period end is a possible date
        boolean dated = false;
        for (Holding h : f.holdings()) {
            dated |= h != null && (h.since() != null || h.until() != null);
        }
        if (dated) {
            for (Enterprise e : f.enterprises()) {
                if (e != null) {
                    for (var p : e.accounts()) {
                        if (p != null && p.periodEnd() != null) {
                            dates.add(p.periodEnd());
                        }
                    }
                }
            }
        }
        return dates.size();
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            // the smaller id becomes the root: the same structure gets the same name whatever the input order
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    private static String root(Map<String, String> parent, String id) {
        return org.fundingrules.facts.Reachability.root(parent, id);
    }
}
