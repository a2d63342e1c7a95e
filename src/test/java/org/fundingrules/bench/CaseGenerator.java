package org.fundingrules.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fundingrules.model.AccountingPeriod;
import org.fundingrules.model.AccountsBasis;
import org.fundingrules.model.Action;
import org.fundingrules.model.AidGrant;
import org.fundingrules.model.AidRegime;
import org.fundingrules.model.Award;
import org.fundingrules.model.Beneficiary;
import org.fundingrules.model.BudgetLine;
import org.fundingrules.model.BudgetPurpose;
import org.fundingrules.model.CapDerogation;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.ControlRight;
import org.fundingrules.model.Enterprise;
import org.fundingrules.model.EnterpriseKind;
import org.fundingrules.model.FstpProvision;
import org.fundingrules.model.Holding;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.SmeCategory;
import org.fundingrules.model.StateAid;
import org.fundingrules.model.StateAidBasis;
import org.fundingrules.model.SupportForm;
import org.fundingrules.model.ThirdParty;
import org.javamoney.moneta.Money;

/**
 * Realistic, seeded case files for benchmarks and property tests (issue 7): an INNOSUP-01 action with one beneficiary
 * running one open call whose support is de minimis aid granted by Italy, and N applicants. Each applicant is a third
 * party with an ownership structure of one to eight entries (its own enterprise; linked parents and subsidiaries,
 * partners up- and downstream, enterprises linked to a partner, partners of a linked enterprise, a cross holding, a
 * venture-capital investor within the exempt limit, a public body, a natural person, and now and then an ownership
 * cycle), two or three accounting periods per enterprise, zero to six earlier aid grants over the four years before
 * its awards, and one or two awards. Figures, award totals, earlier aid and the budget's SME share are drawn near
 * their thresholds often enough that both outcomes occur; the thresholds are those of a rule set's parameter files
 * ({@link LawParameters}, the packaged rules unless given), so that cases made for an edited copy of the rules are
 * near its thresholds.
 *
 * <p>The same seed gives the same cases. Applicant {@code i} is drawn from the seed and {@code i} alone, so
 * {@link #openCall(int)} and {@link #applicants(int)} hold the same applicants (with their ids), and the stream can
 * be consumed in parallel. Every case is valid input (checked by {@code CaseGeneratorTest}).
 *
 * <p>Left out on purpose (the {@link Oracle} does not model them): consolidated accounts, good-faith estimates, staff
 * given as lines rather than annual work units, joint groups of natural persons and adjacent markets, business
 * angels and local authorities, holdings that start or end, road freight, transfers of earlier aid, currencies other
 * than EUR, GBER Article 28 calls.
 */
public final class CaseGenerator {
    /** The date every generated case is judged as of. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 9, 30);
    /** The Member State that grants the call's de minimis aid. */
    public static final String GRANTING_MEMBER_STATE = "IT";
    public static final String ACTION_ID = "GEN-1";
    public static final String BENEFICIARY_ID = "b1";
    public static final String CALL_ID = "oc1";
    public static final String ACTIVITY = "innovation voucher";

    private static final LocalDate FIRST_AWARD = LocalDate.of(2023, 3, 1);
    private static final LocalDate LAST_AWARD = LocalDate.of(2025, 6, 30);
    /** The higher maximum per third party of an action with a derogation (case data, not a parameter). */
    private static final BigDecimal DEROGATION_CAP = new BigDecimal("100000.00");
    private static final String[] COUNTRIES = {"IT", "DE", "FR", "ES", "NL", "AT", "EL", "PL"};
    private static final String[] MARKETS = {"C26", "C28.1", "J62", "M72", "C22", "C29.3"};

    private final long seed;
    private final LawParameters law;
    /** The maximum per third party in force on the reference date. */
    private final BigDecimal cap;
    /** The minimum SME share in force on the reference date, as a fraction {@code shareP / shareQ} in lowest terms. */
    private final long shareP;
    private final long shareQ;
    /** Ranges the planned and the actual SME share are drawn from, around the minimum. */
    private final double plannedLow;
    private final double plannedHigh;
    private final double actualLow;
    private final double actualHigh;
    /** The SME ceilings on the reference date: micro, small, medium-sized. */
    private final double[] staffCeilings = new double[3];
    private final double[] turnoverCeilings = new double[3];
    private final double[] balanceCeilings = new double[3];

    /** Cases near the thresholds of the packaged rules. */
    public CaseGenerator(long seed) {
        this(seed, LawParameters.packaged());
    }

    /** Cases near the thresholds the given parameters set. */
    public CaseGenerator(long seed, LawParameters law) {
        this.seed = seed;
        this.law = law;
        this.cap = law.amount("fstp.max_per_third_party", REFERENCE_DATE);
        BigDecimal share = law.amount("budget.sme_share.min", REFERENCE_DATE);
        BigDecimal exact = share.stripTrailingZeros();
        BigInteger p = exact.scale() > 0 ? exact.unscaledValue() : exact.toBigIntegerExact();
        BigInteger q = exact.scale() > 0 ? BigInteger.TEN.pow(exact.scale()) : BigInteger.ONE;
        BigInteger gcd = p.gcd(q);
        this.shareP = p.divide(gcd).longValueExact();
        this.shareQ = q.divide(gcd).longValueExact();
        this.plannedLow = share.subtract(new BigDecimal("0.15")).doubleValue();
        this.plannedHigh = share.add(new BigDecimal("0.15")).doubleValue();
        this.actualLow = share.subtract(new BigDecimal("0.10")).doubleValue();
        this.actualHigh = share.add(new BigDecimal("0.20")).doubleValue();
        SmeCategory[] categories = {SmeCategory.MICRO, SmeCategory.SMALL, SmeCategory.MEDIUM};
        for (int k = 0; k < categories.length; k++) {
            String key = categories[k].key();
            staffCeilings[k] = law.amount("sme.staff." + key, REFERENCE_DATE).doubleValue();
            turnoverCeilings[k] = law.amount("sme.turnover." + key, REFERENCE_DATE).doubleValue();
            balanceCeilings[k] = law.amount("sme.balance." + key, REFERENCE_DATE).doubleValue();
        }
    }

    /** One case file: the action, its beneficiary, one open call and {@code applicants} applicants with their awards. */
    public CaseFile openCall(int applicants) {
        if (applicants < 1) {
            throw new IllegalArgumentException("at least one applicant");
        }
        SplittableRandom r = random(-1);
        boolean derogation = r.nextInt(10) == 0;
        List<Applicant> as = new ArrayList<>(applicants);
        for (int i = 0; i < applicants; i++) {
            as.add(applicant(i, derogation));
        }
        return assemble(as, derogation, r);
    }

    /** {@code n} small case files, one per applicant (applicant {@code i} is the same as in {@link #openCall(int)}). */
    public Stream<CaseFile> applicants(int n) {
        return IntStream.range(0, n).mapToObj(this::applicantCase);
    }

    /** The small case file of applicant {@code i} alone. */
    public CaseFile applicantCase(int i) {
        SplittableRandom r = random(-2 - (long) i);
        boolean derogation = r.nextInt(10) == 0;
        return assemble(List.of(applicant(i, derogation)), derogation, r);
    }

    // -----------------------------------------------------------------------------------------------------------

    /** One applicant's entries of the case file. */
    private record Applicant(ThirdParty thirdParty, List<Enterprise> enterprises, List<Holding> holdings,
                             List<Award> awards) {
    }

    private SplittableRandom random(long stream) {
        // a distinct, reproducible stream per applicant (SplittableRandom mixes the seed well)
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L);
    }

    private CaseFile assemble(List<Applicant> applicants, boolean derogation, SplittableRandom r) {
        List<ThirdParty> tps = new ArrayList<>();
        List<Enterprise> es = new ArrayList<>();
        List<Holding> hs = new ArrayList<>();
        List<Award> ws = new ArrayList<>();
        for (Applicant a : applicants) {
            tps.add(a.thirdParty());
            es.addAll(a.enterprises());
            hs.addAll(a.holdings());
            ws.addAll(a.awards());
        }
        BigDecimal awarded = ws.stream().map(w -> amount(w.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);

        // the budget: planned support to third parties at least what was awarded; the SME share near 75 %
        BigDecimal fstp = awarded.multiply(new BigDecimal("1.10")).setScale(0, RoundingMode.CEILING)
                .max(new BigDecimal("50000")).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal services = fstp.multiply(decimal(r, 0.2, 0.8)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal own = fstp.multiply(decimal(r, 0.02, 0.1)).setScale(2, RoundingMode.HALF_UP);
        // (earmarked + services) / total near the minimum share: exactly at it, a cent either side, or anywhere from 15
        // points below it to 15 above
        BigDecimal earmarked = fstp.multiply(decimal(r, 0.7, 1.0)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal smePart = earmarked.add(services);
        BigDecimal total;
        int pick = r.nextInt(4);
        if (pick == 0) {
            // total = smePart / (p/q) exactly when smePart is a multiple of p cents; nudge the earmark to make it so
            long cents = earmarked.movePointRight(2).longValueExact();
            long s = smePart.movePointRight(2).longValueExact();
            earmarked = BigDecimal.valueOf(cents - s % shareP, 2);
            smePart = earmarked.add(services);
            total = smePart.multiply(BigDecimal.valueOf(shareQ))
                    .divide(BigDecimal.valueOf(shareP), 2, RoundingMode.UNNECESSARY)
                    .add(BigDecimal.valueOf(r.nextInt(3) - 1, 2));
        } else {
            total = smePart.divide(decimal(r, plannedLow, plannedHigh), 2, RoundingMode.HALF_UP);
        }
        BigDecimal other = total.subtract(fstp).subtract(services).subtract(own);
        if (other.signum() < 0) {
            // the SME part is too large for a share this low: give the rest to the earmarked part's line instead
            other = BigDecimal.ZERO.setScale(2);
            total = fstp.add(services).add(own);
        }
        // spending reported: support to third parties is what was awarded, the rest about as planned
        BigDecimal servicesSpent = services.multiply(decimal(r, 0.5, 1.0)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal ownSpent = own.multiply(decimal(r, 0.5, 1.0)).setScale(2, RoundingMode.HALF_UP);
        // the other costs spent put the actual share near the minimum if every recipient were an SME
        BigDecimal ifAllSme = awarded.add(servicesSpent);
        BigDecimal otherSpent = ifAllSme.divide(decimal(r, actualLow, actualHigh), 2, RoundingMode.HALF_UP)
                .subtract(ifAllSme).subtract(ownSpent).max(BigDecimal.ZERO);
        List<BudgetLine> budget = List.of(
                line("bl-own", "personnel", BudgetPurpose.OWN_INNOVATION, own, ownSpent)
                        .description("the cluster's own innovation work").build(),
                line("bl-fstp", "financial support to third parties", BudgetPurpose.FINANCIAL_SUPPORT_TO_THIRD_PARTIES,
                        fstp, awarded).smeEarmarked(eur(earmarked)).description("innovation vouchers").build(),
                line("bl-services", "personnel", BudgetPurpose.SERVICES_TO_SMES, services, servicesSpent)
                        .description("coaching of SMEs").build(),
                line("bl-other", "other direct and indirect costs", BudgetPurpose.OTHER, other, otherSpent)
                        .description("coordination, dissemination, indirect costs").build());

        CapDerogation cap = derogation ? new CapDerogation(eur(DEROGATION_CAP), "WP 2018-2020 Part 7, p. 42",
                "Annex 1, section 1.3.2") : null;
        Action action = Action.builder()
                .id(ACTION_ID)
                .acronym("GENERATED")
                .programme("H2020")
                .topic("INNOSUP-01-2018-2020")
                .startDate(LocalDate.of(2022, 9, 1))
                .durationMonths(36)
                .totalCost(eur(total))
                .requestedContribution(eur(total.multiply(new BigDecimal("0.7")).setScale(2, RoundingMode.DOWN)))
                .fstp(FstpProvision.builder()
                        .topicProvidesFstp(true)
                        .topicReference("WP 2018-2020 Part 7")
                        .capDerogation(cap)
                        .build())
                .signatureDate(LocalDate.of(2022, 7, 15))
                .build();
        Beneficiary b1 = Beneficiary.builder()
                .id(BENEFICIARY_ID)
                .name("Generated Cluster")
                .country("IT")
                .pic("999000001")
                .type("cluster")
                .build();
        OpenCall call = OpenCall.builder()
                .id(CALL_ID)
                .title("Open call for innovation vouchers")
                .beneficiaryIds(List.of(BENEFICIARY_ID))
                .form(SupportForm.GRANT)
                .opens(LocalDate.of(2023, 1, 10))
                .closes(LocalDate.of(2023, 2, 28))
                .objectives("Objectives and results.")
                .activityTypes(List.of(ACTIVITY, "demonstration"))
                .eligibleRecipients("SMEs established in the EU.")
                .awardCriteria("Excellence, impact.")
                .amountCriteria("Lump sum per voucher.")
                .maxPerThirdParty(eur(derogation ? DEROGATION_CAP : this.cap))
                .maxCriteria("Fixed per voucher.")
                .stateAid(StateAid.builder()
                        .applies(true)
                        .basis(StateAidBasis.REQUIRED_BY_CALL)
                        .grantingMemberState(GRANTING_MEMBER_STATE)
                        .build())
                .build();
        return CaseFile.builder()
                .referenceDate(REFERENCE_DATE)
                .action(action)
                .beneficiaries(List.of(b1))
                .openCalls(List.of(call))
                .thirdParties(tps)
                .awards(ws)
                .enterprises(es)
                .holdings(hs)
                .budgetLines(budget)
                .notes("generated by CaseGenerator, seed " + seed)
                .build();
    }

    /** A line of the beneficiary's budget: planned and spent. */
    private static BudgetLine.Builder line(String id, String category, BudgetPurpose purpose, BigDecimal amount,
                                           BigDecimal spent) {
        return BudgetLine.builder().id(id).beneficiaryId(BENEFICIARY_ID).category(category).purpose(purpose)
                .amount(eur(amount)).spent(eur(spent));
    }

    /** Roles an entry of an ownership structure can play towards the applicant's enterprise (e0). */
    private enum Role {
        LINKED_PARENT, PARTNER_PARENT, MINOR_HOLDER, LINKED_SUBSIDIARY, PARTNER_SUBSIDIARY, PARENT_OF_LINKED,
        LINKED_TO_PARTNER, PARTNER_OF_LINKED, CROSS_PARTNER, INVESTOR, PUBLIC_BODY, PERSON
    }

    private Applicant applicant(int i, boolean derogation) {
        SplittableRandom r = random(i);
        String p = "a" + i + "-";
        String e0 = p + "e0";
        int size = 1 + Math.min(r.nextInt(8), r.nextInt(8));          // 1..8, smaller structures more often
        int lastYear = r.nextBoolean() ? 2023 : 2024;
        int periods = lastYear == 2024 ? 3 : 2 + r.nextInt(2);
        MonthDay fiscalYearEnd = r.nextInt(5) == 0 ? (r.nextBoolean() ? MonthDay.of(6, 30) : MonthDay.of(3, 31)) : null;

        List<Enterprise> es = new ArrayList<>();
        List<Holding> hs = new ArrayList<>();
        List<String> linked = new ArrayList<>();      // enterprises linked to e0 (parents and subsidiaries)
        List<String> partners = new ArrayList<>();    // partner enterprises of e0
        double votesInE0 = 0;                          // share of e0's votes already held by others
        boolean sawLinkedParent = false;
        es.add(null);                                  // e0, built last (its aid history names the others)
        List<String> ids = new ArrayList<>(List.of(e0));
        for (int j = 1; j < size; j++) {
            String id = p + "e" + j;
            Role role = Role.values()[r.nextInt(Role.values().length)];
            if ((role == Role.PARENT_OF_LINKED || role == Role.PARTNER_OF_LINKED) && linked.isEmpty()
                    || role == Role.LINKED_TO_PARTNER && partners.isEmpty()
                    || role == Role.CROSS_PARTNER && partners.isEmpty()) {
                role = Role.PARTNER_SUBSIDIARY;
            }
            if (role == Role.LINKED_PARENT && sawLinkedParent) {
                role = Role.LINKED_SUBSIDIARY;
            }
            String hid = p + "h" + hs.size();
            EnterpriseKind kind = EnterpriseKind.ENTERPRISE;
            switch (role) {
                case LINKED_PARENT -> {
                    BigDecimal votes = majority(r, 100 - votesInE0);
                    if (votes == null) {
                        role = Role.LINKED_SUBSIDIARY;
                        hs.add(holding(hid, e0, id, majority(r, 100), r));
                        linked.add(id);
                    } else {
                        votesInE0 += votes.doubleValue();
                        sawLinkedParent = true;
                        hs.add(holding(hid, id, e0, votes, r));
                        linked.add(id);
                    }
                }
                case LINKED_SUBSIDIARY -> {
                    hs.add(holding(hid, e0, id, majority(r, 100), r));
                    linked.add(id);
                }
                case PARTNER_PARENT, MINOR_HOLDER, INVESTOR, PUBLIC_BODY, PERSON -> {
                    BigDecimal s = switch (role) {
                        case PARTNER_PARENT -> partnerShare(r);
                        case MINOR_HOLDER -> pick(r, "24.99", "10.00", "5.00", "20.00");
                        case INVESTOR -> pick(r, "50.00", "49.99", "35.00", "20.00", "30.00");
                        case PUBLIC_BODY -> pick(r, "24.99", "25.00", "10.00", "30.00");
                        default -> pick(r, "24.99", "30.00", "15.00", "40.00");
                    };
                    if (votesInE0 + s.doubleValue() > 100) {
                        s = BigDecimal.valueOf((long) Math.floor(100 - votesInE0), 0).setScale(2);
                    }
                    if (s.signum() <= 0) {
                        // e0 is fully held: make it a partner downstream instead
                        role = Role.PARTNER_SUBSIDIARY;
                        hs.add(holding(hid, e0, id, partnerShare(r), r));
                        partners.add(id);
                    } else {
                        votesInE0 += s.doubleValue();
                        kind = switch (role) {
                            case INVESTOR -> EnterpriseKind.VENTURE_CAPITAL_COMPANY;
                            case PUBLIC_BODY -> EnterpriseKind.PUBLIC_BODY;
                            case PERSON -> EnterpriseKind.NATURAL_PERSON;
                            default -> EnterpriseKind.ENTERPRISE;
                        };
                        boolean influence = role == Role.PARTNER_PARENT && !sawLinkedParent && r.nextInt(6) == 0;
                        Holding h = holding(hid, id, e0, s, r);
                        if (influence) {
                            // a minority holder with a dominant influence under the articles: linked, and one
                            // undertaking with e0 for de minimis
                            h = h.toBuilder().controlRights(List.of(ControlRight.DOMINANT_INFLUENCE)).build();
                            sawLinkedParent = true;
                            linked.add(id);
                        } else if (role == Role.PARTNER_PARENT
                                || role == Role.MINOR_HOLDER && h.capitalShare().compareTo(new BigDecimal(25)) >= 0) {
                            partners.add(id);
                        }
                        hs.add(h);
                    }
                }
                case PARTNER_SUBSIDIARY -> {
                    hs.add(holding(hid, e0, id, partnerShare(r), r));
                    partners.add(id);
                }
                case PARENT_OF_LINKED -> {
                    hs.add(holding(hid, id, linked.get(r.nextInt(linked.size())), majority(r, 100), r));
                    linked.add(id);
                }
                case PARTNER_OF_LINKED -> hs.add(holding(hid, id, linked.get(r.nextInt(linked.size())),
                        partnerShare(r), r));
                case LINKED_TO_PARTNER -> {
                    String partner = partners.get(r.nextInt(partners.size()));
                    if (r.nextBoolean()) {
                        hs.add(holding(hid, id, partner, majority(r, 100), r));
                    } else {
                        hs.add(holding(hid, partner, id, majority(r, 100), r));
                    }
                }
                case CROSS_PARTNER -> {
                    // e0 also holds a stake in one of its partners, or the partner in e0: the greater percentage
                    // counts; the entry itself is a downstream partner
                    hs.add(holding(hid, e0, id, partnerShare(r), r));
                    partners.add(id);
                    String other = partners.get(r.nextInt(partners.size()));
                    boolean e0HoldsIt = hs.stream().anyMatch(h -> h.holderId().equals(e0) && h.heldId().equals(other));
                    if (!e0HoldsIt) {
                        hs.add(holding(p + "h" + hs.size(), e0, other, partnerShare(r), r));
                    } else {
                        BigDecimal s = partnerShare(r);
                        boolean holdsE0 = hs.stream().anyMatch(h -> h.holderId().equals(other) && h.heldId().equals(e0));
                        if (!holdsE0 && votesInE0 + s.doubleValue() <= 100) {
                            votesInE0 += s.doubleValue();
                            hs.add(holding(p + "h" + hs.size(), other, e0, s, r));
                        }
                    }
                }
                default -> throw new IllegalStateException(role.name());
            }
            es.add(entry(id, kind, lastYear, periods, r, List.of(), null));
            ids.add(id);
        }
        // the odd cycle: a linked subsidiary holds a small stake back in e0
        if (r.nextInt(8) == 0 && votesInE0 <= 90) {
            hs.stream().filter(h -> h.holderId().equals(e0) && h.votingShare().compareTo(new BigDecimal(50)) > 0)
                    .filter(h -> hs.stream().noneMatch(x -> x.holderId().equals(h.heldId()) && x.heldId().equals(e0)))
                    .findFirst().ifPresent(h -> hs.add(holding(p + "h" + hs.size(), h.heldId(), e0,
                            new BigDecimal("10.00"), r)));
        }

        // awards: one or two, their total near the maximum per third party often enough
        BigDecimal cap = derogation ? DEROGATION_CAP : this.cap;
        BigDecimal total = switch (r.nextInt(4)) {
            case 0 -> cap.add(BigDecimal.valueOf(r.nextInt(3) - 1, 2));
            case 1 -> cap.subtract(BigDecimal.valueOf(r.nextInt(500_000), 2));
            default -> BigDecimal.valueOf(500_000 + r.nextLong(cap.movePointRight(2).longValueExact() - 500_000), 2);
        };
        int awardCount = r.nextInt(3) == 0 ? 2 : 1;
        LocalDate first = FIRST_AWARD.plusDays(r.nextInt((int) (LAST_AWARD.toEpochDay() - FIRST_AWARD.toEpochDay())));
        List<Award> ws = new ArrayList<>();
        if (awardCount == 1) {
            ws.add(award(p + "w0", "a" + i, total, first));
        } else {
            BigDecimal part = total.multiply(decimal(r, 0.3, 0.7)).setScale(2, RoundingMode.HALF_UP);
            LocalDate second = r.nextInt(4) == 0 ? first : first.plusDays(30 + r.nextInt(300));
            if (second.isAfter(LAST_AWARD)) {
                second = LAST_AWARD;
            }
            ws.add(award(p + "w0", "a" + i, part, first));
            ws.add(award(p + "w1", "a" + i, total.subtract(part), second));
        }

        // earlier aid: zero to six grants over the four years before the first award, to members of the structure
        // (mostly e0), near the ceiling often enough
        int grants = r.nextInt(7);
        BigDecimal ceiling = deMinimisCeiling(first);
        BigDecimal target = switch (r.nextInt(3)) {
            case 0 -> ceiling.subtract(total).add(BigDecimal.valueOf(r.nextInt(2_000_001) - 1_000_000, 2));
            case 1 -> ceiling.subtract(total).add(BigDecimal.valueOf(r.nextInt(3) - 1, 2));
            default -> BigDecimal.valueOf(r.nextLong(25_000_000), 2);
        };
        target = target.max(BigDecimal.ZERO);
        List<List<AidGrant>> histories = new ArrayList<>();
        for (int j = 0; j < ids.size(); j++) {
            histories.add(new ArrayList<>());
        }
        BigDecimal left = target;
        for (int g = 0; g < grants; g++) {
            BigDecimal amount = g == grants - 1 ? left
                    : left.multiply(decimal(r, 0.1, 0.6)).setScale(2, RoundingMode.HALF_UP);
            left = left.subtract(amount);
            int to = r.nextInt(3) == 0 ? r.nextInt(ids.size()) : 0;
            if (es.get(to) != null && es.get(to).kind() == EnterpriseKind.NATURAL_PERSON) {
                to = 0;
            }
            int kind = r.nextInt(20);
            AidRegime regime = kind == 0 ? AidRegime.GBER : kind == 1 ? AidRegime.DE_MINIMIS_SGEI : AidRegime.DE_MINIMIS;
            String ms = r.nextInt(10) == 0 ? "FR" : GRANTING_MEMBER_STATE;
            boolean renounced = r.nextInt(15) == 0;
            LocalDate date = first.minusDays(r.nextInt(4 * 365 + 1));
            histories.get(to).add(AidGrant.builder()
                    .id(p + "g" + g)
                    .grantor("Regional agency")
                    .memberState(ms)
                    .regime(regime)
                    .grantDate(date)
                    .grossAmount(eur(amount))
                    .renounced(renounced ? Boolean.TRUE : null)
                    .gberArticle(regime == AidRegime.GBER ? "25" : null)
                    .build());
        }
        es.set(0, entry(e0, EnterpriseKind.ENTERPRISE, lastYear, periods, r, histories.get(0), fiscalYearEnd));
        for (int j = 1; j < es.size(); j++) {
            if (!histories.get(j).isEmpty()) {
                es.set(j, es.get(j).toBuilder().aidHistory(histories.get(j)).build());
            }
        }

        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        ThirdParty tp = ThirdParty.builder()
                .id("a" + i)
                .name("Applicant " + i)
                .country(country)
                .vatNumber(country + String.format("%09d", i))
                .enterpriseId(e0)
                .declaredSme(r.nextInt(3) == 0 ? Boolean.TRUE : null)
                .build();
        return new Applicant(tp, es, hs, ws);
    }

    /** The de minimis ceiling of the regulation in force on a grant date. */
    private BigDecimal deMinimisCeiling(LocalDate grant) {
        String regulation = law.text("state_aid.de_minimis.regulation", grant);
        return law.amount(Oracle.REG_1407.equals(regulation) ? "state_aid.de_minimis_1407.ceiling"
                : "state_aid.de_minimis_2831.ceiling", grant);
    }

    private static Award award(String id, String thirdParty, BigDecimal amount, LocalDate date) {
        return Award.builder()
                .id(id)
                .callId(CALL_ID)
                .thirdPartyId(thirdParty)
                .amount(eur(amount))
                .date(date)
                .activityType(ACTIVITY)
                .build();
    }

    /** An entry of a structure; enterprises and investors with two or three accounting periods. */
    private Enterprise entry(String id, EnterpriseKind kind, int lastYear, int periods, SplittableRandom r,
                             List<AidGrant> aid, MonthDay fiscalYearEnd) {
        List<AccountingPeriod> accounts = new ArrayList<>();
        boolean figures = kind != EnterpriseKind.NATURAL_PERSON && kind != EnterpriseKind.PUBLIC_BODY;
        if (figures) {
            double staff = staff(r);
            double turnover = money(r, staff, turnoverCeilings);
            double balance = money(r, staff, balanceCeilings) * 0.8;
            for (int k = 0; k < periods; k++) {
                LocalDate end = LocalDate.of(lastYear - k, 12, 31);
                // a drift from year to year, so that a ceiling is sometimes crossed in one period only
                double drift = k == 0 ? 1 : 0.8 + 0.4 * r.nextDouble();
                accounts.add(AccountingPeriod.builder()
                        .periodEnd(end)
                        .basis(AccountsBasis.APPROVED)
                        .staffAwu(BigDecimal.valueOf(Math.round(staff * drift * 10), 1))
                        .turnover(eur(BigDecimal.valueOf(Math.round(turnover * drift * 100), 2)))
                        .balanceSheetTotal(eur(BigDecimal.valueOf(Math.round(balance * drift * 100), 2)))
                        .build());
            }
        }
        List<String> markets = kind == EnterpriseKind.NATURAL_PERSON ? List.of()
                : List.of(MARKETS[r.nextInt(MARKETS.length)]);
        String country = kind == EnterpriseKind.NATURAL_PERSON ? null : COUNTRIES[r.nextInt(COUNTRIES.length)];
        return Enterprise.builder()
                .id(id)
                .name((kind == EnterpriseKind.NATURAL_PERSON ? "Person " : "Entity ") + id)
                .country(country)
                .established(figures ? LocalDate.of(2005 + r.nextInt(15), 1 + r.nextInt(12), 1) : null)
                .markets(markets)
                .kind(kind)
                .accounts(accounts)
                .aidHistory(aid)
                .fiscalYearEnd(fiscalYearEnd)
                .outstandingRecoveryOrder(Boolean.FALSE)
                .build();
    }

    /** Staff in annual work units, near the micro, small and medium-sized staff ceilings often enough. */
    private double staff(SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> staffCeilings[0] - 0.5 + r.nextDouble();
            case 1 -> staffCeilings[1] - 1 + 2 * r.nextDouble();
            case 2 -> staffCeilings[2] - 5 + 10 * r.nextDouble();
            default -> Math.exp(r.nextDouble() * Math.log(400));
        };
    }

    /** A euro figure near one of the ceilings (micro, small, medium-sized), or in proportion to the staff. */
    private static double money(SplittableRandom r, double staff, double[] ceilings) {
        return switch (r.nextInt(6)) {
            case 0 -> ceilings[2] * (0.98 + 0.04 * r.nextDouble());
            case 1 -> ceilings[1] * (0.98 + 0.04 * r.nextDouble());
            case 2 -> ceilings[0] * (0.98 + 0.04 * r.nextDouble());
            default -> staff * (80_000 + 160_000 * r.nextDouble());
        };
    }

    private static Holding holding(String id, String holder, String held, BigDecimal votes, SplittableRandom r) {
        // capital usually equals the votes; sometimes it differs (the greater counts for partners, votes link)
        BigDecimal capital = votes;
        if (r.nextInt(5) == 0) {
            capital = votes.add(BigDecimal.valueOf(r.nextInt(2001) - 1000, 2)).max(BigDecimal.ZERO)
                    .min(new BigDecimal("100.00"));
        }
        return Holding.builder().id(id).holderId(holder).heldId(held).capitalShare(capital).votingShare(votes).build();
    }

    /** A majority of the votes, at most {@code room}; null when no majority fits. */
    private static BigDecimal majority(SplittableRandom r, double room) {
        if (room <= 50.01) {
            return null;
        }
        BigDecimal v = r.nextInt(4) == 0 ? new BigDecimal("50.01") : BigDecimal.valueOf(5001 + r.nextInt(5000), 2);
        return v.doubleValue() > room ? new BigDecimal("50.01") : v;
    }

    /** A partner's share, at the 25 % and 50 % edges often enough. */
    private static BigDecimal partnerShare(SplittableRandom r) {
        return r.nextInt(3) == 0 ? pick(r, "25.00", "50.00", "24.99") : BigDecimal.valueOf(2500 + r.nextInt(2501), 2);
    }

    private static BigDecimal pick(SplittableRandom r, String... values) {
        return new BigDecimal(values[r.nextInt(values.length)]);
    }

    private static BigDecimal decimal(SplittableRandom r, double from, double to) {
        return BigDecimal.valueOf(from + (to - from) * r.nextDouble()).setScale(6, RoundingMode.HALF_UP);
    }

    private static BigDecimal amount(javax.money.MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }

    private static Money eur(BigDecimal amount) {
        return Money.of(amount, "EUR");
    }
}
