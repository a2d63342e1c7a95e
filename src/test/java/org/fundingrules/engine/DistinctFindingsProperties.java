package org.fundingrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.fundingrules.trace.Criterion;
import org.fundingrules.trace.CriterionOutcome;
import org.fundingrules.trace.Subject;
import org.fundingrules.trace.SubjectType;
import org.junit.jupiter.api.Test;

/**
 * The engine drops repeated findings as a {@code LinkedHashSet} would (the first kept, in order), whether a subject has
 * a few findings of one rule or many (an open call's monitoring of every award), where it hashes them.
 */
class DistinctFindingsProperties {
    /** Findings over three subjects and two rules; up to 20 different ones per subject and rule. */
    private static Finding finding(int i) {
        Subject subject = new Subject(SubjectType.OPEN_CALL, "oc" + i % 3, "$.openCalls[" + i % 3 + "]");
        Criterion c = new Criterion("rule.id", "rule " + i % 2, "source", "article", CriterionOutcome.PASS,
                "statement " + i, null, List.of(), List.of(), List.of(), null, null, null, List.of(), false, null);
        return new Finding(subject, c);
    }

    @Test
    void keepsTheFirstOfEqualFindingsInOrder() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, 119)).ofSizeBetween(0, 300)).checkAssert(ids -> {
            List<Finding> in = ids.stream().map(DistinctFindingsProperties::finding).toList();
            Engine.Distinct distinct = new Engine.Distinct();
            in.forEach(distinct::add);
            assertThat(distinct.list).containsExactlyElementsOf(new ArrayList<>(new LinkedHashSet<>(in)));
        });
    }

    @Test
    void manyFindingsOfOneRuleOnOneSubject() {
        Engine.Distinct distinct = new Engine.Distinct();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 600; i += 6) {
                distinct.add(finding(i));   // the same subject and rule: 100 different findings, each added 3 times
            }
        }
        assertThat(distinct.list).hasSize(100).doesNotHaveDuplicates();
        assertThat(distinct.list.get(0)).isEqualTo(finding(0));
        assertThat(distinct.list.get(99)).isEqualTo(finding(594));
    }
}
