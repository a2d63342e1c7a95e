package org.fundingrules.engine;

import org.fundingrules.facts.Judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.facts.CaseContext;
import org.fundingrules.facts.Subject;
import org.fundingrules.model.CaseFile;
import org.fundingrules.trace.Evaluation.RuleFiring;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled rule set: the knowledge base, built once, plus the parameter table and each rule's citation and
 * validity. Thread-safe: every evaluation opens its own session on the shared, read-only knowledge base.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    /** Citation and validity of one rule, read from its metadata at load time. */
    public record RuleInfo(String name, String ruleId, String source, String article, LocalDate validFrom,
                    LocalDate validUntil, String file) {
    }

    /** What a rule set reads from its files besides the DRL: the ids of its sources, its parameters, its messages. */
    record Parts(Set<String> sources, ParameterTable parameters, Bundles bundles) {
    }

    /** What one session produced. */
    public record Run(List<Finding> findings, List<RuleFiring> firings) {
    }

    /** The compiled packages of one rule family (top folder), with the digest of the DRL text they came from. */
    private record FamilyBuild(String drlDigest, List<KiePackage> packages) {
    }

    private final RuleFiles files;
    private final KieBase base;
    private final ParameterTable parameters;
    private final Map<String, RuleInfo> rules;
    /** Per family, when built by {@link #load(RuleFiles, Engine)}; empty otherwise. */
    private final Map<String, FamilyBuild> families;
    /** Firings allowed per phase of one evaluation; 0 = no limit. */
    private final int firingLimit;
    private final Bundles bundles;
    /** Whether a rules file declares the {@link #PARAMETERS_GLOBAL} global (a session refuses an undeclared one). */
    private final boolean readsParameters;
    private volatile org.kie.api.runtime.KieSessionsPool pool;

    /** The global through which rules read the dated parameters ({@link org.fundingrules.facts.Parameters}). */
    public static final String PARAMETERS_GLOBAL = "parameters";

    private Engine(RuleFiles files, KieBase base, ParameterTable parameters, Map<String, RuleInfo> rules,
                   Map<String, FamilyBuild> families, int firingLimit, Bundles bundles) {
        this.bundles = bundles;
        this.files = files;
        this.base = base;
        this.parameters = parameters;
        this.rules = rules;
        this.families = families;
        this.firingLimit = firingLimit;
        this.readsParameters = base.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(PARAMETERS_GLOBAL)));
    }

    /**
     * Compiles a rule set. Every error in every file is collected; if there is any, nothing is built.
     *
     * @throws RulesLoadException naming file and line of each error
     */
    public static Engine load(RuleFiles files) {
        long start = System.nanoTime();
        Precompiled.Loaded built = files.origin().equals("packaged") ? Precompiled.read(files.digest()) : null;
        if (built != null) {
            Precompiled.Image image = built.image();
            LOG.debug("read {} precompiled rules in {} ms", image.rules().size(), (System.nanoTime() - start) / 1_000_000);
            return new Engine(files, built.base(), ParameterTable.of(image.parameters()), Map.copyOf(image.rules()),
                    Map.of(), 0, Bundles.of(image.messages(), image.messageFiles()));
        }
        Compiled compiled = compileFiles(files);
        LOG.debug("compiled {} rules ({}) in {} ms", compiled.rules().size(), files.origin(),
                (System.nanoTime() - start) / 1_000_000);
        return new Engine(files, compiled.base(), compiled.parts().parameters(), Map.copyOf(compiled.rules()), Map.of(),
                0, compiled.parts().bundles());
    }

    /** A rule set compiled from its files: what it reads besides the DRL, its network, its rules. */
    record Compiled(Parts parts, KieBase base, Map<String, RuleInfo> rules) {
    }

    /**
     * Reads and compiles every file of a rule set ({@link #load(RuleFiles)} for a folder, and the build step that
     * precompiles the packaged rules).
     *
     * @throws RulesLoadException naming file and line of each error
     */
    static Compiled compileFiles(RuleFiles files) {
        List<RuleError> errors = new ArrayList<>();
        Parts parts = parts(files, errors);
        KieBase base = newBase(compile(files, errors));
        Map<String, RuleInfo> rules = describe(base, files, parts.sources(), errors);
        if (!errors.isEmpty()) {
            throw new RulesLoadException(errors);
        }
        return new Compiled(parts, base, rules);
    }

    /**
     * Reads the source register, the parameters and the message bundles of a rule set; every error in them is added
     * to {@code errors} (the bundles are read only from sound parameters, and are null otherwise).
     */
    static Parts parts(RuleFiles files, List<RuleError> errors) {
        Map<String, SourceRegister.Source> sources = SourceRegister.load(files, errors);
        ParameterTable parameters = ParameterTable.load(files, sources.keySet(), errors);
        Bundles bundles = errors.isEmpty() ? Bundles.load(files, parameters, errors) : null;
        return new Parts(sources.keySet(), parameters, bundles);
    }

    /** Classes of the DRL compiler chain, optional for a portal that runs the packaged rules only. */
    private static final List<String> COMPILER = List.of("org.drools.drl.parser.DrlParser",
            "org.eclipse.jdt.internal.compiler.Compiler", "org.antlr.runtime.Parser");

    /**
     * Refuses to compile DRL when the compiler chain is not on the classpath, with what to add, rather than fail deep
     * inside Drools with a missing class.
     */
    static void requireCompiler() {
        for (String name : COMPILER) {
            try {
                Class.forName(name, false, Engine.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("compiling DRL (a rules folder, or packaged rules whose precompiled form "
                        + "is missing) needs the DRL compiler, which is optional: add the dependency "
                        + "org.drools:drools-mvel:" + droolsVersion() + " to your build (missing: " + name + ")");
            }
        }
    }

    private static String droolsVersion() {
        String v = KnowledgeBuilderFactory.class.getPackage().getImplementationVersion();
        return v == null ? "(the version fundingrules uses)" : v;
    }

    /**
     * Compiles a rule set family by family (one family = one top folder), reusing what {@code previous} compiled
     * for every family whose DRL text is unchanged: a parameter edit compiles nothing, a DRL edit compiles its own
     * family only. The result is the same rule set {@link #load(RuleFiles)} builds; pass {@code null} to compile
     * every family. Used for hot reload and mutation testing.
     *
     * @throws RulesLoadException naming file and line of each error; {@code previous} is left as it was
     */
    public static Engine load(RuleFiles files, Engine previous) {
        long start = System.nanoTime();
        List<RuleError> errors = new ArrayList<>();
        Parts parts = parts(files, errors);

        Map<String, java.util.SortedMap<String, byte[]>> drlByFamily = new TreeMap<>();
        for (var f : files.files().entrySet()) {
            if (f.getKey().endsWith(".drl")) {
                drlByFamily.computeIfAbsent(familyOf(f.getKey()), k -> new TreeMap<>()).put(f.getKey(), f.getValue());
            }
        }
        if (drlByFamily.isEmpty()) {
            errors.add(new RuleError(files.origin(), 0, "no .drl file in the rules folder"));
            throw new RulesLoadException(errors);
        }
        Map<String, FamilyBuild> builds = new TreeMap<>();
        int compiled = 0;
        for (var family : drlByFamily.entrySet()) {
            String digest = RuleFiles.digestOf(family.getValue());
            FamilyBuild old = previous == null ? null : previous.families.get(family.getKey());
            if (old != null && old.drlDigest().equals(digest)) {
                builds.put(family.getKey(), old);
                continue;
            }
            compiled++;
            List<RuleError> familyErrors = new ArrayList<>();
            Collection<KiePackage> packages = compileAll(family.getValue(), familyErrors);
            errors.addAll(familyErrors);
            if (familyErrors.isEmpty()) {
                builds.put(family.getKey(), new FamilyBuild(digest, List.copyOf(packages)));
            }
        }
        if (!errors.isEmpty()) {
            throw new RulesLoadException(errors);
        }
        KieBase base;
        if (previous != null && compiled == 0 && builds.keySet().equals(previous.families.keySet())) {
            base = previous.base; // the DRL is the same: only parameters (or scenarios) changed
        } else {
            List<KiePackage> all = new ArrayList<>();
            builds.values().forEach(b -> all.addAll(b.packages()));
            base = newBase(all);
        }
        Map<String, RuleInfo> rules = describe(base, files, parts.sources(), errors);
        if (!errors.isEmpty()) {
            throw new RulesLoadException(errors);
        }
        LOG.debug("built {} rules ({}), {} of {} families compiled, in {} ms", rules.size(), files.origin(), compiled,
                builds.size(), (System.nanoTime() - start) / 1_000_000);
        return new Engine(files, base, parts.parameters(), Map.copyOf(rules), Map.copyOf(builds),
                previous == null ? 0 : previous.firingLimit, parts.bundles());
    }

    /** The family of a rule file: its top folder ({@code fstp/x.drl} is in {@code fstp}); "" at the root. */
    public static String familyOf(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The same rule set with a bound on rule firings per evaluation phase: an evaluation that exceeds it fails with
     * {@link IllegalStateException} instead of running on (a mutated rule that loops). 0 = no limit.
     */
    public Engine withFiringLimit(int limit) {
        return new Engine(files, base, parameters, rules, families, limit, bundles);
    }

    /**
     * Compiles every DRL file of the rule set into knowledge packages.
     *
     * @throws RulesLoadException with every compiler error (file, line, message) and any error already collected
     */
    static Collection<KiePackage> compile(RuleFiles files, List<RuleError> errors) {
        java.util.SortedMap<String, byte[]> drl = new TreeMap<>();
        files.files().forEach((path, bytes) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, bytes);
            }
        });
        if (drl.isEmpty()) {
            errors.add(new RuleError(files.origin(), 0, "no .drl file in the rules folder"));
        }
        Collection<KiePackage> packages = compileAll(drl, errors);
        if (!errors.isEmpty()) {
            throw new RulesLoadException(errors);
        }
        return packages;
    }

    /** Compiles DRL files (path to bytes) with one builder; adds every compiler error to {@code errors}. */
    private static Collection<KiePackage> compileAll(java.util.SortedMap<String, byte[]> drl, List<RuleError> errors) {
        requireCompiler();
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // no fact is ever modified (rules only insert), so property reactivity has nothing to do; left on, Drools
        // warns at every load about each constraint that reads another pattern's binding ("class reactivity")
        conf.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (var f : drl.entrySet()) {
            builder.add(ResourceFactory.newByteArrayResource(f.getValue()).setSourcePath(f.getKey()),
                    ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            List<RuleError> compiler = new ArrayList<>();
            for (KnowledgeBuilderError e : builder.getErrors()) {
                String file = e.getResource() == null ? "?" : e.getResource().getSourcePath();
                int[] lines = e.getLines();
                compiler.add(new RuleError(file, lines != null && lines.length > 0 ? lines[0] : 0,
                        e.getMessage().strip()));
            }
            // readable, original kept
            errors.addAll(DroolsMessages.translate(compiler, p -> drl.containsKey(p)
                    ? new String(drl.get(p), java.nio.charset.StandardCharsets.UTF_8) : null));
            return List.of();
        }
        return builder.getKnowledgePackages();
    }

    static KieBase newBase(Collection<KiePackage> packages) {
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(packages);
        return base;
    }

    private static Map<String, RuleInfo> describe(KieBase base, RuleFiles files, Set<String> sources,
                                                  List<RuleError> errors) {
        Map<String, RuleInfo> out = new TreeMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                String file = fileOf(files, pkg.getName(), rule.getName());
                int line = file == null ? 0 : ParameterTable.lineOf(files.text(file), "rule \"" + rule.getName() + "\"");
                String where = file == null ? pkg.getName() : file;
                // the check lint runs too; only some of its problems refuse the rules (the others are lint's)
                RuleMetadata.Checked checked = RuleMetadata.check(rule.getName(), meta, sources);
                for (RuleMetadata.Problem p : checked.problems()) {
                    if (p.refusesLoad()) {
                        errors.add(new RuleError(where, line, p.message()));
                    }
                }
                out.put(rule.getName(), new RuleInfo(rule.getName(), checked.ruleId(), checked.source(),
                        checked.article(), checked.validFrom() == null ? LocalDate.MAX : checked.validFrom(),
                        checked.validUntil(), where));
            }
        }
        return out;
    }

    private static String fileOf(RuleFiles files, String pkg, String ruleName) {
        String needle = "rule \"" + ruleName + "\"";
        for (var f : files.files().keySet()) {
            if (f.endsWith(".drl")) {
                String text = files.text(f);
                if (text.contains(needle) && text.contains("package " + pkg)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The message bundles of this rule set. */
    public Bundles bundles() {
        return bundles;
    }

    /** Runs the rules in force on the case's reference date over the case's facts. */
    public Run run(CaseFile file, CaseFacts facts) {
        LocalDate date = file.referenceDate();
        KieSession session = sessions().newKieSession();
        Map<String, Integer> fired = new HashMap<>();
        DefaultAgendaEventListener counter = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        };
        try {
            session.addEventListener(counter);
            session.insert(new CaseContext(date));
            if (readsParameters) {
                session.setGlobal(PARAMETERS_GLOBAL, parameters.view(date));
            }
            for (Subject s : facts.subjects()) {
                session.insert(s);
            }
            facts.others().forEach(session::insert);
            // a rule applies by the case's reference date, never by the machine clock
            org.kie.api.runtime.rule.AgendaFilter inForce = match -> {
                RuleInfo info = rules.get(match.getRule().getName());
                return info != null && RuleMetadata.inForce(info.validFrom(), info.validUntil(), date);
            };
            fire(session, inForce);
            // rules that read another family's conclusions run once those are final
            session.insert(new org.fundingrules.facts.Stage(org.fundingrules.facts.Stage.CONCLUSIONS));
            fire(session, inForce);
            // every derivation is final: decision rules (they match Decide()) fire once each, and their findings are
            // collected as they are; a decision rule without Decide() still inserts its finding logically
            List<Judge.Recorded> pending = new ArrayList<>();
            session.insert(new org.fundingrules.facts.Decide());
            Judge.collectInto(pending);
            try {
                fire(session, inForce);
            } finally {
                Judge.collectInto(null);
            }
            // the explanation, after the fact: texts and values of each recorded decision
            Distinct findings = new Distinct();
            for (Judge.Recorded r : pending) {
                findings.add(Explainer.finding(bundles, r));
            }
            for (Object o : session.getObjects(o -> o instanceof Judge.Recorded)) {
                findings.add(Explainer.finding(bundles, (Judge.Recorded) o));
            }
            List<RuleFiring> firings = fired.entrySet().stream()
                    .map(e -> {
                        RuleInfo i = rules.get(e.getKey());
                        return new RuleFiring(i.ruleId(), i.name(), i.source(), i.article(), e.getValue());
                    })
                    .sorted(Comparator.comparing(RuleFiring::ruleId).thenComparing(RuleFiring::rule))
                    .toList();
            return new Run(findings.list, firings);
        } finally {
            session.removeEventListener(counter);
            session.dispose();   // back to the pool, reset
        }
    }

    /**
     * Findings without duplicates, the first of equal ones kept, in order: what a {@code LinkedHashSet} gives, without
     * hashing whole criteria (their values, figures and tables: about a twentieth of an evaluation). Equal findings
     * have the same subject and rule, so each is compared in full only with those; a subject with many findings of
     * one rule (an open call's monitoring of every award) hashes them instead, so that the cost stays linear.
     */
    static final class Distinct {
        /** Above this many findings of one subject and rule, they are hashed. */
        private static final int FEW = 8;

        private record Key(org.fundingrules.trace.Subject subject, String rule) {
        }

        private static final class Same {
            final List<Finding> few = new ArrayList<>(1);
            Set<Finding> many;
        }

        final List<Finding> list = new ArrayList<>();
        private final Map<Key, Same> byRule = new HashMap<>();

        void add(Finding f) {
            Same same = byRule.computeIfAbsent(new Key(f.subject(), f.criterion().rule()), k -> new Same());
            boolean added = same.many != null ? same.many.add(f) : !same.few.contains(f) && same.few.add(f);
            if (!added) {
                return;
            }
            if (same.many == null && same.few.size() > FEW) {
                same.many = new HashSet<>(same.few);
                same.few.clear();   // the set holds them from now on
            }
            list.add(f);
        }
    }

    /**
     * Sessions of this rule set, reused: building one per evaluation cost about a fifth of the engine's time. A
     * pooled session is reset when disposed; its only listener is removed first and its global set on every use.
     */
    private org.kie.api.runtime.KieSessionsPool sessions() {
        org.kie.api.runtime.KieSessionsPool p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    p = base.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
                    pool = p;
                }
            }
        }
        return p;
    }

    private void fire(KieSession session, org.kie.api.runtime.rule.AgendaFilter filter) {
        if (firingLimit <= 0) {
            session.fireAllRules(filter);
        } else if (session.fireAllRules(filter, firingLimit) >= firingLimit) {
            throw new IllegalStateException("the rules fired " + firingLimit + " times in one phase without reaching "
                    + "a fixpoint (a rule that loops?)");
        }
    }

    /** Every rule of the set, by rule name, with its id, citation, validity and file. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** The digest of the rule files this engine was built from. */
    public String digest() {
        return files.digest();
    }

    /** The rule files. */
    public RuleFiles files() {
        return files;
    }

    /** The parameter table. */
    public ParameterTable parameters() {
        return parameters;
    }
}
