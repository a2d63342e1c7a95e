package org.fundingrules.facts;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * Which ids the links accumulated so far connect, the direction of the links ignored, for DRL {@code accumulate}:
 * {@code import accumulate org.fundingrules.facts.Connectivity connectivity;}, then
 * {@code Forest( connected($a, $b) ) from accumulate( $l : SomeLink(), connectivity( $l ) )} with facts that are
 * {@link Reachability.Link}s. Mechanical work only (graph reachability, a union-find forest): it knows
 * nothing of shares, dates or control and never says whether two enterprises are linked; the rule that calls it
 * states which links count and what their connection means.
 *
 * <p>Each accumulated link costs about constant time, so a rule that asks about one pair of ids pays for the links of
 * its structure once, not for every route between the two. Links only ever join ids: a retracted link makes the
 * engine accumulate the remaining links afresh ({@link #supportsReverse()} is false). Not thread-safe; the engine
 * keeps one forest per match.
 */
public final class Connectivity implements AccumulateFunction<Connectivity.Forest> {
    // fixed, so the precompiled rule base stays readable when tools (coverage, mutation testing) instrument classes
    private static final long serialVersionUID = 1L;

    /**
     * The ids joined so far, as a union-find forest: each id numbered in the order it is first seen, union by size and
     * path halving, so that a link or a question costs about constant time however the links come.
     */
    public static final class Forest implements Externalizable {
        private static final long serialVersionUID = 1L;

        private final Map<String, Integer> index = new HashMap<>();
        private int[] parent = new int[16];
        private int[] size = new int[16];

        public Forest() {
        }

        /** Joins the two ends of the link. */
        public void add(Reachability.Link l) {
            join(l.one(), l.other());
        }

        /**
         * Whether {@code a} and {@code b} are joined by the links added so far (an id is connected to itself only
         * through a link that touches it).
         */
        public boolean connected(String a, String b) {
            Integer i = index.get(a);
            Integer j = index.get(b);
            return i != null && j != null && root(i) == root(j);
        }

        private void join(String a, String b) {
            int x = root(number(a));
            int y = root(number(b));
            if (x != y) {
                if (size[x] < size[y]) {
                    int t = x;
                    x = y;
                    y = t;
                }
                parent[y] = x;
                size[x] += size[y];
            }
        }

        private int number(String id) {
            Integer i = index.get(id);
            if (i == null) {
                i = index.size();
                if (i == parent.length) {
                    parent = Arrays.copyOf(parent, 2 * i);
                    size = Arrays.copyOf(size, 2 * i);
                }
                parent[i] = i;
                size[i] = 1;
                index.put(id, i);
            }
            return i;
        }

        private int root(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private void clear() {
            index.clear();
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            // each id with the representative of its tree: enough to join them again
            Map<String, String> roots = new HashMap<>();
            String[] ids = new String[index.size()];
            index.forEach((id, i) -> ids[i] = id);
            index.forEach((id, i) -> roots.put(id, ids[root(i)]));
            out.writeObject(roots);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
            clear();
            ((Map<String, String>) in.readObject()).forEach(this::join);
        }
    }

    @Override
    public Forest createContext() {
        return new Forest();
    }

    @Override
    public void init(Forest context) {
        context.clear();
    }

    @Override
    public void accumulate(Forest context, Object value) {
        context.add((Reachability.Link) value);
    }

    @Override
    public void reverse(Forest context, Object value) {
        throw new UnsupportedOperationException("links are not removed from a forest; it is accumulated afresh");
    }

    /** The forest itself: read it at once (its {@link Forest#connected}), it grows with the next link. */
    @Override
    public Object getResult(Forest context) {
        return context;
    }

    @Override
    public boolean supportsReverse() {
        return false;
    }

    @Override
    public Class<?> getResultType() {
        return Forest.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
    }

    @Override
    public void readExternal(ObjectInput in) {
    }
}
