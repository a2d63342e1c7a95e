package org.fundingrules.engine;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.drools.core.common.NodeMemories;
import org.drools.core.impl.InternalRuleBase;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.fundingrules.model.CaseFile;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The documented harness behind "the floor of one session" in docs/PERFORMANCE.md: what a case costs the engine before
 * any rule's own work, because the network is as large as the rule set. On one thread, after 60 s of warm-up, it
 * alternates two ways of getting a session, 20 s each, for the rest of SECONDS:
 * <ul>
 *   <li><b>pooled</b>, as {@link Engine} runs: CPU per case of {@link Engine#run}, and of that the reset that returns
 *       the session to the pool ({@code dispose}: Drools clears every node memory the session has created, whatever
 *       the case touched), with the number of node memories reset;</li>
 *   <li><b>new</b>: a new session per case from the same rule base (its node memories are created as the case reaches
 *       them), CPU per case of {@link Engine#run} with the new session's disposal.</li>
 * </ul>
 * It also times the reset of a pooled session that holds no fact but has every node memory the cases created: the
 * part of the reset no case can avoid.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.fundingrules.engine.EngineFloor CASES SECONDS
 * </pre>
 * CASES as for {@link EngineCost}. The harness swaps the engine's session pool by reflection (it measures, it does not
 * change how the library runs); its proxies and its count of node memories add a few microseconds to every case, in
 * both ways alike.
 */
public final class EngineFloor {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** CPU time of the resets and memories reset, summed since the last {@link #clear}. */
    private long resetNanos;
    private long memoriesReset;
    private boolean fresh;

    private EngineFloor() {
    }

    public static void main(String[] args) throws Exception {
        List<CaseFile> cases = EngineCost.population(args[0]);
        long seconds = Long.parseLong(args[1]);
        Engine engine = Engine.load(RuleFiles.packaged());
        List<CaseFacts> facts = new ArrayList<>();
        for (CaseFile c : cases) {
            facts.add(CaseFacts.of(c));
        }
        EngineFloor floor = new EngineFloor();
        KieBase base = field(engine, "base", KieBase.class);
        KieSessionsPool pool = base.newKieSessionsPool(2);
        setField(engine, "pool", floor.wrap(base, pool));

        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int next = 0;
        while (System.nanoTime() < start + 60_000_000_000L) {
            floor.fresh = (next / cases.size()) % 2 == 1;
            engine.run(cases.get(next % cases.size()), facts.get(next % cases.size()));
            next++;
        }
        long[] cpu = new long[2];
        long[] n = new long[2];
        long[] reset = new long[2];
        long[] memories = new long[2];
        int phase = 0;
        while (System.nanoTime() < end) {
            floor.fresh = phase % 2 == 1;
            floor.resetNanos = 0;
            floor.memoriesReset = 0;
            long phaseEnd = Math.min(end, System.nanoTime() + 20_000_000_000L);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long k = 0;
            while (System.nanoTime() < phaseEnd) {
                int i = next++ % cases.size();
                engine.run(cases.get(i), facts.get(i));
                k++;
            }
            int w = floor.fresh ? 1 : 0;
            cpu[w] += THREADS.getCurrentThreadCpuTime() - c0;
            n[w] += k;
            reset[w] += floor.resetNanos;
            memories[w] += floor.memoriesReset;
            phase++;
        }
        if (n[0] == 0 || n[1] == 0) {
            throw new IllegalArgumentException("SECONDS must leave at least 40 s after the 60 s of warm-up");
        }
        int network = ((InternalRuleBase) base).getMemoryCount();
        System.out.printf("cases\t%d pooled, %d new%n", n[0], n[1]);
        System.out.printf("node memories in the network\t%d%n", network);
        System.out.printf("pooled: CPU per case\t%.0f us%n", cpu[0] / 1e3 / n[0]);
        System.out.printf("pooled: of which the reset\t%.0f us (%.0f %%), %.0f node memories reset%n",
                reset[0] / 1e3 / n[0], 100.0 * reset[0] / cpu[0], memories[0] / (double) n[0]);
        System.out.printf("new session per case: CPU per case\t%.0f us, %.0f node memories created, disposal %.0f us%n",
                cpu[1] / 1e3 / n[1], memories[1] / (double) n[1], reset[1] / 1e3 / n[1]);

        // the unavoidable part: resetting memories that hold nothing
        KieSession idle = pool.newKieSession();
        NodeMemories nm = ((StatefulKnowledgeSessionImpl) idle).getNodeMemories();
        int created = held(nm);
        int rounds = 20_000;
        long c0 = THREADS.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            nm.resetAllMemories();
        }
        System.out.printf("reset of a pooled session holding no fact\t%.0f us (%d node memories)%n",
                (THREADS.getCurrentThreadCpuTime() - c0) / 1e3 / rounds, created);
        idle.dispose();
    }

    /** A pool whose sessions report the CPU time of their disposal and the node memories they held. */
    private KieSessionsPool wrap(KieBase base, KieSessionsPool pool) {
        ClassLoader loader = EngineFloor.class.getClassLoader();
        return (KieSessionsPool) Proxy.newProxyInstance(loader, new Class<?>[] {KieSessionsPool.class}, (p, m, a) -> {
            if (!m.getName().equals("newKieSession") || (a != null && a.length > 0)) {
                return invoke(m, pool, a);
            }
            KieSession s = fresh ? base.newKieSession() : pool.newKieSession();
            return Proxy.newProxyInstance(loader, new Class<?>[] {KieSession.class}, (p2, m2, a2) -> {
                if (!m2.getName().equals("dispose")) {
                    return invoke(m2, s, a2);
                }
                memoriesReset += held(((StatefulKnowledgeSessionImpl) s).getNodeMemories());
                long c0 = THREADS.getCurrentThreadCpuTime();
                s.dispose();
                resetNanos += THREADS.getCurrentThreadCpuTime() - c0;
                return null;
            });
        });
    }

    /** The node memories a session has created. */
    private static int held(NodeMemories nm) {
        int n = 0;
        for (int i = 0; i < nm.length(); i++) {
            n += nm.peekNodeMemory(i) == null ? 0 : 1;
        }
        return n;
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T field(Object o, String name, Class<T> type) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return type.cast(f.get(o));
    }

    private static void setField(Object o, String name, Object value) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        f.set(o, value);
    }
}
