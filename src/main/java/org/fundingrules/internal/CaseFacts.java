package org.fundingrules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.fundingrules.NotAssessed;
import org.fundingrules.facts.ActionFact;
import org.fundingrules.facts.AwardFact;
import org.fundingrules.facts.BeneficiaryFact;
import org.fundingrules.facts.LegalEntity;
import org.fundingrules.facts.OpenCallFact;
import org.fundingrules.facts.Paths;
import org.fundingrules.facts.Subject;
import org.fundingrules.facts.ThirdPartyFact;
import org.fundingrules.model.Action;
import org.fundingrules.model.Award;
import org.fundingrules.model.Beneficiary;
import org.fundingrules.model.CaseFile;
import org.fundingrules.model.ExchangeRate;
import org.fundingrules.model.OpenCall;
import org.fundingrules.model.ThirdParty;

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
                !file.openCalls().isEmpty() || !file.awards().isEmpty()));

        for (OpenCall c : sorted(file.openCalls(), OpenCall::id)) {
            subjects.add(new OpenCallFact(c.id(), c.form(), blankToNull(c.objectives()),
                    c.activityTypes().stream().sorted().toList(), blankToNull(c.eligibleRecipients()),
                    blankToNull(c.awardCriteria()), blankToNull(c.amountCriteria()), eur.apply(c.maxPerThirdParty()),
                    blankToNull(c.maxCriteria()), eur.apply(c.maxPerProject()),
                    blankToNull(c.participationConditions()), eur.apply(c.prizeAmount()),
                    blankToNull(c.paymentArrangements())));
        }
        for (ThirdParty t : sorted(file.thirdParties(), ThirdParty::id)) {
            subjects.add(new ThirdPartyFact(t.id(), t.name(), LegalEntity.normalize(t.name()), t.country(), t.pic(),
                    t.vatNumber()));
        }
        for (Award w : sorted(file.awards(), Award::id)) {
            subjects.add(new AwardFact(w.id(), w.callId(), w.thirdPartyId(), w.projectId(), eur.apply(w.amount()),
                    w.date(), blankToNull(w.activityType())));
        }
        for (Beneficiary b : sorted(file.beneficiaries(), Beneficiary::id)) {
            others.add(new BeneficiaryFact(b.id(), b.name(), LegalEntity.normalize(b.name()), b.country(), b.pic(),
                    b.vatNumber()));
            notAssessed.add(new NotAssessed(Paths.item("beneficiaries", b.id()),
                    "no verdict of its own: read by fstp.recipient_not_beneficiary (a recipient must not be "
                            + "a beneficiary of the same grant)"));
        }
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

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
