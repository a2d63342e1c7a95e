package org.fundingrules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Verdict;
import org.fundingrules.facts.Subject;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Message;
import org.fundingrules.json.CaseValidator;

/** Validates a case, runs the engine and assembles the verdicts in a fixed order. */
public final class Evaluator {
    /** The library version, from the build. */
    public static final String VERSION = readVersion();

    /** Criteria order within a verdict: by rule id, then the parts that tell two findings of one rule apart. */
    private static final Comparator<Criterion> CRITERIA = Comparator.comparing(Criterion::ruleId)
            .thenComparing(Criterion::rule)
            .thenComparing(Criterion::statement)
            .thenComparing(c -> c.inputs().toString())
            .thenComparing(c -> c.figures().toString())
            .thenComparing(Criterion::reason);

    private Evaluator() {
    }

    /** Evaluates one case; throws {@link org.fundingrules.trace.InvalidCaseException} when it is invalid. */
    public static Evaluation evaluate(Engine engine, CaseFile file) {
        CaseValidator.check(file);
        return evaluateValid(engine, file);
    }

    /**
     * Evaluates a case already validated by {@link CaseValidator#check} (as {@code FundingJson.readCase} does); a
     * case file is immutable, so it stays valid.
     */
    public static Evaluation evaluateValid(Engine engine, CaseFile file) {
        CaseFacts facts = CaseFacts.of(file);
        Engine.Run run = engine.run(file, facts);

        Map<String, List<Criterion>> bySubject = new HashMap<>();
        for (Finding f : run.findings()) {
            bySubject.computeIfAbsent(key(f.subject().type().name(), f.subject().id()), k -> new ArrayList<>())
                    .add(f.criterion());
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Subject s : facts.subjects()) {
            List<Criterion> criteria = bySubject.getOrDefault(key(s.subjectType().name(), s.id()), List.of())
                    .stream().sorted(CRITERIA).toList();
            org.fundingrules.trace.Subject ref = new org.fundingrules.trace.Subject(s.subjectType(), s.id(), s.path());
            verdicts.add(verdict(ref, criteria, file, engine.bundles()));
        }
        verdicts.sort(Comparator.comparing(Verdict::subject));
        Outcome overall = Outcome.worst(verdicts.stream().map(Verdict::outcome).toList());
        String inputDigest = RuleFiles.sha256(FundingJson.canonicalBytes(file));
        return new Evaluation(VERSION, file.referenceDate(), engine.digest(), inputDigest, overall, verdicts,
                facts.notAssessed(), run.firings());
    }

    /** The status of one enterprise of a structure as of a date (see {@code FundingRules.smeStatus}). */
    public static Verdict smeStatus(Engine engine, CaseFile structure, String enterpriseId, java.time.LocalDate asOf) {
        java.util.Objects.requireNonNull(structure, "structure");
        java.util.Objects.requireNonNull(asOf, "asOf");
        boolean known = structure.enterprises().stream().anyMatch(e -> e != null && e.id().equals(enterpriseId));
        if (!known) {
            throw new org.fundingrules.trace.InvalidCaseException(List.of(new org.fundingrules.trace.Problem("$.enterprises",
                    "unknown_reference", "no enterprise has id '" + enterpriseId + "'")));
        }
        List<org.fundingrules.model.Enterprise> enterprises = structure.enterprises().stream()
                .map(e -> e.id().equals(enterpriseId) ? e.toBuilder().assess(true).build() : e)
                .toList();
        // only the structure is judged: the question carries no calls, awards or third parties
        CaseFile question = CaseFile.builder()
                .referenceDate(asOf)
                .action(structure.action())
                .exchangeRates(structure.exchangeRates())
                .enterprises(enterprises)
                .holdings(structure.holdings())
                .jointGroups(structure.jointGroups())
                .adjacentMarkets(structure.adjacentMarkets())
                .notes(structure.notes())
                .build();
        return evaluate(engine, question).verdict(org.fundingrules.trace.SubjectType.ENTERPRISE, enterpriseId)
                .orElseThrow();
    }

    private static Verdict verdict(org.fundingrules.trace.Subject subject, List<Criterion> criteria, CaseFile file,
                                   Bundles bundles) {
        if (criteria.isEmpty()) {
            Message none = Message.of("verdict.none", file.referenceDate());
            return new Verdict(subject, Outcome.UNDETERMINED, bundles.render(none, Bundles.ENGLISH), none, criteria);
        }
        // decisive criteria, where a family marks them, decide alone; the rest is the supporting trace
        List<Criterion> deciding = criteria.stream().filter(Criterion::decisive).toList();
        boolean decided = !deciding.isEmpty();
        if (!decided) {
            deciding = criteria;
        }
        Outcome outcome = Outcome.of(deciding.stream().map(Criterion::outcome).toList());
        Message summary = switch (outcome) {
            case COMPLIANT -> decided
                    ? Message.list(deciding.stream().map(c -> Message.of("verdict.concluded", c.ruleId(), reason(c)))
                            .toList())
                    : Message.of("verdict.all_pass", criteria.size());
            case NON_COMPLIANT -> listing("verdict.failed", deciding, CriterionOutcome.FAIL);
            case UNDETERMINED -> listing("verdict.undetermined", deciding, CriterionOutcome.UNDETERMINED);
        };
        return new Verdict(subject, outcome, bundles.render(summary, Bundles.ENGLISH), summary, criteria);
    }

    private static Message listing(String key, List<Criterion> criteria, CriterionOutcome which) {
        List<Criterion> hits = criteria.stream().filter(c -> c.outcome() == which).toList();
        return Message.of(key, hits.size(), criteria.size(), Message.list(hits.stream()
                .map(c -> Message.of("verdict.criterion", c.ruleId(), reason(c))).toList()));
    }

    /** A criterion's reason as a message argument (the empty text when it has none). */
    private static Object reason(Criterion c) {
        return c.reasonMessage() == null ? c.reason() : c.reasonMessage();
    }

    private static String key(String type, String id) {
        return type + "\u0000" + id;
    }

    private static String readVersion() {
        try (InputStream in = Evaluator.class.getResourceAsStream("/org/fundingrules/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
