package org.fundingrules.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.facts.Amounts;
import org.fundingrules.model.AccountingPeriod;
import org.fundingrules.model.Action;
import org.fundingrules.model.Award;
import org.fundingrules.model.BudgetLine;
import org.fundingrules.model.BudgetPurpose;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.Enterprise;
import org.fundingrules.model.EnterpriseKind;
import org.fundingrules.model.ExchangeRate;
import org.fundingrules.model.Holding;
import org.fundingrules.model.JointGroup;
import org.fundingrules.model.OpenCall;

/**
 * Checks a case file: Bean Validation constraints on every record, then the cross-field rules no annotation can
 * state (duplicate ids, references to unknown ids, dates in the wrong order, amounts in a currency without a rate).
 * Reports every problem at once, by JSON path.
 */
public final class CaseValidator {
    static {
        QuietLibraries.apply();
    }

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new PlainMessages())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private CaseValidator() {
    }

    /** Throws {@link InvalidCaseException} with every problem found; returns normally when the case is valid. */
    public static void check(CaseFile file) {
        if (file == null) {
            throw new InvalidCaseException(List.of(new Problem("$", "NotNull", "the case file is missing")));
        }
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<CaseFile> v : VALIDATOR.validate(file)) {
            String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            problems.add(new Problem(path(v.getPropertyPath().toString()), code, message(v, code)));
        }
        crossCheck(file, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
    }

    /** A missing value says what is expected there ("required: a date ..."), not "must not be null". */
    private static String message(ConstraintViolation<?> v, String code) {
        if (v.getInvalidValue() != null || !code.equals("NotNull") && !code.equals("NotBlank")) {
            return v.getMessage();
        }
        java.lang.reflect.Type type = declaredType(v);
        return type == null ? v.getMessage() : "required: " + ValueWords.of(type);
    }

    /** The declared type of the value a violation is about: a record's field, or the element of a list field. */
    private static java.lang.reflect.Type declaredType(ConstraintViolation<?> v) {
        String property = null;
        boolean element = false;
        for (jakarta.validation.Path.Node n : v.getPropertyPath()) {
            if (n.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                property = n.getName();
                element = false;
            } else if (n.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                element = true;
            }
        }
        Object bean = v.getLeafBean();
        if (property == null || bean == null || !bean.getClass().isRecord()) {
            return null;
        }
        for (java.lang.reflect.RecordComponent c : bean.getClass().getRecordComponents()) {
            if (c.getName().equals(property)) {
                java.lang.reflect.Type t = c.getGenericType();
                return !element ? t : t instanceof java.lang.reflect.ParameterizedType p
                        ? p.getActualTypeArguments()[0] : null;
            }
        }
        return null;
    }

    private static String path(String propertyPath) {
        String p = propertyPath.replace(".<list element>", "").replace(".<iterable element>", "")
                .replace(".<map value>", "");
        return p.isEmpty() ? "$" : "$." + p;
    }

    private static void crossCheck(CaseFile f, List<Problem> problems) {
        Set<String> beneficiaries = ids(f.beneficiaries(), b -> b.id(), "beneficiaries", problems);
        Set<String> calls = ids(f.openCalls(), c -> c.id(), "openCalls", problems);
        Set<String> thirdParties = ids(f.thirdParties(), t -> t.id(), "thirdParties", problems);
        ids(f.awards(), a -> a.id(), "awards", problems);
        Set<String> rated = ids(f.exchangeRates(), r -> r.currency(), "exchangeRates", problems);
        for (int i = 0; i < f.exchangeRates().size(); i++) {
            ExchangeRate r = f.exchangeRates().get(i);
            if (r != null && "EUR".equals(r.currency())) {
                problems.add(new Problem("$.exchangeRates[" + i + "].currency", "invalid_value",
                        "amounts in EUR need no rate"));
            }
        }

        Action a = f.action();
        if (a != null) {
            checkAction(a, rated, problems);
        }
        checkCalls(f, beneficiaries, rated, problems);
        checkAwards(f, calls, thirdParties, rated, problems);
        checkEnterprises(f, rated, problems);
        checkBudget(f, beneficiaries, rated, problems);
        checkImpact(f, beneficiaries, calls, thirdParties, rated, problems);
        checkCountryCodes(f, problems);
        checkAidHistory(f, rated, problems);
        CaseLimits.check(f, problems);
    }

    /**
     * The aid histories of the enterprises (de minimis): ids unique over the whole case, gross amounts not negative,
     * Member States real country codes; the granting Member State of each call's State-aid basis a real code too.
     */
    private static void checkAidHistory(CaseFile f, Set<String> rated, List<Problem> problems) {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < f.enterprises().size(); i++) {
            Enterprise e = f.enterprises().get(i);
            if (e == null) {
                continue;
            }
            for (int j = 0; j < e.aidHistory().size(); j++) {
                var g = e.aidHistory().get(j);
                if (g == null) {
                    continue;
                }
                String at = "$.enterprises[" + i + "].aidHistory[" + j + "]";
                if (g.id() != null) {
                    String first = seen.putIfAbsent(g.id(), at);
                    if (first != null) {
                        problems.add(new Problem(at + ".id", "duplicate_id", quote(g.id()) + " is already used by "
                                + first));
                    }
                }
                money(at + ".grossAmount", g.grossAmount(), false, rated, problems);
                money(at + ".eligibleCosts", g.eligibleCosts(), true, rated, problems);
                if (g.transfer() != null && g.transfer().kind() != null) {
                    java.math.BigDecimal share = g.transfer().sharePercent();
                    if (g.transfer().kind() == org.fundingrules.model.TransferKind.SPLIT && share == null) {
                        problems.add(new Problem(at + ".transfer.sharePercent", "required_for_split",
                                "a split must give the share of the aid allocated to this enterprise (Art. 3(9))"));
                    } else if (g.transfer().kind() != org.fundingrules.model.TransferKind.SPLIT && share != null
                            && share.compareTo(java.math.BigDecimal.valueOf(100)) != 0) {
                        problems.add(new Problem(at + ".transfer.sharePercent", "whole_aid_counts",
                                "after a merger or an acquisition all prior aid counts (Art. 3(8)): give 100 or nothing"));
                    }
                }
                countryCode(at + ".memberState", g.memberState(), problems);
                checkTerms(at, g, rated, problems);
            }
        }
        for (int i = 0; i < f.openCalls().size(); i++) {
            OpenCall c = f.openCalls().get(i);
            if (c != null && c.stateAid() != null) {
                countryCode("$.openCalls[" + i + "].stateAid.grantingMemberState", c.stateAid().grantingMemberState(),
                        problems);
                // the basis of a de minimis scheme means nothing to support that is no de minimis aid: say so
                if (c.stateAid().schemeRegulation() != null && (!Boolean.TRUE.equals(c.stateAid().applies())
                        || c.stateAid().instrumentOrDefault() != org.fundingrules.model.AidInstrument.DE_MINIMIS)) {
                    problems.add(new Problem("$.openCalls[" + i + "].stateAid.schemeRegulation", "invalid_value",
                            "a de minimis scheme's regulation is given only for support granted as de minimis aid "
                                    + "(applies true, instrument DE_MINIMIS)"));
                }
                // decision SA-8: a register not checked cannot have covered three years
                org.fundingrules.model.DeMinimisMonitoring m = c.stateAid().monitoring();
                if (m != null && m.centralRegister() == org.fundingrules.model.CentralRegister.NONE
                        && Boolean.TRUE.equals(m.registerCoversThreeYears())) {
                    problems.add(new Problem("$.openCalls[" + i + "].stateAid.monitoring.registerCoversThreeYears",
                            "monitoring_inconsistent", "no central register was checked (centralRegister NONE), so "
                                    + "none can have covered three years: give false, or name the register checked"));
                }
            }
        }
    }

    /** Decision SA-9: the terms of a loan or a guarantee, complete for the method they name. */
    private static void checkTerms(String at, org.fundingrules.model.AidGrant g, Set<String> rated,
                                   List<Problem> problems) {
        org.fundingrules.model.AidTerms t = g.terms();
        if (t == null) {
            return;
        }
        String p = at + ".terms";
        boolean loan = g.form() == org.fundingrules.model.AidForm.LOAN;
        boolean guarantee = g.form() == org.fundingrules.model.AidForm.GUARANTEE;
        if (!loan && !guarantee) {
            problems.add(new Problem(p, "terms_form_mismatch", "terms are given only for an aid whose form is LOAN "
                    + "or GUARANTEE (Art. 4(3) and 4(6)); this aid's form is " + g.form()));
            return;
        }
        money(p + ".amount", t.amount(), true, rated, problems);
        money(p + ".underlyingLoan", t.underlyingLoan(), true, rated, problems);
        boolean safeHarbour = t.method() == org.fundingrules.model.GgeMethod.SAFE_HARBOUR;
        if (safeHarbour && t.durationMonths() == null) {
            problems.add(new Problem(p + ".durationMonths", "terms_incomplete",
                    "the safe harbour is judged by the duration: give it in months"));
        }
        if (loan && safeHarbour && t.collateralPercent() == null) {
            problems.add(new Problem(p + ".collateralPercent", "terms_incomplete",
                    "the safe harbour for a loan asks for collateral: give the share of the loan it covers"));
        }
        if (guarantee && safeHarbour && t.underlyingLoan() == null) {
            problems.add(new Problem(p + ".underlyingLoan", "terms_incomplete",
                    "the safe harbour for a guarantee limits its share of the loan: give the loan it guarantees"));
        }
        if (loan && t.underlyingLoan() != null) {
            problems.add(new Problem(p + ".underlyingLoan", "invalid_value",
                    "a loan has no underlying loan: give its principal as amount"));
        }
        if (guarantee && t.collateralPercent() != null) {
            problems.add(new Problem(p + ".collateralPercent", "invalid_value",
                    "the safe harbour for a guarantee asks for no collateral: give the share through underlyingLoan"));
        }
        if (Boolean.TRUE.equals(t.largeUndertaking()) && t.ratingAtLeastBMinus() == null) {
            problems.add(new Problem(p + ".ratingAtLeastBMinus", "terms_incomplete",
                    "for a large undertaking, say whether its situation was comparable to a credit rating of at "
                            + "least B- (Art. 4(3)(a) and 4(6)(a))"));
        }
        if (guarantee && t.amount() != null && t.underlyingLoan() != null
                && t.amount().getCurrency().equals(t.underlyingLoan().getCurrency())
                && t.amount().isGreaterThan(t.underlyingLoan())) {
            problems.add(new Problem(p + ".amount", "exceeds_total",
                    "the amount guaranteed is more than the loan it guarantees"));
        }
    }

    /**
     * The reporting plans, innovation reports and targets: periods in order and not overlapping, each report by one
     * company for a period of the plan that binds it (a third party's under a call that awarded it support), received
     * by the reference date and once per company and period; a target for a count a whole number, one per indicator
     * and date.
     */
    private static void checkImpact(CaseFile f, Set<String> beneficiaries, Set<String> calls, Set<String> thirdParties,
                                    Set<String> rated, List<Problem> problems) {
        Map<String, Map<String, org.fundingrules.model.ReportingPeriod>> plans = new HashMap<>();
        if (f.action() != null) {
            plans.put("", periods("$.action.reportingPlan", f.action().reportingPlan(), problems));
            List<org.fundingrules.model.ImpactTarget> targets = f.action().impactTargets();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < targets.size(); i++) {
                var t = targets.get(i);
                String at = "$.action.impactTargets[" + i + "]";
                if (t == null || t.indicator() == null || t.value() == null) {
                    continue;
                }
                if (t.indicator() != org.fundingrules.model.Indicator.TURNOVER_GROWTH
                        && t.value().stripTrailingZeros().scale() > 0) {
                    problems.add(new Problem(at + ".value", "not_whole", "a target for a count is a whole number"));
                }
                Integer first = seen.putIfAbsent(t.indicator() + " " + t.by(), i);
                if (first != null) {
                    problems.add(new Problem(at, "duplicate_target", "a target for " + t.indicator() + " by "
                            + t.by() + " is already given in $.action.impactTargets[" + first + "]"));
                }
            }
        }
        for (int i = 0; i < f.openCalls().size(); i++) {
            OpenCall c = f.openCalls().get(i);
            if (c != null && c.id() != null) {
                plans.putIfAbsent(c.id(), periods("$.openCalls[" + i + "].reportingPlan", c.reportingPlan(), problems));
            }
        }
        Map<String, Set<String>> supported = new HashMap<>();
        for (Award w : f.awards()) {
            if (w != null && w.thirdPartyId() != null) {
                supported.computeIfAbsent(w.thirdPartyId(), k -> new HashSet<>()).add(w.callId());
            }
        }
        ids(f.innovationReports(), org.fundingrules.model.InnovationReport::id, "innovationReports", problems);
        Map<String, Integer> once = new HashMap<>();
        for (int i = 0; i < f.innovationReports().size(); i++) {
            var r = f.innovationReports().get(i);
            if (r == null) {
                continue;
            }
            String at = "$.innovationReports[" + i + "]";
            money(at + ".turnover", r.turnover(), false, rated, problems);
            money(at + ".turnoverBaseline", r.turnoverBaseline(), false, rated, problems);
            if ((r.thirdPartyId() == null) == (r.beneficiaryId() == null)) {
                problems.add(new Problem(at, "one_reporter",
                        "a report is by one company: give thirdPartyId or beneficiaryId, not both and not neither"));
                continue;
            }
            String plan;
            String planName;
            if (r.thirdPartyId() != null) {
                ref(at + ".thirdPartyId", r.thirdPartyId(), thirdParties, "third party", problems);
                if (r.callId() == null) {
                    problems.add(new Problem(at + ".callId", "call_required", "a third party reports for a period "
                            + "of the plan of the open call that supported it: give callId"));
                    continue;
                }
                ref(at + ".callId", r.callId(), calls, "open call", problems);
                if (!calls.contains(r.callId())) {
                    continue;
                }
                if (thirdParties.contains(r.thirdPartyId())
                        && !supported.getOrDefault(r.thirdPartyId(), Set.of()).contains(r.callId())) {
                    problems.add(new Problem(at + ".callId", "not_supported", quote(r.thirdPartyId())
                            + " received no award under open call " + quote(r.callId())));
                }
                plan = r.callId();
                planName = "open call " + quote(r.callId());
            } else {
                ref(at + ".beneficiaryId", r.beneficiaryId(), beneficiaries, "beneficiary", problems);
                if (r.callId() != null) {
                    problems.add(new Problem(at + ".callId", "call_not_allowed", "a beneficiary reports for a period "
                            + "of the action's reporting plan: give no callId"));
                    continue;
                }
                plan = "";
                planName = "the action";
            }
            if (!plans.containsKey(plan)) {
                continue;   // no action: already reported
            }
            var period = plans.get(plan).get(r.periodId());
            if (period == null) {
                if (r.periodId() != null) {
                    problems.add(new Problem(at + ".periodId", "unknown_reference", "the reporting plan of "
                            + planName + " has no period " + quote(r.periodId())));
                }
                continue;
            }
            if (r.reported() != null && f.referenceDate() != null && r.reported().isAfter(f.referenceDate())) {
                problems.add(new Problem(at + ".reported", "after_reference_date", "the report was received on "
                        + r.reported() + ", after the reference date " + f.referenceDate()));
            }
            if (r.reported() != null && period.start() != null && r.reported().isBefore(period.start())) {
                problems.add(new Problem(at + ".reported", "end_before_start", "the report was received on "
                        + r.reported() + ", before its period starts (" + period.start() + ")"));
            }
            String key = (r.thirdPartyId() != null ? "t " + r.thirdPartyId() : "b " + r.beneficiaryId()) + " " + plan
                    + " " + r.periodId();
            Integer first = once.putIfAbsent(key, i);
            if (first != null) {
                problems.add(new Problem(at, "duplicate_report", "the same company already reports for period "
                        + quote(r.periodId()) + " of " + planName + " in $.innovationReports[" + first + "]"));
            }
        }
    }

    /** The periods of one plan by id, checked: ids unique, start <= end <= due, no two periods overlapping. */
    private static Map<String, org.fundingrules.model.ReportingPeriod> periods(String at,
            List<org.fundingrules.model.ReportingPeriod> plan, List<Problem> problems) {
        Map<String, org.fundingrules.model.ReportingPeriod> byId = new HashMap<>();
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            var p = plan.get(i);
            if (p == null || p.id() == null) {
                continue;
            }
            String here = at + "[" + i + "]";
            if (byId.putIfAbsent(p.id(), p) != null) {
                problems.add(new Problem(here + ".id", "duplicate_id", quote(p.id()) + " is already a period of "
                        + "this plan"));
            }
            if (p.start() == null || p.end() == null || p.due() == null) {
                continue;
            }
            if (p.end().isBefore(p.start())) {
                problems.add(new Problem(here + ".end", "end_before_start", "the period ends (" + p.end()
                        + ") before it starts (" + p.start() + ")"));
            } else if (p.due().isBefore(p.end())) {
                problems.add(new Problem(here + ".due", "end_before_start", "the report is due (" + p.due()
                        + ") before the period ends (" + p.end() + ")"));
            } else {
                dated.add(i);
            }
        }
        dated.sort(java.util.Comparator.comparing(i -> plan.get(i).start()));
        for (int k = 1; k < dated.size(); k++) {
            var before = plan.get(dated.get(k - 1));
            var p = plan.get(dated.get(k));
            if (!p.start().isAfter(before.end())) {
                problems.add(new Problem(at + "[" + dated.get(k) + "]", "overlapping_periods", "the period "
                        + quote(p.id()) + " starts (" + p.start() + ") before period " + quote(before.id())
                        + " ends (" + before.end() + ")"));
            }
        }
        return byId;
    }

    private static void checkBudget(CaseFile f, Set<String> beneficiaries, Set<String> rated, List<Problem> problems) {
        ids(f.budgetLines(), BudgetLine::id, "budgetLines", problems);
        javax.money.MonetaryAmount sum = null;
        boolean sameCurrency = true;
        for (int i = 0; i < f.budgetLines().size(); i++) {
            BudgetLine l = f.budgetLines().get(i);
            if (l == null) {
                continue;
            }
            String at = "$.budgetLines[" + i + "]";
            ref(at + ".beneficiaryId", l.beneficiaryId(), beneficiaries, "beneficiary", problems);
            money(at + ".amount", l.amount(), false, rated, problems);
            money(at + ".smeEarmarked", l.smeEarmarked(), false, rated, problems);
            money(at + ".spent", l.spent(), false, rated, problems);
            if (l.smeEarmarked() != null && l.purpose() != BudgetPurpose.FINANCIAL_SUPPORT_TO_THIRD_PARTIES) {
                problems.add(new Problem(at + ".smeEarmarked", "invalid_value",
                        "only a line of financial support to third parties has a share earmarked for SMEs"));
            }
            if (l.smeEarmarked() != null && l.amount() != null
                    && l.smeEarmarked().getCurrency().equals(l.amount().getCurrency())
                    && l.smeEarmarked().isGreaterThan(l.amount())) {
                problems.add(new Problem(at + ".smeEarmarked", "exceeds_total", "the part earmarked for SMEs exceeds the line"));
            }
            if (l.amount() != null) {
                if (sum == null) {
                    sum = l.amount();
                } else if (sum.getCurrency().equals(l.amount().getCurrency())) {
                    sum = sum.add(l.amount());
                } else {
                    sameCurrency = false;
                }
            }
        }
        // the planned lines are the whole proposed budget: they must add up to the action's total cost
        if (sum != null && sameCurrency && f.action() != null && f.action().totalCost() != null
                && sum.getCurrency().equals(f.action().totalCost().getCurrency())
                && !sum.isEqualTo(f.action().totalCost())) {
            problems.add(new Problem("$.budgetLines", "budget_mismatch", "the budget lines add up to "
                    + Amounts.money(sum.getNumber().numberValue(java.math.BigDecimal.class), sum.getCurrency()
                    .getCurrencyCode()) + " but the total cost is " + Amounts.money(f.action().totalCost().getNumber()
                    .numberValue(java.math.BigDecimal.class), sum.getCurrency().getCurrencyCode())));
        }
    }

    /**
     * The ISO 3166-1 alpha-2 codes, plus EL (Greece, as the EU writes it) and XK (Kosovo, a user-assigned code the EU
     * uses; H2020 General Annex A lists Kosovo among the third countries eligible for funding).
     */
    static final Set<String> COUNTRY_CODES = countryCodes();

    private static Set<String> countryCodes() {
        Set<String> codes = new java.util.TreeSet<>(java.util.Arrays.asList(java.util.Locale.getISOCountries()));
        codes.add("EL");
        codes.add("XK");
        return java.util.Collections.unmodifiableSet(codes);
    }

    /**
     * Every country code of the case names a real country: the pattern annotation only checks two capital letters.
     * Codes that fail the pattern are already reported there and are not reported twice.
     */
    private static void checkCountryCodes(CaseFile f, List<Problem> problems) {
        for (int i = 0; i < f.beneficiaries().size(); i++) {
            var b = f.beneficiaries().get(i);
            if (b != null) {
                countryCode("$.beneficiaries[" + i + "].country", b.country(), problems);
            }
        }
        for (int i = 0; i < f.thirdParties().size(); i++) {
            var t = f.thirdParties().get(i);
            if (t != null) {
                countryCode("$.thirdParties[" + i + "].country", t.country(), problems);
            }
        }
        for (int i = 0; i < f.openCalls().size(); i++) {
            OpenCall c = f.openCalls().get(i);
            if (c == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < c.eligibleCountries().size(); j++) {
                String code = c.eligibleCountries().get(j);
                String at = "$.openCalls[" + i + "].eligibleCountries[" + j + "]";
                countryCode(at, code, problems);
                if (code != null && !seen.add(code)) {
                    problems.add(new Problem(at, "duplicate_value", "country " + quote(code) + " is listed twice"));
                }
            }
        }
    }

    private static void countryCode(String path, String code, List<Problem> problems) {
        if (code == null || !code.matches("[A-Z]{2}") || COUNTRY_CODES.contains(code)) {
            return;
        }
        problems.add(new Problem(path, "unknown_country", "'" + code + "' is not an ISO 3166-1 alpha-2 country code"
                + ("UK".equals(code) ? " (the United Kingdom is GB)" : "")));
    }

    private static void checkEnterprises(CaseFile f, Set<String> rated, List<Problem> problems) {
        Set<String> enterprises = ids(f.enterprises(), Enterprise::id, "enterprises", problems);
        ids(f.holdings(), Holding::id, "holdings", problems);
        ids(f.jointGroups(), JointGroup::id, "jointGroups", problems);
        Map<String, EnterpriseKind> kinds = new HashMap<>();
        f.enterprises().stream().filter(java.util.Objects::nonNull).filter(e -> e.kind() != null)
                .forEach(e -> kinds.putIfAbsent(e.id(), e.kind()));
        for (int i = 0; i < f.thirdParties().size(); i++) {
            var t = f.thirdParties().get(i);
            if (t != null) {
                ref("$.thirdParties[" + i + "].enterpriseId", t.enterpriseId(), enterprises, "enterprise", problems);
            }
        }
        for (int i = 0; i < f.enterprises().size(); i++) {
            Enterprise e = f.enterprises().get(i);
            if (e == null) {
                continue;
            }
            String at = "$.enterprises[" + i + "]";
            if (e.localAuthority() != null) {
                money(at + ".localAuthority.annualBudget", e.localAuthority().annualBudget(), false, rated, problems);
            }
            Set<java.time.LocalDate> ends = new HashSet<>();
            for (int j = 0; j < e.accounts().size(); j++) {
                AccountingPeriod a = e.accounts().get(j);
                if (a == null) {
                    continue;
                }
                String ap = at + ".accounts[" + j + "]";
                if (a.periodEnd() != null && !ends.add(a.periodEnd())) {
                    problems.add(new Problem(ap + ".periodEnd", "duplicate_period",
                            "two accounting periods end on " + a.periodEnd()));
                }
                money(ap + ".turnover", a.turnover(), false, rated, problems);
                money(ap + ".balanceSheetTotal", a.balanceSheetTotal(), false, rated, problems);
                if (a.ownFunds() != null) {
                    money(ap + ".ownFunds.shareCapital", a.ownFunds().shareCapital(), false, rated, problems);
                    money(ap + ".ownFunds.sharePremium", a.ownFunds().sharePremium(), false, rated, problems);
                    money(ap + ".ownFunds.reserves", a.ownFunds().reserves(), false, rated, problems);
                    money(ap + ".ownFunds.accumulatedLosses", a.ownFunds().accumulatedLosses(), false, rated, problems);
                }
                for (int k = 0; k < a.consolidates().size(); k++) {
                    ref(ap + ".consolidates[" + k + "]", a.consolidates().get(k), enterprises, "enterprise", problems);
                }
            }
        }
        for (int i = 0; i < f.holdings().size(); i++) {
            Holding h = f.holdings().get(i);
            if (h == null) {
                continue;
            }
            String at = "$.holdings[" + i + "]";
            ref(at + ".holderId", h.holderId(), enterprises, "enterprise", problems);
            ref(at + ".heldId", h.heldId(), enterprises, "enterprise", problems);
            if (h.holderId() != null && h.holderId().equals(h.heldId())) {
                problems.add(new Problem(at + ".heldId", "self_holding", "an enterprise cannot hold itself"));
            }
            if (kinds.get(h.heldId()) == EnterpriseKind.NATURAL_PERSON) {
                problems.add(new Problem(at + ".heldId", "invalid_reference", "a natural person cannot be held"));
            }
            if (h.since() != null && h.until() != null && h.until().isBefore(h.since())) {
                problems.add(new Problem(at + ".until", "end_before_start", "the holding ends before it starts"));
            }
            money(at + ".investment", h.investment(), false, rated, problems);
        }
        // one stake per holder and enterprise at any time: tranches are given as one holding with their total
        // (compared within each holder-held pair, so that many holdings cost linear time)
        Map<String, List<Integer>> byPair = new HashMap<>();
        for (int i = 0; i < f.holdings().size(); i++) {
            Holding a = f.holdings().get(i);
            if (a == null || a.holderId() == null || a.heldId() == null) {
                continue;
            }
            List<Integer> same = byPair.computeIfAbsent(a.holderId() + "\u0000" + a.heldId(), k -> new ArrayList<>());
            for (int j : same) {
                if (overlap(a, f.holdings().get(j))) {
                    problems.add(new Problem("$.holdings[" + i + "]", "overlapping_holding", quote(a.holderId())
                            + " already holds " + quote(a.heldId()) + " in $.holdings[" + j + "] over the same dates; "
                            + "give one holding with the total"));
                    break;
                }
            }
            same.add(i);
        }
        for (int i = 0; i < f.enterprises().size(); i++) {
            org.fundingrules.model.Enterprise e = f.enterprises().get(i);
            if (e == null || e.governingBody() == null || e.governingBody().appointedBy() == null) {
                continue;
            }
            int appointed = 0;
            Set<String> appointers = new java.util.HashSet<>();
            for (int j = 0; j < e.governingBody().appointedBy().size(); j++) {
                org.fundingrules.model.SeatAppointment a = e.governingBody().appointedBy().get(j);
                if (a == null) {
                    continue;
                }
                String at = "$.enterprises[" + i + "].governingBody.appointedBy[" + j + "]";
                ref(at + ".holderId", a.holderId(), enterprises, "enterprise", problems);
                if (a.holderId() != null && a.holderId().equals(e.id())) {
                    problems.add(new Problem(at + ".holderId", "invalid_reference",
                            "an enterprise does not appoint its own governing body"));
                }
                if (a.holderId() != null && !appointers.add(a.holderId())) {
                    problems.add(new Problem(at + ".holderId", "duplicate_value",
                            "one entry per holder: give its seats together"));
                }
                appointed += a.seats() == null ? 0 : Math.max(0, a.seats());
            }
            if (e.governingBody().seats() != null && appointed > e.governingBody().seats()) {
                problems.add(new Problem("$.enterprises[" + i + "].governingBody.appointedBy", "invalid_value",
                        "the appointments add up to " + appointed + " members, more than the body's "
                                + e.governingBody().seats()));
            }
        }
        for (int i = 0; i < f.jointGroups().size(); i++) {
            JointGroup g = f.jointGroups().get(i);
            if (g == null || g.memberIds() == null) {
                continue;
            }
            for (int j = 0; j < g.memberIds().size(); j++) {
                String id = g.memberIds().get(j);
                String at = "$.jointGroups[" + i + "].memberIds[" + j + "]";
                ref(at, id, enterprises, "enterprise", problems);
                if (id != null && kinds.containsKey(id) && kinds.get(id) != EnterpriseKind.NATURAL_PERSON
                        && kinds.get(id) != EnterpriseKind.BUSINESS_ANGEL) {
                    problems.add(new Problem(at, "invalid_reference",
                            "members of a joint group are natural persons or business angels"));
                }
            }
            for (int j = 0; j < g.steers().size(); j++) {
                org.fundingrules.model.SteeredEnterprise st = g.steers().get(j);
                String id = st == null ? null : st.enterpriseId();
                String at = "$.jointGroups[" + i + "].steers[" + j + "].enterpriseId";
                ref(at, id, enterprises, "enterprise", problems);
                if (id != null && kinds.containsKey(id) && kinds.get(id) != EnterpriseKind.ENTERPRISE) {
                    problems.add(new Problem(at, "invalid_reference", "a joint group steers enterprises"));
                }
            }
        }
    }

    private static void checkAction(Action a, Set<String> rated, List<Problem> problems) {
        money("$.action.totalCost", a.totalCost(), true, rated, problems);
        money("$.action.requestedContribution", a.requestedContribution(), false, rated, problems);
        if (a.requestedContribution() != null && a.totalCost() != null
                && a.requestedContribution().getCurrency().equals(a.totalCost().getCurrency())
                && a.requestedContribution().isGreaterThan(a.totalCost())) {
            problems.add(new Problem("$.action.requestedContribution", "exceeds_total",
                    "the requested contribution exceeds the total cost"));
        }
        if (a.fstp() != null && a.fstp().capDerogation() != null) {
            money("$.action.fstp.capDerogation.maximumPerThirdParty", a.fstp().capDerogation().maximumPerThirdParty(),
                    true, rated, problems);
        }
    }

    private static void checkCalls(CaseFile f, Set<String> beneficiaries, Set<String> rated, List<Problem> problems) {
        for (int i = 0; i < f.openCalls().size(); i++) {
            OpenCall c = f.openCalls().get(i);
            String at = "$.openCalls[" + i + "]";
            if (c == null) {
                continue;
            }
            for (int j = 0; c.beneficiaryIds() != null && j < c.beneficiaryIds().size(); j++) {
                ref(at + ".beneficiaryIds[" + j + "]", c.beneficiaryIds().get(j), beneficiaries, "beneficiary",
                        problems);
            }
            if (c.opens() != null && c.closes() != null && c.closes().isBefore(c.opens())) {
                problems.add(new Problem(at + ".closes", "end_before_start", "the call closes (" + c.closes()
                        + ") before it opens (" + c.opens() + ")"));
            }
            money(at + ".maxPerThirdParty", c.maxPerThirdParty(), true, rated, problems);
            money(at + ".maxPerProject", c.maxPerProject(), true, rated, problems);
            money(at + ".prizeAmount", c.prizeAmount(), true, rated, problems);
            money(at + ".maxPerSme", c.maxPerSme(), true, rated, problems);
            if (new HashSet<>(c.activityTypes()).size() != c.activityTypes().size()) {
                problems.add(new Problem(at + ".activityTypes", "duplicate_value", "an activity type is listed twice"));
            }
        }
    }

    private static void checkAwards(CaseFile f, Set<String> calls, Set<String> thirdParties, Set<String> rated,
                                    List<Problem> problems) {
        Map<String, OpenCall> byId = new HashMap<>();
        for (OpenCall c : f.openCalls()) {
            if (c != null && c.id() != null) {
                byId.putIfAbsent(c.id(), c);
            }
        }
        for (int i = 0; i < f.awards().size(); i++) {
            Award w = f.awards().get(i);
            String at = "$.awards[" + i + "]";
            if (w == null) {
                continue;
            }
            ref(at + ".callId", w.callId(), calls, "open call", problems);
            ref(at + ".thirdPartyId", w.thirdPartyId(), thirdParties, "third party", problems);
            money(at + ".amount", w.amount(), false, rated, problems);
            money(at + ".eligibleCosts", w.eligibleCosts(), true, rated, problems);
            // the purpose-based exclusions are those of the de minimis Regulations (decision SA-EX3): a purpose
            // stated for support that is not de minimis aid would be read by no rule, so it is refused, not ignored
            OpenCall c = byId.get(w.callId());
            if (w.purpose() != null && c != null && !deMinimis(c)) {
                problems.add(new Problem(at + ".purpose", "purpose_not_de_minimis",
                        "the purpose of an award is stated only for support granted as de minimis aid (its call's "
                                + "stateAid: applies true, instrument DE_MINIMIS)"));
            }
        }
    }

    private static boolean deMinimis(OpenCall c) {
        return c.stateAid() != null && Boolean.TRUE.equals(c.stateAid().applies())
                && c.stateAid().instrumentOrDefault() == org.fundingrules.model.AidInstrument.DE_MINIMIS;
    }

    private static boolean overlap(Holding a, Holding b) {
        java.time.LocalDate min = java.time.LocalDate.MIN;
        java.time.LocalDate max = java.time.LocalDate.MAX;
        java.time.LocalDate aFrom = a.since() == null ? min : a.since();
        java.time.LocalDate aTo = a.until() == null ? max : a.until();
        java.time.LocalDate bFrom = b.since() == null ? min : b.since();
        java.time.LocalDate bTo = b.until() == null ? max : b.until();
        return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id, String array, List<Problem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = items.get(i) == null ? null : id.apply(items.get(i));
            if (key == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                String field = array.equals("exchangeRates") ? "currency" : "id";
                problems.add(new Problem("$." + array + "[" + i + "]." + field, "duplicate_id",
                        quote(key) + " is already used by $." + array + "[" + first + "]"));
            }
        }
        return seen.keySet();
    }

    private static void ref(String path, String id, Set<String> known, String what, List<Problem> problems) {
        if (id != null && !known.contains(id)) {
            problems.add(new Problem(path, "unknown_reference", "no " + what + " has id " + quote(id)));
        }
    }

    /** A value of the input quoted back, cut to a readable length (an id of 99 999 characters was repeated whole). */
    static String quote(String value) {
        return "'" + (value.codePointCount(0, value.length()) <= 60 ? value
                : value.substring(0, value.offsetByCodePoints(0, 57)) + "...") + "'";
    }

    private static void money(String path, MonetaryAmount m, boolean strictlyPositive, Set<String> rated,
                              List<Problem> problems) {
        if (m == null) {
            return;
        }
        if (m.isNegative() || (strictlyPositive && m.isZero())) {
            problems.add(new Problem(path + ".amount", "negative_amount",
                    strictlyPositive ? "must be greater than 0" : "must not be negative"));
        }
        // the same bounds the JSON reader applies, for amounts built in Java
        java.math.BigDecimal d = m.getNumber().numberValue(java.math.BigDecimal.class).stripTrailingZeros();
        int digits = m.getCurrency().getDefaultFractionDigits();
        if (digits >= 0 && d.scale() > digits) {
            problems.add(new Problem(path + ".amount", "sub_cent_amount", d.toPlainString() + " "
                    + m.getCurrency().getCurrencyCode() + " is finer than the currency's smallest unit: at most "
                    + digits + " decimals"));
        }
        if (d.precision() - d.scale() > 12) {
            problems.add(new Problem(path + ".amount", "out_of_range", "the amount " + d.toPlainString()
                    + " is out of range: at most 12 digits before the decimal point"));
        }
        String currency = m.getCurrency().getCurrencyCode();
        if (!"EUR".equals(currency) && !rated.contains(currency)) {
            problems.add(new Problem(path + ".currency", "no_exchange_rate",
                    "amounts in " + currency + " need a rate in $.exchangeRates"));
        }
    }
}
