package org.fundingrules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.fundingrules.trace.Evaluation.NotAssessed;
import org.fundingrules.facts.AccountsFact;
import org.fundingrules.facts.ActionFact;
import org.fundingrules.facts.Amounts;
import org.fundingrules.facts.AwardFact;
import org.fundingrules.facts.BeneficiaryFact;
import org.fundingrules.facts.BudgetLineFact;
import org.fundingrules.facts.BudgetView;
import org.fundingrules.facts.EnterpriseFact;
import org.fundingrules.facts.HoldingFact;
import org.fundingrules.facts.ImpactFacts;
import org.fundingrules.facts.JointGroupFact;
import org.fundingrules.facts.LegalEntity;
import org.fundingrules.facts.Markets;
import org.fundingrules.facts.OpenCallFact;
import org.fundingrules.facts.Paths;
import org.fundingrules.facts.StateAidFacts;
import org.fundingrules.facts.Subject;
import org.fundingrules.facts.ThirdPartyFact;
import org.fundingrules.model.AccountingPeriod;
import org.fundingrules.model.Action;
import org.fundingrules.model.AidGrant;
import org.fundingrules.model.Award;
import org.fundingrules.model.Beneficiary;
import org.fundingrules.model.BudgetLine;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.Enterprise;
import org.fundingrules.model.ExchangeRate;
import org.fundingrules.model.Holding;
import org.fundingrules.model.InnovationReport;
import org.fundingrules.model.JointGroup;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.ReportingPeriod;
import org.fundingrules.model.ThirdParty;
import org.fundingrules.json.CaseLimits;

/**
 * The facts of one validated case file, in a fixed order (by id), with every amount converted to EUR exactly
 * (amount times the case's rate, no rounding). Also lists the items that get no verdict of their own.
 *
 * @param subjects the items verdicts are given on: the action, open calls, third parties, awards
 * @param others facts rules read but give no verdict on (beneficiaries)
 * @param notAssessed the input items without a verdict, with the reason
 */
record CaseFacts(List<Subject> subjects, List<Object> others, List<NotAssessed> notAssessed) {

    static CaseFacts of(CaseFile file) {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (ExchangeRate r : file.exchangeRates()) {
            rates.put(r.currency(), r.eurPerUnit());
        }
        Map<String, Integer> rateUses = new HashMap<>();
        Converter eur = amount -> {
            if (amount == null) {
                return null;
            }
            BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
            String currency = amount.getCurrency().getCurrencyCode();
            if ("EUR".equals(currency)) {
                return Amounts.normalize(value);
            }
            rateUses.merge(currency, 1, Integer::sum);
            return Amounts.normalize(value.multiply(Objects.requireNonNull(rates.get(currency), currency)));
        };

        List<Subject> subjects = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        List<NotAssessed> notAssessed = new ArrayList<>();

        Action a = file.action();
        var fstp = a.fstp();
        subjects.add(new ActionFact(a.id(), a.programme(), a.topic(), a.startDate(), a.durationMonths(),
                eur.apply(a.totalCost()),
                fstp == null ? null : fstp.topicProvidesFstp(),
                fstp == null ? null : blankToNull(fstp.topicReference()),
                fstp == null || fstp.capDerogation() == null ? null
                        : eur.apply(fstp.capDerogation().maximumPerThirdParty()),
                !file.openCalls().isEmpty() || !file.awards().isEmpty(), a.signatureDate()));

        Map<String, Subject> planSubjects = new HashMap<>();
        planSubjects.put(org.fundingrules.facts.ImpactFacts.ACTION, subjects.get(0));
        for (OpenCall c : sorted(file.openCalls(), OpenCall::id)) {
            subjects.add(new OpenCallFact(c.id(), c.form(), blankToNull(c.objectives()),
                    c.activityTypes().stream().sorted().toList(), blankToNull(c.eligibleRecipients()),
                    blankToNull(c.awardCriteria()), blankToNull(c.amountCriteria()), eur.apply(c.maxPerThirdParty()),
                    blankToNull(c.maxCriteria()), eur.apply(c.maxPerProject()),
                    blankToNull(c.participationConditions()), eur.apply(c.prizeAmount()),
                    blankToNull(c.paymentArrangements()), Boolean.TRUE.equals(c.smeOnly()),
                    c.eligibleCountries().stream().sorted().distinct().toList(), c.minSmesPerProject(),
                    c.minCountriesPerProject(), c.minSectorsPerProject(), eur.apply(c.maxPerSme())));
            planSubjects.put(c.id(), subjects.get(subjects.size() - 1));
        }
        for (ThirdParty t : sorted(file.thirdParties(), ThirdParty::id)) {
            subjects.add(new ThirdPartyFact(t.id(), t.name(), LegalEntity.normalize(t.name()), t.country(), t.pic(),
                    t.vatNumber(), t.enterpriseId(), t.declaredSme()));
        }
        for (Award w : sorted(file.awards(), Award::id)) {
            subjects.add(new AwardFact(w.id(), w.callId(), w.thirdPartyId(), w.projectId(), eur.apply(w.amount()),
                    w.date(), blankToNull(w.activityType()), eur.apply(w.eligibleCosts()), w.costCategory(),
                    w.purpose()));
        }
        for (Beneficiary b : sorted(file.beneficiaries(), Beneficiary::id)) {
            others.add(new BeneficiaryFact(b.id(), b.name(), LegalEntity.normalize(b.name()), b.country(), b.pic(),
                    b.vatNumber(), b.enterpriseId()));
            notAssessed.add(new NotAssessed(Paths.item("beneficiaries", b.id()),
                    "no verdict of its own: read by fstp.recipient_not_beneficiary (a recipient must not be "
                            + "a beneficiary of the same grant) and by the SME share of the budget; its country is "
                            + "judged on the action by eligibility.beneficiary_country"
                            + (b.enterpriseId() == null ? "" : "; its SME status is the verdict on enterprise "
                            + b.enterpriseId())));
        }
        Map<String, OpenCall> calls = new HashMap<>();
        file.openCalls().forEach(c -> calls.put(c.id(), c));
        Map<String, ThirdParty> parties = new HashMap<>();
        file.thirdParties().forEach(t -> parties.put(t.id(), t));
        smeFacts(file, eur, calls, parties, subjects, others, notAssessed);
        budgetFacts(file, eur, subjects, others, notAssessed);
        stateAidFacts(file, eur, calls, parties, others, notAssessed);
        impactFacts(file, eur, planSubjects, others, notAssessed);
        for (ExchangeRate r : sorted(file.exchangeRates(), ExchangeRate::currency)) {
            int uses = rateUses.getOrDefault(r.currency(), 0);
            notAssessed.add(new NotAssessed("$.exchangeRates[?(@.currency=='" + r.currency() + "')]",
                    uses == 0 ? "not used: no amount in the case is in " + r.currency()
                            : "used to convert " + uses + " amount(s) in " + r.currency() + " to EUR"));
        }
        return new CaseFacts(List.copyOf(subjects), List.copyOf(others), List.copyOf(notAssessed));
    }

    private interface Converter extends java.util.function.Function<MonetaryAmount, BigDecimal> {
    }

    /**
     * The reporting plans of the calls and of the action, the innovation reports and the action's targets (the
     * indicators of topic INNOSUP-01's expected impact).
     */
    private static void impactFacts(CaseFile file, Converter eur, Map<String, Subject> planSubjects,
                                    List<Object> others, List<NotAssessed> notAssessed) {
        Map<String, Map<String, LocalDate>> ends = new HashMap<>();
        java.util.function.BiConsumer<String, List<ReportingPeriod>> plan = (id, periods) -> {
            if (periods.isEmpty()) {
                return;
            }
            others.add(new ImpactFacts.PlanFact(id, planSubjects.get(id)));
            String at = id.equals(ImpactFacts.ACTION) ? "$.action.reportingPlan"
                    : Paths.item("openCalls", id) + ".reportingPlan";
            for (ReportingPeriod p : sorted(periods, ReportingPeriod::id)) {
                others.add(new ImpactFacts.PeriodFact(id, p.id(), p.start(), p.end(), p.due(),
                        at + "[?(@.id=='" + p.id() + "')]"));
                ends.computeIfAbsent(id, k -> new HashMap<>()).put(p.id(), p.end());
            }
        };
        plan.accept(ImpactFacts.ACTION, file.action().reportingPlan());
        for (OpenCall c : sorted(file.openCalls(), OpenCall::id)) {
            plan.accept(c.id(), c.reportingPlan());
        }
        for (InnovationReport r : sorted(file.innovationReports(), InnovationReport::id)) {
            String planId = r.thirdPartyId() != null ? r.callId() : ImpactFacts.ACTION;
            var e = r.resourceEfficiency();
            others.add(new ImpactFacts.ReportFact(r.id(), r.thirdPartyId() != null ? "thirdParties/" + r.thirdPartyId()
                    : "beneficiaries/" + r.beneficiaryId(), planId, r.periodId(), ends.get(planId).get(r.periodId()),
                    r.reported(), r.source(), r.products(), r.services(), r.processes(), r.marketingMethods(),
                    r.organisationalMethods(), eur.apply(r.turnover()), eur.apply(r.turnoverBaseline()),
                    e == null ? null : e.unit(), e == null ? null : e.baseline(), e == null ? null : e.value(),
                    e == null ? null : e.better()));
            notAssessed.add(new NotAssessed(Paths.item("innovationReports", r.id()), "no verdict of its own: "
                    + "summed in impact.indicators on " + (planId.equals(ImpactFacts.ACTION) ? "the action"
                    : "open call " + planId + " and on the action") + "; its timeliness is judged by "
                    + "impact.reports.on_time when the plan owes it"));
        }
        file.action().impactTargets().stream().sorted(Comparator.comparing(
                        (org.fundingrules.model.ImpactTarget t) -> t.indicator()).thenComparing(t -> t.by()))
                .forEach(t -> others.add(new ImpactFacts.TargetFact(t.indicator(), t.value(), t.by())));
    }

    /** Budget lines and the views of the SME share judged on them (INNOSUP-01). */
    private static void budgetFacts(CaseFile file, Converter eur, List<Subject> subjects, List<Object> others,
                                    List<NotAssessed> notAssessed) {
        if (file.budgetLines().isEmpty()) {
            return;
        }
        boolean reported = false;
        for (BudgetLine l : sorted(file.budgetLines(), BudgetLine::id)) {
            others.add(new BudgetLineFact(l.id(), l.beneficiaryId(), l.purpose(), eur.apply(l.amount()),
                    eur.apply(l.smeEarmarked()), eur.apply(l.spent())));
            reported |= l.spent() != null;
        }
        subjects.add(new BudgetView(BudgetView.PLANNED, file.referenceDate()));
        if (reported) {
            subjects.add(new BudgetView(BudgetView.ACTUAL, file.referenceDate()));
        } else {
            notAssessed.add(new NotAssessed("$.budgetLines[*].spent",
                    "no spending reported on any budget line: the actual SME share is not judged yet"));
        }
    }

    /** Enterprises, holdings, accounts and the SME questions the case asks (Recommendation 2003/361/EC). */
    private static void smeFacts(CaseFile file, Converter eur, Map<String, OpenCall> calls,
                                 Map<String, ThirdParty> parties, List<Subject> subjects, List<Object> others,
                                 List<NotAssessed> notAssessed) {
        // the ownership structure of each id: derivations join an assessment only with the facts of its structure
        Map<String, String> structures = CaseLimits.structures(file);
        java.util.function.Function<String, String> structureOf = id -> structures.getOrDefault(id, id);
        java.util.Set<String> asked = new java.util.TreeSet<>();
        for (Enterprise e : file.enterprises()) {
            if (Boolean.TRUE.equals(e.assess())) {
                asked.add(e.id());
            }
        }
        for (ThirdParty t : file.thirdParties()) {
            if (t.enterpriseId() != null) {
                asked.add(t.enterpriseId());
            }
        }
        for (Beneficiary b : file.beneficiaries()) {
            if (b.enterpriseId() != null) {
                asked.add(b.enterpriseId());
            }
        }
        java.util.Set<org.fundingrules.facts.Assessment> assessments = new java.util.TreeSet<>(
                Comparator.comparing(org.fundingrules.facts.Assessment::enterpriseId)
                        .thenComparing(org.fundingrules.facts.Assessment::asOf));
        asked.forEach(id -> assessments.add(new org.fundingrules.facts.Assessment(file.referenceDate(), id,
                structureOf.apply(id))));
        // the recipient of an award under a call for SMEs only is assessed as of the award's date (decision Q7); so is
        // every member of an applicant project under a call that counts SMEs or caps the support per SME
        // (composition decision ELIG-4)
        for (Award w : file.awards()) {
            ThirdParty t = parties.get(w.thirdPartyId());
            OpenCall c = calls.get(w.callId());
            // (and for the SME share of actual awards, every recipient with enterprise data)
            // (and under a State-aid call granting GBER Art. 28 aid or excluding undertakings in difficulty: SMEs only,
            // and the SME carve-outs of GBER Art. 2(18))
            boolean gberOrDifficulty = c.stateAid() != null && Boolean.TRUE.equals(c.stateAid().applies())
                    && (c.stateAid().instrumentOrDefault() == org.fundingrules.model.AidInstrument.GBER_ART_28
                    || Boolean.TRUE.equals(c.stateAid().excludesUndertakingsInDifficulty()));
            boolean needsStatus = Boolean.TRUE.equals(c.smeOnly()) || c.minSmesPerProject() != null
                    || c.maxPerSme() != null || !file.budgetLines().isEmpty() || gberOrDifficulty;
            if (needsStatus && t.enterpriseId() != null) {
                assessments.add(new org.fundingrules.facts.Assessment(w.date(), t.enterpriseId(),
                        structureOf.apply(t.enterpriseId())));
            }
        }
        others.addAll(assessments);

        for (Enterprise e : sorted(file.enterprises(), Enterprise::id)) {
            EnterpriseFact fact = new EnterpriseFact(e.id(), e.name(), e.kind(), Boolean.TRUE.equals(e.publicBody()),
                    e.markets().stream().sorted().toList(),
                    e.localAuthority() == null ? null : eur.apply(e.localAuthority().annualBudget()),
                    e.localAuthority() == null ? null : e.localAuthority().inhabitants(), e.declaredCategory(),
                    structureOf.apply(e.id()), e.established());
            if (asked.contains(e.id())) {
                subjects.add(fact);
            } else {
                others.add(fact);
                notAssessed.add(new NotAssessed(fact.path(), "its SME status is not asked for (no third party "
                        + "names it and assess is not set); read by the SME rules as part of an ownership structure"));
            }
            for (AccountingPeriod a : sorted(e.accounts(), x -> x.periodEnd().toString())) {
                others.add(new AccountsFact(e.id(), a.periodEnd(), a.basis(), a.staffAwu(), a.staff(),
                        eur.apply(a.turnover()), eur.apply(a.balanceSheetTotal()), Boolean.TRUE.equals(a.consolidated()),
                        a.consolidates().stream().sorted().toList(),
                        a.ownFunds() == null ? null : eur.apply(a.ownFunds().shareCapital()),
                        a.ownFunds() == null ? null : eur.apply(a.ownFunds().sharePremium()),
                        a.ownFunds() == null ? null : eur.apply(a.ownFunds().reserves()),
                        a.ownFunds() == null ? null : eur.apply(a.ownFunds().accumulatedLosses()),
                        a.debtToEquity(), a.interestCoverage(), structureOf.apply(e.id())));
            }
        }
        // the holdings that lie on a cycle of holdings (of any date): the only ones an ownership cycle can run through
        List<org.fundingrules.facts.Reachability.Edge> edges = new ArrayList<>();
        for (Holding h : file.holdings()) {
            edges.add(new org.fundingrules.facts.Reachability.Edge(h.holderId(), h.heldId()));
        }
        Map<String, String> cycles = org.fundingrules.facts.Reachability.cycles(edges);
        for (Holding h : sorted(file.holdings(), Holding::id)) {
            String cycle = cycles.get(h.holderId());
            others.add(new HoldingFact(h.id(), h.holderId(), h.heldId(), h.capitalShare(), h.votingShare(),
                    h.controlRights().stream().sorted().toList(), eur.apply(h.investment()), h.since(), h.until(),
                    structureOf.apply(h.holderId()), cycle != null && cycle.equals(cycles.get(h.heldId())) ? cycle : null));
            notAssessed.add(new NotAssessed(Paths.item("holdings", h.id()),
                    "no verdict of its own: read by the SME rules (partner and linked enterprises, public bodies)"));
        }
        for (Enterprise e : sorted(file.enterprises(), Enterprise::id)) {
            if (e.governingBody() != null) {
                for (org.fundingrules.model.SeatAppointment a : e.governingBody().appointedBy()) {
                    others.add(new org.fundingrules.facts.AppointmentFact(e.id(), a.holderId(), a.seats(),
                            e.governingBody().seats(), structureOf.apply(e.id())));
                }
            }
        }
        for (JointGroup g : sorted(file.jointGroups(), JointGroup::id)) {
            List<String> members = g.memberIds().stream().sorted().toList();
            java.util.Map<String, String> through = new java.util.TreeMap<>();
            for (org.fundingrules.model.SteeredEnterprise st : g.steers()) {
                through.put(st.enterpriseId(), st.through().name());
            }
            others.add(new JointGroupFact(g.id(), members,
                    members.isEmpty() ? null : structureOf.apply(members.get(0)), List.copyOf(through.keySet()),
                    through));
            notAssessed.add(new NotAssessed(Paths.item("jointGroups", g.id()),
                    "no verdict of its own: read by the SME rules (links through natural persons acting jointly)"));
        }
        others.add(new Markets(file.adjacentMarkets()));
    }

    /** The calls' State-aid bases, the enterprises' aid histories and fiscal profiles (rules/state_aid). */
    private static void stateAidFacts(CaseFile file, Converter eur, Map<String, OpenCall> calls,
                                      Map<String, ThirdParty> parties, List<Object> others,
                                      List<NotAssessed> notAssessed) {
        for (OpenCall c : sorted(file.openCalls(), OpenCall::id)) {
            if (c.stateAid() != null) {
                others.add(new StateAidFacts.StateAidCall(c.id(), Boolean.TRUE.equals(c.stateAid().applies()),
                        c.stateAid().basis(), c.stateAid().grantingMemberState(), c.stateAid().instrumentOrDefault(),
                        Boolean.TRUE.equals(c.stateAid().excludesUndertakingsInDifficulty()),
                        c.stateAid().schemeRegulation() == null ? null : c.stateAid().schemeRegulation().sourceId()));
                if (c.stateAid().monitoring() != null) {
                    others.add(new StateAidFacts.DeMinimisMonitoringFact(c.id(),
                            c.stateAid().monitoring().centralRegister(),
                            Boolean.TRUE.equals(c.stateAid().monitoring().registerCoversThreeYears()),
                            Boolean.TRUE.equals(c.stateAid().monitoring().declarationsObtained())));
                }
            }
        }
        // every award of the case under a State-aid call is de minimis aid to its recipient, which the other awards
        // to the same single undertaking must count (decision SA-5)
        for (Award w : sorted(file.awards(), Award::id)) {
            OpenCall c = calls.get(w.callId());
            ThirdParty t = parties.get(w.thirdPartyId());
            if (c.stateAid() != null && Boolean.TRUE.equals(c.stateAid().applies())
                    && c.stateAid().grantingMemberState() != null && t.enterpriseId() != null) {
                boolean gber = c.stateAid().instrumentOrDefault() == org.fundingrules.model.AidInstrument.GBER_ART_28;
                others.add(new StateAidFacts.AidFact("award " + w.id(), t.enterpriseId(),
                        String.join(", ", c.beneficiaryIds()), c.stateAid().grantingMemberState(),
                        gber ? org.fundingrules.model.AidRegime.GBER : org.fundingrules.model.AidRegime.DE_MINIMIS,
                        w.date(), eur.apply(w.amount()), false, w.id(), gber ? "28" : null,
                        gber ? w.costCategory() : null, null, org.fundingrules.model.AidForm.GRANT));
            }
        }
        for (Enterprise e : sorted(file.enterprises(), Enterprise::id)) {
            others.add(new StateAidFacts.AidProfile(e.id(),
                    e.fiscalYearEnd() == null ? java.time.MonthDay.of(12, 31) : e.fiscalYearEnd(),
                    e.fiscalYearEnd() != null, e.roadFreightForHire(), e.outstandingRecoveryOrder()));
            others.add(new StateAidFacts.DifficultyProfile(e.id(), e.established(), e.difficulty()));
            for (AidGrant g : sorted(e.aidHistory(), AidGrant::id)) {
                StateAidFacts.AidFact aid = new StateAidFacts.AidFact(g.id(), e.id(), blankToNull(g.grantor()),
                        g.memberState(), g.regime(), g.grantDate(), eur.apply(g.grossAmount()),
                        Boolean.TRUE.equals(g.renounced()), null, blankToNull(g.gberArticle()), g.costCategory(),
                        g.transfer(), g.form());
                others.add(aid);
                if (g.terms() != null) {
                    org.fundingrules.model.AidTerms t = g.terms();
                    others.add(new org.fundingrules.facts.GgeFacts.AidTermsFact(g.id(), e.id(), g.form(), t.method(),
                            eur.apply(t.amount()), t.underlyingLoan() == null ? null : eur.apply(t.underlyingLoan()),
                            t.durationMonths(), t.collateralPercent(), t.collectiveInsolvency(),
                            t.largeUndertaking(), t.ratingAtLeastBMinus(), g.grantDate(), aid.path() + ".terms"));
                }
                notAssessed.add(new NotAssessed(aid.path(), "no verdict of its own: read by the de minimis rules, "
                        + "which count it or leave it out, with the reason, on each award to its single undertaking"));
            }
        }
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
