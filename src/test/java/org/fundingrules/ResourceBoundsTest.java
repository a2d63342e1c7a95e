package org.fundingrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.fundingrules.bench.Shapes;
import org.fundingrules.json.CaseLimits;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;

/**
 * Every shape at its limit is judged within the stated bound, and one size more is refused up front with a named
 * code (issue 16). Allocation is the stable figure here; CPU time is checked against a multiple of the bound, since
 * a test runs cold and beside other work.
 */
class ResourceBoundsTest {
    /** Allocation per evaluation at any limit, MB: the largest measured at the limits (docs/PERFORMANCE.md). */
    static final long ALLOCATION_MB = 1024;
    /** A cold JVM under load is slower than the warm figure the bound states. */
    static final int CPU_SLACK = 5;

    private static RuleSet rules;

    @BeforeAll
    static void load() {
        rules = FundingRules.packaged();
    }

    private static final java.util.Map<Shapes.Shape, Integer> LIMITS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The largest size of the shape that validation accepts (searched once per JVM). */
    static int limit(Shapes.Shape shape) {
        return LIMITS.computeIfAbsent(shape, ResourceBoundsTest::search);
    }

    private static int search(Shapes.Shape shape) {
        int lo = 1;
        int hi = 2;
        while (accepted(shape, hi)) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (accepted(shape, mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean accepted(Shapes.Shape shape, int n) {
        try {
            FundingJson.readCase(shape.json(n));
            return true;
        } catch (InvalidCaseException e) {
            assertThat(e.problems()).extracting(Problem::code)
                    .allMatch(c -> c.equals("structure_too_large") || c.equals("case_too_large")
                            || c.equals("too_many_awards") || c.equals("Size"));   // Size: a list's own bound
            return false;
        }
    }

    @ParameterizedTest
    @EnumSource(Shapes.Shape.class)
    void atItsLimitAShapeIsJudgedWithinTheBoundAndOneMoreIsRefused(Shapes.Shape shape) {
        int n = limit(shape);
        assertThat(n).as("a shape of a handful of enterprises is always judged").isGreaterThanOrEqualTo(8);

        CaseFile c = FundingJson.readCase(shape.json(n));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long alloc0 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        Evaluation e = rules.evaluate(c);
        long alloc = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - alloc0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;

        assertThat(e.verdicts()).isNotEmpty();
        assertThat(alloc).as("bytes allocated judging %s of %d", shape, n).isLessThan(ALLOCATION_MB << 20);
        assertThat(cpu).as("CPU ns judging %s of %d", shape, n)
                .isLessThan(CaseLimits.CPU_SECONDS * CPU_SLACK * 1_000_000_000L);

        var refused = catchThrowableOfType(InvalidCaseException.class, () -> FundingJson.readCase(shape.json(n + 1)));
        assertThat(refused).as("%s of %d", shape, n + 1).isNotNull();
        assertThat(refused.problems()).extracting(Problem::code).containsAnyOf("structure_too_large", "case_too_large", "too_many_awards");
    }
}
