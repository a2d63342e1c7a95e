package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundingrules.FundingRules;
import org.fundingrules.RuleSet;
import org.fundingrules.bench.CaseGenerator;
import org.fundingrules.bench.Shapes;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A verdict must not depend on the order in which rules fire ("firing order cannot change a verdict", rules/README).
 * The rules folder is copied with the rules of every DRL file in reverse order, which changes Drools' agenda order,
 * and both sets must give the same verdicts (which rules fired aside) on the examples, generated applicants, the ownership
 * shapes and the SME scenario where an enterprise is both a partner of a linked enterprise and linked to a partner
 * (two answers were stable there, one or the other by firing order).
 */
class RuleOrderTest {
    @TempDir
    Path dir;

    @Test
    void reversingTheRulesOfEveryFileChangesNoVerdict() throws IOException {
        Path reversed = dir.resolve("rules");
        copyReversed(Path.of("rules"), reversed);
        Map<String, CaseFile> cases = cases();
        List<String> differ = new ArrayList<>();
        try (RuleSet asWritten = FundingRules.builder().rules(Path.of("rules")).build();
             RuleSet backwards = FundingRules.builder().rules(reversed).build()) {
            for (var c : cases.entrySet()) {
                if (!withoutFirings(asWritten, c.getValue()).equals(withoutFirings(backwards, c.getValue()))) {
                    differ.add(c.getKey());
                }
            }
        }
        assertThat(differ).as("cases judged differently with the rules in reverse order, of %d", cases.size())
                .isEmpty();
    }

    /** Every scenario of the rules folder passes with the rules in reverse order, as it does with them as written. */
    @Test
    void everyScenarioPassesWithTheRulesInReverseOrder() throws IOException {
        Path reversed = dir.resolve("rules");
        copyReversed(Path.of("rules"), reversed);
        RuleFiles files = RuleFiles.folder(reversed);
        Engine engine = Engine.load(files);
        List<Scenarios.Scenario> scenarios = Scenarios.load(files);
        assertThat(scenarios).hasSizeGreaterThan(300);
        List<String> failed = new ArrayList<>();
        for (Scenarios.Scenario s : scenarios) {
            List<String> differences = Scenarios.check(engine, s);
            if (!differences.isEmpty()) {
                failed.add(s.file() + ": " + s.name() + ": " + differences);
            }
        }
        assertThat(failed).as("scenarios that fail with the rules in reverse order").isEmpty();
    }

    @Test
    void theReversedCopyReallyReordersTheRules() throws IOException {
        Path reversed = dir.resolve("rules");
        copyReversed(Path.of("rules"), reversed);
        String sme = "sme/rec_2003_361_sme_definition.drl";
        String original = Files.readString(Path.of("rules").resolve(sme));
        String turned = Files.readString(reversed.resolve(sme));
        assertThat(turned).isNotEqualTo(original).hasSameSizeAs(original);
        assertThat(turned.indexOf("rule \"Art. 5: the headcount the accounts give\""))
                .isGreaterThan(turned.indexOf("rule \"Art. 6(3): enterprises linked to a partner"));
    }

    private static String withoutFirings(RuleSet rules, CaseFile c) {
        // the rule-set digest differs with the text; which rules fired, and how often, may differ with the order
        // (a derivation withdrawn later still fired): the verdicts may not
        try {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(
                    FundingRules.toJson(rules.evaluate(c)));
            tree.remove(List.of("ruleSetDigest", "rulesFired"));
            return tree.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static Map<String, CaseFile> cases() throws IOException {
        Map<String, CaseFile> cases = new LinkedHashMap<>();
        for (String e : List.of("amulet", "minimal", "sme-group", "state-aid")) {
            cases.put(e, FundingRules.readCase(Files.readAllBytes(Path.of("examples", e, "case.json"))));
        }
        CaseGenerator g = new CaseGenerator(11);
        for (int i = 0; i < 80; i++) {
            cases.put("applicant " + i, g.applicantCase(i));
        }
        for (Shapes.Shape s : Shapes.Shape.values()) {
            for (int n : new int[] {3, 8}) {
                cases.put(s + " " + n, FundingRules.readCase(s.json(n)));
            }
        }
        cases.put("partner of a linked enterprise, linked to a partner", FundingRules.readCase("""
                {"referenceDate":"2025-09-30","action":%s,
                 "enterprises":[%s,%s,%s,%s],
                 "holdings":[
                  {"id":"h-e-m","holderId":"e","heldId":"m","capitalShare":60,"votingShare":60},
                  {"id":"h-x-m","holderId":"x","heldId":"m","capitalShare":40,"votingShare":40},
                  {"id":"h-p-e","holderId":"p","heldId":"e","capitalShare":40,"votingShare":40},
                  {"id":"h-x-p","holderId":"x","heldId":"p","capitalShare":60,"votingShare":60}]}
                """.formatted(minimalAction(), enterprise("e", true), enterprise("m", false),
                enterprise("p", false), enterprise("x", false))));
        return cases;
    }

    private static String minimalAction() throws IOException {
        var tree = MAPPER.readTree(Path.of("examples", "minimal", "case.json").toFile());
        return tree.get("action").toString();
    }

    private static String enterprise(String id, boolean assess) {
        return """
                {"id":"%s","name":"%s Srl","kind":"ENTERPRISE",%s"accounts":[{"periodEnd":"2023-12-31",
                 "basis":"APPROVED","staffAwu":10,"turnover":{"amount":"1000000.00","currency":"EUR"},
                 "balanceSheetTotal":{"amount":"1000000.00","currency":"EUR"}}]}""".formatted(id, id.toUpperCase(),
                assess ? "\"assess\":true," : "");
    }

    /** Copies a rules folder, each DRL file with its rules (from {@code rule "} to {@code end}) in reverse order. */
    private static void copyReversed(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                if (!f.toString().endsWith(".drl")) {
                    Files.copy(f, target);
                    continue;
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                List<String> head = new ArrayList<>();
                List<List<String>> rules = new ArrayList<>();
                List<String> pending = new ArrayList<>();   // comments just above a rule go with it
                List<String> rule = null;
                for (String line : lines) {
                    if (rule != null) {
                        rule.add(line);
                        if (line.strip().equals("end")) {
                            rules.add(rule);
                            rule = null;
                        }
                    } else if (line.startsWith("rule \"")) {
                        rule = new ArrayList<>(pending);
                        rule.add(line);
                        pending.clear();
                    } else if (rules.isEmpty() && !line.startsWith("//") && !line.isBlank()) {
                        head.addAll(pending);
                        pending.clear();
                        head.add(line);
                    } else {
                        pending.add(line);
                    }
                }
                Collections.reverse(rules);
                List<String> out = new ArrayList<>(head);
                rules.forEach(out::addAll);
                out.addAll(pending);
                Files.write(target, out, StandardCharsets.UTF_8);
            }
        }
    }
}
