package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundingrules.FundingRules;
import org.fundingrules.RuleSet;
import org.fundingrules.bench.CaseGenerator;
import org.fundingrules.bench.Shapes;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged rules run as Drools' executable model, classes the build generates from the DRL; a rules folder runs
 * the DRL compiled at load. The two must give the same bytes, firing counts included, on every example and on
 * generated cases (applicants, whole calls, ownership and award shapes).
 */
class ExecutableModelTest {
    private static RuleSet packaged;
    private static RuleSet folder;

    @BeforeAll
    static void load() {
        packaged = FundingRules.packaged();
        folder = FundingRules.builder().rules(Path.of("rules")).build();
    }

    @AfterAll
    static void close() {
        packaged.close();
        folder.close();
    }

    @Test
    void thePackagedRulesAreLoadedFromTheGeneratedModel() {
        Precompiled.Loaded built = Precompiled.read(RuleFiles.packaged().digest());
        assertThat(built).isNotNull();
        var rule = (org.drools.base.definitions.rule.impl.RuleImpl) built.base()
                .getRule("org.fundingrules.rules.sme", "Art. 3(3): enterprises directly linked are linked");
        assertThat(rule.getConsequence().getClass().getName())
                .as("a consequence of the executable model, not one compiled from DRL at load")
                .startsWith("org.drools.modelcompiler.");
        assertThat(built.base().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum())
                .isEqualTo(built.image().rules().size());
    }

    @Test
    void everyExampleGivesTheSameBytesAsTheRulesFolder() throws IOException {
        Map<String, CaseFile> cases = new LinkedHashMap<>();
        try (var dirs = Files.list(Path.of("examples"))) {
            for (Path d : (Iterable<Path>) dirs.sorted()::iterator) {
                Path c = d.resolve("case.json");
                if (Files.isRegularFile(c)) {
                    cases.put(d.getFileName().toString(), FundingRules.readCase(Files.readAllBytes(c)));
                }
            }
        }
        assertThat(cases).containsKeys("amulet", "minimal", "sme-group", "state-aid");
        assertSameBytes(cases);
    }

    @Test
    void generatedCasesGiveTheSameBytesAsTheRulesFolder() {
        Map<String, CaseFile> cases = new LinkedHashMap<>();
        CaseGenerator g = new CaseGenerator(7);
        for (int i = 0; i < 120; i++) {
            cases.put("applicant " + i, g.applicantCase(i));
        }
        cases.put("call of 20", g.openCall(20));
        for (Shapes.Shape s : Shapes.Shape.values()) {
            for (int n : new int[] {2, 5, 12}) {
                cases.put(s + " " + n, FundingRules.readCase(s.json(n)));
            }
        }
        assertSameBytes(cases);
    }

    private static void assertSameBytes(Map<String, CaseFile> cases) {
        List<String> differ = new ArrayList<>();
        for (var c : cases.entrySet()) {
            String model = FundingRules.toJson(packaged.evaluate(c.getValue()));
            String drl = FundingRules.toJson(folder.evaluate(c.getValue()));
            if (!model.equals(drl)) {
                differ.add(c.getKey());
            }
        }
        assertThat(differ).as("cases judged differently by the executable model, of %d", cases.size()).isEmpty();
    }
}
