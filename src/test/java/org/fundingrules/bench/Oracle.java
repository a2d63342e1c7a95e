package org.fundingrules.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.MonetaryAmount;
import org.fundingrules.model.AccountingPeriod;
import org.fundingrules.model.AidGrant;
import org.fundingrules.model.AidRegime;
import org.fundingrules.model.Award;
import org.fundingrules.model.Beneficiary;
import org.fundingrules.model.BudgetLine;
import org.fundingrules.model.BudgetPurpose;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.DeMinimisRegulation;
import org.fundingrules.model.Enterprise;
import org.fundingrules.model.EnterpriseKind;
import org.fundingrules.model.Holding;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.SmeCategory;
import org.fundingrules.model.ThirdParty;

/**
 * A plain-Java statement of the core criteria, written from the law and docs/INTERPRETATIONS.md, not from the DRL:
 * the baseline of the benchmarks and the oracle of {@code OracleAgreementProperties}.
 *
 * <p>Every threshold and legal date comes from the rules' own parameter files ({@link LawParameters}), read on the
 * date the rules read it: the case's reference date for what the rules match as a {@code Parameter} (the maximum per
 * third party, the SME share, every SME threshold, the majority of the single undertaking), the grant date of the
 * award for what they read from a {@code ParameterHistory} (which de minimis regulation governs, its ceiling and its
 * window). So an oracle built from an edited copy of the rules folder states the edited law; {@link #packaged()}
 * reads the rules shipped in the jar.
 *
 * <ul>
 *   <li><b>Annex K cap</b> (Q2, Q3): the awards to each third party summed over the action, at most the maximum per
 *       third party ({@code fstp.max_per_third_party}) or the derogation's maximum.</li>
 *   <li><b>SME status</b> (Rec. 2003/361 Annex Art. 2-6; Q6, Q8, Q10, Q12, SME-1..3; {@code sme.*}): links by a
 *       majority of the votes (with the votes of linked enterprises) or a control right, through chains; exempt
 *       investors within their limit; partners at the partner threshold or more (with linked enterprises), counted at
 *       the greater of capital and votes; linked 100 %, partners of linked enterprises and enterprises linked to
 *       partners at the partner's percentage; each counted once at its greatest percentage; the ceilings, the
 *       category and the two-period rule; public bodies holding the public-body threshold or more exclude.</li>
 *   <li><b>SME share</b> (Q4, Q5, BUDGET-1..3; {@code budget.sme_share.*}): for an action of the topic the parameter
 *       names, planned and actual, exact.</li>
 *   <li><b>De minimis</b> (Q15-Q18, SA-1, SA-2, SA-5): the single undertaking on the grant date, de minimis aid of the
 *       granting Member State, not renounced, inside the window (1407/2013: the recipient's current fiscal year and
 *       the previous ones; 2023/2831: years counted back day for day), the case's own awards included; the regulation
 *       in force on the grant date, its window length and ceiling ({@code state_aid.de_minimis*}).</li>
 * </ul>
 *
 * <p>Corners left out, because {@link CaseGenerator} does not produce them: links through natural persons (joint
 * groups, same or adjacent markets), business angels and local authorities, consolidated accounts, estimates, staff
 * given as lines, missing figures (UNDETERMINED), holdings with dates, road freight, transfers of aid, an award's
 * stated purpose (the purpose-based exclusions, SA-EX3), other currencies, GBER Article 28 calls; a third party with awards under several calls is summed, but the calls' own
 * maxima are not checked.
 *
 * <p>An SME status and a single undertaking read only the holdings and enterprises of their own ownership structure
 * (enterprises connected by holdings, found by union-find), so a whole call costs the oracle linear time in its
 * applicants, as it does the rules.
 */
public final class Oracle {
    static final BigDecimal HUNDRED = new BigDecimal(100);
    /** Dates whose thresholds are kept resolved (a generated call: one reference date, some hundred grant dates). */
    private static final int CACHED_DATES = 4096;
    /** The ids (sources) of the de minimis regulations the parameter {@code state_aid.de_minimis.regulation} names. */
    static final String REG_1407 = "reg_1407_2013";
    static final String REG_2831 = "reg_2023_2831";

    private final LawParameters law;
    private final Map<LocalDate, CaseLaw> caseLaw = new ConcurrentHashMap<>();
    private final Map<String, Optional<AidLaw>> aidLaw = new ConcurrentHashMap<>();

    /** An oracle stating the law as the given parameters set it. */
    public Oracle(LawParameters law) {
        this.law = law;
    }

    private static final class Packaged {
        static final Oracle INSTANCE = new Oracle(LawParameters.packaged());
    }

    /** The oracle of the rules shipped in the jar (the project's {@code rules/} folder). */
    public static Oracle packaged() {
        return Packaged.INSTANCE;
    }

    /** The oracle of a folder laid out like {@code rules/}: the parameters of its {@code <family>/parameters/}. */
    public static Oracle fromFolder(Path rulesFolder) {
        return new Oracle(LawParameters.fromFolder(rulesFolder));
    }

    /** The parameters this oracle reads. */
    public LawParameters law() {
        return law;
    }

    /** A threshold read on a date; {@link #get()} fails, naming it, when the parameter has no value then. */
    private record Value(String key, LocalDate date, BigDecimal amount) {
        BigDecimal get() {
            if (amount == null) {
                throw new IllegalStateException("the oracle cannot decide: parameter " + key + " has no value on "
                        + date);
            }
            return amount;
        }
    }

    /** The ceilings of one SME category (staff fewer than; turnover or balance-sheet total not exceeding). */
    private record Ceilings(SmeCategory category, Value staff, Value turnover, Value balance) {
    }

    /** What the rules read as a {@code Parameter}: the values in force on the case's reference date. */
    private record CaseLaw(Value cap, Value minShare, String topic, List<Ceilings> ceilings, Value linkMajority,
                           Value exemptMax, Value partner, Value publicBodies, Value aidMajority) {
    }

    /** What the de minimis rules read from a {@code ParameterHistory} on the grant date. */
    private record AidLaw(String regulation, int years, BigDecimal ceiling) {
    }

    private Value value(String key, LocalDate d) {
        org.fundingrules.facts.Parameter p = law.at(key, d);
        return new Value(key, d, p == null ? null : p.amount());
    }

    private CaseLaw caseLaw(LocalDate d) {
        CaseLaw cached = caseLaw.get(d);
        if (cached != null) {
            return cached;
        }
        List<Ceilings> ceilings = new ArrayList<>();
        for (SmeCategory k : SmeCategory.values()) {
            if (k.isSme()) {
                ceilings.add(new Ceilings(k, value("sme.staff." + k.key(), d), value("sme.turnover." + k.key(), d),
                        value("sme.balance." + k.key(), d)));
            }
        }
        CaseLaw made = new CaseLaw(value("fstp.max_per_third_party", d), value("budget.sme_share.min", d),
                law.text("budget.sme_share.topic", d), List.copyOf(ceilings), value("sme.linked.majority", d), value("sme.exempt.max_share", d),
                value("sme.partner.threshold", d), value("sme.public_bodies.threshold", d),
                value("state_aid.single_undertaking.majority", d));
        if (caseLaw.size() < CACHED_DATES) {
            caseLaw.putIfAbsent(d, made);
        }
        return made;
    }

    /**
     * The de minimis regulation that governs a grant, its window length and ceiling; empty when none does. The one in
     * force on the grant date, unless it is within the six months in which an expired regulation still covers aid
     * under schemes based on it: then the scheme's basis decides, and without it none can be chosen (decision SA-7).
     * A scheme based on a regulation that covers neither way governs nothing.
     */
    private Optional<AidLaw> aidLaw(LocalDate g, String scheme) {
        String key = g + "|" + scheme;
        Optional<AidLaw> cached = aidLaw.get(key);
        if (cached != null) {
            return cached;
        }
        String inForce = law.text("state_aid.de_minimis.regulation", g);
        String adapted = law.text("state_aid.de_minimis.adaptation", g);
        String regulation = scheme == null ? (adapted == null ? inForce : null)
                : scheme.equals(inForce) || scheme.equals(adapted) ? scheme : null;
        Optional<AidLaw> made = regulation == null ? Optional.empty() : Optional.of(switch (regulation) {
            case REG_1407 -> new AidLaw(regulation, law.count("state_aid.de_minimis_1407.fiscal_years", g),
                    law.amount("state_aid.de_minimis_1407.ceiling", g));
            case REG_2831 -> new AidLaw(regulation, law.count("state_aid.de_minimis_2831.window_years", g),
                    law.amount("state_aid.de_minimis_2831.ceiling", g));
            default -> throw new IllegalStateException("the oracle does not know the de minimis regulation "
                    + regulation + " (in force on " + g + ")");
        });
        if (aidLaw.size() < CACHED_DATES) {
            aidLaw.putIfAbsent(key, made);
        }
        return made;
    }

    /** The Annex K cap of one third party. */
    public record Cap(String thirdPartyId, BigDecimal total, BigDecimal maximum, boolean pass) {
    }

    /**
     * The SME status of one enterprise as of a date. {@code category} is null when undetermined; {@code
     * contributions} maps each enterprise counted to its percentage.
     */
    public record Sme(String enterpriseId, LocalDate asOf, SmeCategory category, boolean publicBodies,
                      BigDecimal staff, BigDecimal turnover, BigDecimal balance,
                      Map<String, BigDecimal> contributions) {
        public boolean sme() {
            return category != null && category.isSme() && !publicBodies;
        }

        public boolean determined() {
            return category != null || publicBodies;
        }
    }

    /** The de minimis ceiling test of one award. */
    public record DeMinimis(String awardId, String regulation, LocalDate windowFrom, Set<String> undertaking,
                            BigDecimal earlierCounted, BigDecimal ceiling, BigDecimal headroom, boolean pass) {
    }

    /** The SME share in one view: the SME support, the total, and the headroom (pass) or the smallest fix (fail). */
    public record Share(boolean planned, BigDecimal smeSupport, BigDecimal total, boolean pass, BigDecimal margin) {
    }

    /** Everything the oracle decides on a case. */
    public record Result(Map<String, Cap> caps, Map<String, Sme> smes, Map<String, DeMinimis> deMinimis,
                         Share planned, Share actual) {
    }

    public Result judge(CaseFile c) {
        Structure s = new Structure(c);
        Map<String, Cap> caps = new TreeMap<>();
        BigDecimal max = c.action().fstp() != null && c.action().fstp().capDerogation() != null
                ? eur(c.action().fstp().capDerogation().maximumPerThirdParty()) : s.thresholds.cap().get();
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Award w : c.awards()) {
            totals.merge(w.thirdPartyId(), eur(w.amount()), BigDecimal::add);
        }
        for (ThirdParty t : c.thirdParties()) {
            BigDecimal total = totals.get(t.id());
            if (total != null) {
                caps.put(t.id(), new Cap(t.id(), total, max, total.compareTo(max) <= 0));
            }
        }
        Map<String, Sme> smes = new TreeMap<>();
        for (ThirdParty t : c.thirdParties()) {
            if (t.enterpriseId() != null) {
                smes.put(t.enterpriseId(), s.sme(t.enterpriseId(), c.referenceDate()));
            }
        }
        Map<String, DeMinimis> dm = new TreeMap<>();
        for (Award w : c.awards()) {
            DeMinimis d = s.deMinimis(w);
            if (d != null) {
                dm.put(w.id(), d);
            }
        }
        return new Result(caps, smes, dm, s.share(true), s.share(false));
    }

    /** The SME status of one enterprise of the case as of a date. */
    public Sme sme(CaseFile c, String enterpriseId, LocalDate asOf) {
        return new Structure(c).sme(enterpriseId, asOf);
    }

    static BigDecimal eur(MonetaryAmount m) {
        if (!"EUR".equals(m.getCurrency().getCurrencyCode())) {
            throw new IllegalArgumentException("the oracle reads EUR only");
        }
        return m.getNumber().numberValue(BigDecimal.class);
    }

    /** The case's ownership structure, aid and budget, indexed. */
    private final class Structure {
        final CaseFile c;
        /** The thresholds the rules read on the reference date (the SME ones too, whatever the status's date). */
        final CaseLaw thresholds;
        final Map<String, Enterprise> byId = new HashMap<>();
        final Map<String, ThirdParty> parties = new HashMap<>();
        final Map<String, OpenCall> calls = new HashMap<>();
        final Map<String, Sme> cache = new HashMap<>();
        /** Union-find over holdings: an id's parent; the root names its ownership structure. */
        final Map<String, String> parent = new HashMap<>();
        /** The holdings of each structure, in the case's order: a status reads only those of its own structure. */
        final Map<String, List<Holding>> holdingsOf = new HashMap<>();
        /** The enterprises of each structure. */
        final Map<String, List<Enterprise>> enterprisesOf = new HashMap<>();
        /** The awards of the case by the enterprise of their third party. */
        final Map<String, List<Award>> awardsTo = new HashMap<>();

        Structure(CaseFile c) {
            this.c = c;
            this.thresholds = caseLaw(c.referenceDate());
            c.enterprises().forEach(e -> byId.put(e.id(), e));
            c.thirdParties().forEach(t -> parties.put(t.id(), t));
            c.openCalls().forEach(o -> calls.put(o.id(), o));
            for (Holding h : c.holdings()) {
                String a = root(h.holderId());
                String b = root(h.heldId());
                if (!a.equals(b)) {
                    parent.put(a, b);
                }
            }
            c.holdings().forEach(h -> holdingsOf.computeIfAbsent(root(h.holderId()), k -> new ArrayList<>()).add(h));
            c.enterprises().forEach(e -> enterprisesOf.computeIfAbsent(root(e.id()), k -> new ArrayList<>()).add(e));
            for (Award w : c.awards()) {
                ThirdParty t = parties.get(w.thirdPartyId());
                if (t != null && t.enterpriseId() != null) {
                    awardsTo.computeIfAbsent(t.enterpriseId(), k -> new ArrayList<>()).add(w);
                }
            }
        }

        private String root(String id) {
            String r = id;
            for (String p = parent.get(r); p != null; p = parent.get(r)) {
                r = p;
            }
            for (String i = id; !i.equals(r); ) {   // path compression
                String next = parent.get(i);
                parent.put(i, r);
                i = next;
            }
            return r;
        }

        EnterpriseKind kind(String id) {
            Enterprise e = byId.get(id);
            return e == null ? null : e.kind();
        }

        boolean person(String id) {
            return kind(id) == EnterpriseKind.NATURAL_PERSON;
        }

        boolean aggregable(String id) {
            EnterpriseKind k = kind(id);
            return k != EnterpriseKind.NATURAL_PERSON && k != EnterpriseKind.PUBLIC_BODY
                    && k != EnterpriseKind.AUTONOMOUS_LOCAL_AUTHORITY;
        }

        boolean exemptInvestor(String id) {
            EnterpriseKind k = kind(id);
            return k == EnterpriseKind.PUBLIC_INVESTMENT_CORPORATION || k == EnterpriseKind.VENTURE_CAPITAL_COMPANY
                    || k == EnterpriseKind.UNIVERSITY_OR_RESEARCH_CENTRE || k == EnterpriseKind.INSTITUTIONAL_INVESTOR;
        }

        boolean publicBody(String id) {
            Enterprise e = byId.get(id);
            return e != null && (e.kind() == EnterpriseKind.PUBLIC_BODY
                    || e.kind() == EnterpriseKind.AUTONOMOUS_LOCAL_AUTHORITY || Boolean.TRUE.equals(e.publicBody()));
        }

        /** The holdings of x's ownership structure in force on d (nothing outside it can link to x or count). */
        List<Holding> inForce(String x, LocalDate d) {
            return holdingsOf.getOrDefault(root(x), List.of()).stream()
                    .filter(h -> (h.since() == null || !d.isBefore(h.since()))
                            && (h.until() == null || !d.isAfter(h.until()))).toList();
        }

        // ---------------------------------------------------------------------------------------------------------
        // SME (Rec. 2003/361/EC, Annex)
        // ---------------------------------------------------------------------------------------------------------

        Sme sme(String x, LocalDate d) {
            return cache.computeIfAbsent(x + "@" + d, k -> computeSme(x, d));
        }

        private Sme computeSme(String x, LocalDate d) {
            List<Holding> hs = inForce(x, d);
            // Art. 3(3): control (votes with those of linked enterprises, or a control right), closed to links
            Map<String, Set<String>> linked = new HashMap<>();
            Set<List<String>> control = new HashSet<>();
            while (true) {
                Set<List<String>> now = new HashSet<>();
                for (Holding h : hs) {
                    String up = h.holderId();
                    if (person(up)) {
                        continue;   // links through natural persons are not generated (see the class comment)
                    }
                    Set<String> group = new HashSet<>(linked.getOrDefault(up, Set.of()));
                    group.add(up);
                    BigDecimal votes = hs.stream().filter(o -> o.heldId().equals(h.heldId()))
                            .filter(o -> !o.holderId().equals(h.heldId()) && group.contains(o.holderId()))
                            .map(Holding::votingShare).reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (votes.compareTo(thresholds.linkMajority().get()) > 0 || !h.controlRights().isEmpty()) {
                        now.add(List.of(up, h.heldId()));
                    }
                }
                if (now.equals(control)) {
                    break;
                }
                control = now;
                linked = components(control);
            }
            final Map<String, Set<String>> links = linked;
            final Set<List<String>> controls = control;
            // Art. 3(2): exempt investors (within the limit with their linked enterprises, not linked), partners
            Set<String> exempt = new HashSet<>();
            for (Holding h : hs) {
                if (exemptInvestor(h.holderId()) && !linkedTo(links, h.holderId(), h.heldId())
                        && stake(hs, h.holderId(), h.heldId(), links).compareTo(thresholds.exemptMax().get()) <= 0) {
                    exempt.add(h.id());
                }
            }
            // partner pairs: (enterprise, partner) -> greatest share of a holding between them
            Map<String, Map<String, BigDecimal>> partners = new HashMap<>();
            for (Holding h : hs) {
                String up = h.holderId();
                String down = h.heldId();
                if (!aggregable(up) || exempt.contains(h.id()) || linkedTo(links, up, down)
                        || stake(hs, up, down, links).compareTo(thresholds.partner().get()) < 0) {
                    continue;
                }
                BigDecimal share = h.capitalShare().max(h.votingShare());
                partners.computeIfAbsent(down, k -> new HashMap<>()).merge(up, share, BigDecimal::max);
                partners.computeIfAbsent(up, k -> new HashMap<>()).merge(down, share, BigDecimal::max);
            }
            // Art. 6: candidates, each enterprise counted once at its greatest percentage (ties: role name order)
            Set<String> lx = links.getOrDefault(x, Set.of());
            Map<String, Counted> best = new HashMap<>();
            offer(best, x, HUNDRED, "own");
            for (String y : lx) {
                if (aggregable(y) && !y.equals(x)) {
                    offer(best, y, HUNDRED, "linked");
                }
            }
            partners.getOrDefault(x, Map.of()).forEach((p, s) -> {
                if (aggregable(p) && !lx.contains(p)) {
                    offer(best, p, s, "partner");
                }
            });
            for (String m : lx) {
                partners.getOrDefault(m, Map.of()).forEach((p, s) -> {
                    if (!p.equals(x) && aggregable(p) && !lx.contains(p)) {
                        offer(best, p, s, "partner");
                    }
                });
            }
            // Art. 6(3): enterprises linked to a partner, at the partner's percentage, until nothing changes
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Map.Entry<String, Counted> e : new ArrayList<>(best.entrySet())) {
                    if (!e.getValue().role().equals("partner")) {
                        continue;
                    }
                    for (String y : links.getOrDefault(e.getKey(), Set.of())) {
                        if (!y.equals(x) && aggregable(y) && !lx.contains(y)) {
                            changed |= offer(best, y, e.getValue().percent(), "linked to partner");
                        }
                    }
                }
            }
            Map<String, BigDecimal> contributions = new TreeMap<>();
            best.forEach((k, v) -> contributions.put(k, v.percent()));

            // Art. 3(4): public bodies, and what they control directly or indirectly
            Set<String> publicSet = new HashSet<>();
            for (Enterprise e : enterprisesOf.getOrDefault(root(x), List.of())) {
                if (publicBody(e.id())) {
                    publicSet.add(e.id());
                }
            }
            boolean grew = true;
            while (grew) {
                grew = false;
                for (List<String> ctl : controls) {
                    if (publicSet.contains(ctl.get(0))) {
                        grew |= publicSet.add(ctl.get(1));
                    }
                }
            }
            BigDecimal pubCapital = BigDecimal.ZERO;
            BigDecimal pubVotes = BigDecimal.ZERO;
            for (Holding h : hs) {
                if (h.heldId().equals(x) && publicSet.contains(h.holderId()) && !exempt.contains(h.id())) {
                    pubCapital = pubCapital.add(h.capitalShare());
                    pubVotes = pubVotes.add(h.votingShare());
                }
            }
            boolean publicBodies = pubCapital.max(pubVotes).compareTo(thresholds.publicBodies().get()) >= 0;

            // Art. 4 and 2: the periods closed by the date, newest first; each one's category
            List<AccountingPeriod> own = closed(x, d);
            if (own.isEmpty()) {
                return new Sme(x, d, null, publicBodies, null, null, null, contributions);
            }
            List<SmeCategory> categories = new ArrayList<>();
            BigDecimal[] latest = null;
            for (int k = 0; k < own.size(); k++) {
                BigDecimal staff = BigDecimal.ZERO;
                BigDecimal turnover = BigDecimal.ZERO;
                BigDecimal balance = BigDecimal.ZERO;
                for (Map.Entry<String, BigDecimal> e : contributions.entrySet()) {
                    List<AccountingPeriod> ps = closed(e.getKey(), d);
                    if (ps.size() <= k) {
                        if (k == 0) {
                            return new Sme(x, d, null, publicBodies, null, null, null, contributions);
                        }
                        continue;   // no earlier period: adds nothing (SME-3)
                    }
                    AccountingPeriod p = ps.get(k);
                    BigDecimal pct = e.getValue().divide(HUNDRED);
                    staff = staff.add(p.staffAwu().multiply(pct));
                    turnover = turnover.add(eur(p.turnover()).multiply(pct));
                    balance = balance.add(eur(p.balanceSheetTotal()).multiply(pct));
                }
                if (k == 0) {
                    latest = new BigDecimal[] {staff, turnover, balance};
                }
                categories.add(category(staff, turnover, balance));
            }
            return new Sme(x, d, status(categories), publicBodies, latest[0], latest[1], latest[2], contributions);
        }

        private record Counted(BigDecimal percent, String role) {
        }

        private static boolean offer(Map<String, Counted> best, String id, BigDecimal pct, String role) {
            Counted was = best.get(id);
            int cmp = was == null ? 1 : pct.compareTo(was.percent());
            if (cmp > 0 || cmp == 0 && role.compareTo(was.role()) < 0) {
                best.put(id, new Counted(pct, role));
                return true;
            }
            return false;
        }

        private static boolean linkedTo(Map<String, Set<String>> links, String a, String b) {
            return links.getOrDefault(a, Set.of()).contains(b);
        }

        /** Capital and votes of the holder and its linked enterprises in an enterprise, each summed; the greater. */
        private static BigDecimal stake(List<Holding> hs, String holder, String held, Map<String, Set<String>> links) {
            Set<String> group = new HashSet<>(links.getOrDefault(holder, Set.of()));
            group.add(holder);
            BigDecimal capital = BigDecimal.ZERO;
            BigDecimal votes = BigDecimal.ZERO;
            for (Holding h : hs) {
                if (h.heldId().equals(held) && group.contains(h.holderId())) {
                    capital = capital.add(h.capitalShare());
                    votes = votes.add(h.votingShare());
                }
            }
            return capital.max(votes);
        }

        /** Undirected closure of control edges: every member of a component is linked to every other. */
        private static Map<String, Set<String>> components(Set<List<String>> edges) {
            Map<String, Set<String>> adj = new HashMap<>();
            for (List<String> e : edges) {
                adj.computeIfAbsent(e.get(0), k -> new HashSet<>()).add(e.get(1));
                adj.computeIfAbsent(e.get(1), k -> new HashSet<>()).add(e.get(0));
            }
            Map<String, Set<String>> out = new HashMap<>();
            for (String start : adj.keySet()) {
                if (out.containsKey(start)) {
                    continue;
                }
                Set<String> comp = reach(adj, start);
                for (String m : comp) {
                    Set<String> others = new HashSet<>(comp);
                    others.remove(m);
                    out.put(m, others);
                }
            }
            return out;
        }

        private static Set<String> reach(Map<String, Set<String>> adj, String start) {
            Set<String> seen = new HashSet<>(List.of(start));
            Deque<String> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                for (String n : adj.getOrDefault(todo.pop(), Set.of())) {
                    if (seen.add(n)) {
                        todo.push(n);
                    }
                }
            }
            return seen;
        }

        /** Approved periods closed by the date, newest first. */
        private List<AccountingPeriod> closed(String id, LocalDate d) {
            Enterprise e = byId.get(id);
            if (e == null) {
                return List.of();
            }
            return e.accounts().stream().filter(a -> a.basis() == org.fundingrules.model.AccountsBasis.APPROVED)
                    .filter(a -> !a.periodEnd().isAfter(d))
                    .sorted(Comparator.comparing(AccountingPeriod::periodEnd).reversed()).toList();
        }

        /** The smallest category whose staff ceiling and one of whose financial ceilings are met. */
        private SmeCategory category(BigDecimal staff, BigDecimal turnover, BigDecimal balance) {
            for (Ceilings k : thresholds.ceilings()) {
                if (staff.compareTo(k.staff().get()) < 0 && (turnover.compareTo(k.turnover().get()) <= 0
                        || balance.compareTo(k.balance().get()) <= 0)) {
                    return k.category();
                }
            }
            return SmeCategory.LARGE;
        }

        /**
         * Art. 4(2) as decision Q6 applies it: from the oldest period, the status moves only when two consecutive
         * periods are both on the same other side of it, and then to the nearer of their two categories.
         */
        private static SmeCategory status(List<SmeCategory> newestFirst) {
            List<SmeCategory> oldestFirst = new ArrayList<>(newestFirst);
            java.util.Collections.reverse(oldestFirst);
            SmeCategory status = oldestFirst.get(0);
            for (int i = 1; i < oldestFirst.size(); i++) {
                SmeCategory a = oldestFirst.get(i - 1);
                SmeCategory b = oldestFirst.get(i);
                if (a.compareTo(status) > 0 && b.compareTo(status) > 0) {
                    status = a.compareTo(b) < 0 ? a : b;
                } else if (a.compareTo(status) < 0 && b.compareTo(status) < 0) {
                    status = a.compareTo(b) > 0 ? a : b;
                }
            }
            return status;
        }

        // ---------------------------------------------------------------------------------------------------------
        // De minimis (Reg. 1407/2013, 2023/2831)
        // ---------------------------------------------------------------------------------------------------------

        DeMinimis deMinimis(Award w) {
            OpenCall call = calls.get(w.callId());
            ThirdParty t = parties.get(w.thirdPartyId());
            if (call == null || call.stateAid() == null || !call.stateAid().applies() || t == null
                    || t.enterpriseId() == null || call.stateAid().grantingMemberState() == null) {
                return null;
            }
            String ms = call.stateAid().grantingMemberState();
            String x = t.enterpriseId();
            LocalDate g = w.date();
            DeMinimisRegulation scheme = call.stateAid().schemeRegulation();
            Optional<AidLaw> inForce = aidLaw(g, scheme == null ? null : scheme.sourceId());
            if (inForce.isEmpty()) {
                return null;   // no de minimis regulation governs the grant: no ceiling to test
            }
            AidLaw a = inForce.get();
            Set<String> members = singleUndertaking(x, g);
            LocalDate from;
            if (a.regulation().equals(REG_1407)) {
                // no fiscal year given: calendar years (decision SA-3)
                MonthDay fye = byId.get(x).fiscalYearEnd() == null ? MonthDay.of(12, 31) : byId.get(x).fiscalYearEnd();
                // the fiscal year that contains the grant date, and the ones before it: so many fiscal years in all
                LocalDate end = fye.atYear(g.getYear());
                if (end.isBefore(g)) {
                    end = fye.atYear(g.getYear() + 1);
                }
                from = fye.atYear(end.getYear() - a.years()).plusDays(1);
            } else {
                from = g.minusYears(a.years()).plusDays(1);
            }
            String regulation = a.regulation();
            BigDecimal ceiling = a.ceiling();
            BigDecimal earlier = BigDecimal.ZERO;
            for (String id : members) {
                Enterprise e = byId.get(id);
                if (e == null) {
                    continue;
                }
                for (AidGrant ag : e.aidHistory()) {
                    if (ag.regime() == AidRegime.DE_MINIMIS && ms.equals(ag.memberState())
                            && !Boolean.TRUE.equals(ag.renounced()) && !ag.grantDate().isAfter(g)
                            && !ag.grantDate().isBefore(from)) {
                        earlier = earlier.add(eur(ag.grossAmount()));
                    }
                }
            }
            // SA-5: the other awards of the case to the single undertaking, under State-aid calls of the same State
            for (String m : members) {
                for (Award o : awardsTo.getOrDefault(m, List.of())) {   // awards to a member's third parties only
                    OpenCall oc = calls.get(o.callId());
                    if (o.id().equals(w.id()) || oc == null || oc.stateAid() == null || !oc.stateAid().applies()
                            || !ms.equals(oc.stateAid().grantingMemberState())) {
                        continue;
                    }
                    if (!o.date().isAfter(g) && !o.date().isBefore(from)) {
                        earlier = earlier.add(eur(o.amount()));
                    }
                }
            }
            BigDecimal total = earlier.add(eur(w.amount()));
            return new DeMinimis(w.id(), regulation, from, new TreeSet<>(members), earlier, ceiling,
                    ceiling.subtract(earlier).max(BigDecimal.ZERO), total.compareTo(ceiling) <= 0);
        }

        /** Art. 2(2): every undertaking in a control relation, directly or through others, with the recipient. */
        Set<String> singleUndertaking(String x, LocalDate g) {
            List<Holding> hs = inForce(x, g);
            Map<String, Set<String>> controls = new HashMap<>();   // controller -> controlled, directly or through
            while (true) {
                Map<String, Set<String>> now = new HashMap<>();
                for (Holding h : hs) {
                    String up = h.holderId();
                    if (person(up)) {
                        continue;   // a natural person is not an undertaking here (SA-1)
                    }
                    Set<String> group = new HashSet<>(controls.getOrDefault(up, Set.of()));
                    group.add(up);
                    BigDecimal votes = hs.stream().filter(o -> o.heldId().equals(h.heldId()))
                            .filter(o -> group.contains(o.holderId()))
                            .map(Holding::votingShare).reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (votes.compareTo(thresholds.aidMajority().get()) > 0 || !h.controlRights().isEmpty()) {
                        now.computeIfAbsent(up, k -> new HashSet<>()).add(h.heldId());
                    }
                }
                // through: control of a controlled undertaking's controlled undertakings
                boolean grew = true;
                while (grew) {
                    grew = false;
                    for (Map.Entry<String, Set<String>> e : now.entrySet()) {
                        for (String y : new ArrayList<>(e.getValue())) {
                            for (String z : now.getOrDefault(y, Set.of())) {
                                if (!z.equals(e.getKey())) {
                                    grew |= e.getValue().add(z);
                                }
                            }
                        }
                    }
                }
                if (now.equals(controls)) {
                    break;
                }
                controls = now;
            }
            Map<String, Set<String>> adj = new HashMap<>();
            controls.forEach((a, bs) -> bs.forEach(b -> {
                adj.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                adj.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }));
            return reach(adj, x);
        }

        // ---------------------------------------------------------------------------------------------------------
        // INNOSUP-01: the SME share
        // ---------------------------------------------------------------------------------------------------------

        Share share(boolean planned) {
            if (thresholds.topic() == null || !thresholds.topic().equals(c.action().topic())) {
                return null;   // the share is a condition of one work-programme topic only
            }
            if (c.budgetLines().isEmpty() || !planned && c.budgetLines().stream().allMatch(l -> l.spent() == null)) {
                return null;
            }
            Map<String, Beneficiary> bens = new LinkedHashMap<>();
            c.beneficiaries().forEach(b -> bens.put(b.id(), b));
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal sme = BigDecimal.ZERO;
            for (BudgetLine l : c.budgetLines()) {
                if (!planned && l.spent() == null) {
                    return new Share(false, null, null, false, null);   // undetermined
                }
                BigDecimal amount = eur(planned ? l.amount() : l.spent());
                total = total.add(amount);
                if (l.purpose() == BudgetPurpose.SERVICES_TO_SMES) {
                    sme = sme.add(amount);
                } else if (l.purpose() == BudgetPurpose.OWN_INNOVATION) {
                    Beneficiary b = bens.get(l.beneficiaryId());
                    if (b != null && b.enterpriseId() != null && sme(b.enterpriseId(), c.referenceDate()).sme()) {
                        sme = sme.add(amount);
                    }
                } else if (l.purpose() == BudgetPurpose.FINANCIAL_SUPPORT_TO_THIRD_PARTIES && planned
                        && l.smeEarmarked() != null) {
                    sme = sme.add(eur(l.smeEarmarked()));
                }
            }
            if (!planned) {
                for (Award w : c.awards()) {
                    ThirdParty t = parties.get(w.thirdPartyId());
                    if (t != null && t.enterpriseId() != null && sme(t.enterpriseId(), w.date()).sme()) {
                        sme = sme.add(eur(w.amount()));
                    }
                }
            }
            BigDecimal required = thresholds.minShare().get().multiply(total);
            boolean pass = sme.compareTo(required) >= 0;
            BigDecimal margin = pass ? sme.subtract(required).setScale(2, RoundingMode.DOWN)
                    : required.subtract(sme).setScale(2, RoundingMode.CEILING);
            return new Share(planned, sme, total, pass, margin);
        }
    }
}
