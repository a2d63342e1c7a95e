package org.fundingrules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the library: package dependencies run one way (cli and report, authoring, the API, the engine, JSON
 * reading, the rule-author facts, then the model and trace), with no cycle; Drools stays behind the engine; the API's
 * public signatures show no Jackson, Drools or internal type. Each rule is also shown to fail on a planted breach, so
 * it is not vacuous.
 */
class ArchitectureTest {
    private static final String ROOT = "org.fundingrules";
    /** The packages a portal programs against. */
    static final List<String> API = List.of(ROOT, ROOT + ".model", ROOT + ".trace");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // the classes the build generates from the DRL (the executable model, org.fundingrules.rules..) are the
        // rules themselves, not code written against these layers; the DRL's own imports are lint's to check
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/fundingrules/rules/"))
                .importPath(Path.of("target/classes"));
        assertThat(main.size()).as("classes imported").isGreaterThan(200);
    }

    /** The layers, top to bottom; a layer may use only layers below it. */
    static ArchRule layering() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("report").definedBy(ROOT + ".report..")
                .layer("authoring").definedBy(ROOT + ".authoring..")
                .layer("api").definedBy(ROOT)
                .layer("engine").definedBy(ROOT + ".engine..")
                .layer("json").definedBy(ROOT + ".json..")
                .layer("facts").definedBy(ROOT + ".facts..")
                .layer("trace").definedBy(ROOT + ".trace..")
                .layer("model").definedBy(ROOT + ".model..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("authoring").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("api").mayOnlyBeAccessedByLayers("cli", "report", "authoring")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("cli", "report", "authoring", "api")
                .whereLayer("json").mayOnlyBeAccessedByLayers("cli", "report", "authoring", "api", "engine")
                .whereLayer("facts").mayOnlyBeAccessedByLayers("cli", "report", "authoring", "api", "engine", "json")
                .whereLayer("trace").mayOnlyBeAccessedByLayers("cli", "report", "authoring", "api", "engine", "json",
                        "facts")
                .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "report", "authoring", "api", "engine", "json",
                        "facts");
    }

    static ArchRule noCycles() {
        return slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
    }

    /** Drools is the engine's business (and the authoring tools', which read DRL with its parser). */
    static ArchRule droolsBehindTheEngine() {
        return noClasses().that().resideOutsideOfPackages(ROOT + ".engine..", ROOT + ".authoring..",
                        ROOT + ".facts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
                .as("no Drools type outside the engine and the authoring tools")
                .because("a portal's code and the API must not depend on the rule engine");
    }

    /** The rule-author package may use only Drools' public API for rules (a consequence's handle, accumulates). */
    static ArchRule factsSeeOnlyTheKieApi() {
        return noClasses().that().resideInAPackage(ROOT + ".facts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..")
                .as("the rule-author package uses no Drools internals (org.kie.api only)");
    }

    static ArchRule apiSignaturesShowNoLibraryTypes() {
        return methods().that().arePublic()
                .and().areDeclaredInClassesThat().resideInAnyPackage(API.toArray(String[]::new))
                .and().areDeclaredInClassesThat().arePublic()
                .should(exposeOnly(DescribedPredicate.describe("Jackson, Drools or a non-API package",
                        (JavaClass c) -> c.getPackageName().startsWith("com.fasterxml")
                                || c.getPackageName().startsWith("org.drools")
                                || c.getPackageName().startsWith("org.kie")
                                || c.getPackageName().startsWith(ROOT) && !API.contains(c.getPackageName()))))
                .as("public methods of the API packages show no Jackson, Drools or internal type");
    }

    private static ArchCondition<JavaMethod> exposeOnly(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("not expose " + forbidden.getDescription()) {
            @Override
            public void check(JavaMethod m, ConditionEvents events) {
                var types = new java.util.ArrayList<JavaClass>(m.getReturnType().getAllInvolvedRawTypes());
                m.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
                types.stream().filter(forbidden).map(JavaClass::getName).distinct().forEach(t ->
                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes " + t)));
            }
        };
    }

    @Test
    void packagesRunOneWay() {
        layering().check(main);
    }

    @Test
    void noPackageCycles() {
        noCycles().check(main);
    }

    @Test
    void droolsStaysBehindTheEngine() {
        droolsBehindTheEngine().check(main);
        factsSeeOnlyTheKieApi().check(main);
    }

    @Test
    void theApiShowsNoJacksonDroolsOrInternalType() {
        apiSignaturesShowNoLibraryTypes().check(main);
    }

    /** The planted breaches under {@code org.fundingrules.architecture.planted}, compiled with the tests. */
    @Test
    void eachRuleFailsOnAPlantedBreach() {
        JavaClasses planted = new ClassFileImporter().importPackages(ROOT + ".architecture.planted");
        assertThat(planted.size()).isGreaterThanOrEqualTo(2);
        // a cycle between two packages
        assertThatThrownBy(() -> slices().matching(ROOT + ".architecture.planted.(*)..").should().beFreeOfCycles()
                .check(planted)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
        // the engine calling the API back: a cycle across the real layers
        JavaClasses withEngineCallingApi = new ClassFileImporter().importClasses(
                org.fundingrules.engine.PlantedEngineCallback.class, org.fundingrules.FundingRules.class);
        assertThatThrownBy(() -> layering().check(withEngineCallingApi)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlantedEngineCallback");
        // Drools used from the API package
        JavaClasses droolsInApi = new ClassFileImporter().importClasses(org.fundingrules.PlantedDroolsUse.class);
        assertThatThrownBy(() -> droolsBehindTheEngine().check(droolsInApi)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> apiSignaturesShowNoLibraryTypes().check(droolsInApi))
                .isInstanceOf(AssertionError.class).hasMessageContaining("KieSession");
    }
}
