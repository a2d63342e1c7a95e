package org.fundingrules.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Graph reachability over the ids of a case, for the facts the engine is given: which ids are connected at all, and
 * which lie on a cycle together. Pure functions of the edges they are given, in time proportional to the ids and
 * edges; they know nothing of shares, dates or control and never say whether an enterprise is linked, a partner or
 * an SME: rules that state the legal test read their result only to skip joins that cannot succeed.
 */
public final class Reachability {
    private Reachability() {
    }

    /** A directed edge between two ids (a holder and the enterprise it holds, for example). */
    public record Edge(String from, String to) {
    }

    /**
     * Anything that joins two ids, for {@link Connectivity}: a fact whose accessors {@code one()} and {@code other()} name
     * the two ends (a direct link between two enterprises, for example).
     */
    public interface Link {
        /** One end. */
        String one();

        /** The other end. */
        String other();
    }

    /**
     * The connected components of the graph, the direction of the edges ignored: every id of {@code ids} and of the
     * edges mapped to the smallest id (in {@link String#compareTo} order) of its component. An id in no edge is a
     * component of its own.
     */
    public static Map<String, String> components(Collection<String> ids, Collection<Edge> edges) {
        Map<String, String> parent = new HashMap<>();
        for (String id : ids) {
            root(parent, id);
        }
        for (Edge e : edges) {
            String a = root(parent, e.from());
            String b = root(parent, e.to());
            if (!a.equals(b)) {
                if (a.compareTo(b) < 0) {
                    parent.put(b, a);
                } else {
                    parent.put(a, b);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String id : parent.keySet().toArray(String[]::new)) {
            out.put(id, root(parent, id));
        }
        return out;
    }

    /**
     * The ids that lie on a directed cycle, each mapped to the smallest id of its strongly connected component (the
     * ids that reach it and that it reaches); ids on no cycle are absent. An edge from an id to itself is a cycle.
     */
    public static Map<String, String> cycles(Collection<Edge> edges) {
        Map<String, List<String>> next = new HashMap<>();
        for (Edge e : edges) {
            next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            next.computeIfAbsent(e.to(), k -> new ArrayList<>());
        }
        // Tarjan's algorithm, iterative (a chain of thousands must not overflow the stack)
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        java.util.Set<String> onStack = new java.util.HashSet<>();
        Map<String, String> out = new HashMap<>();
        int counter = 0;
        for (String start : next.keySet()) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();   // {id, position in its successors}
            work.push(new Object[] {start, 0});
            index.put(start, counter);
            low.put(start, counter++);
            stack.push(start);
            onStack.add(start);
            while (!work.isEmpty()) {
                Object[] top = work.peek();
                String v = (String) top[0];
                List<String> succ = next.get(v);
                int i = (Integer) top[1];
                if (i < succ.size()) {
                    top[1] = i + 1;
                    String w = succ.get(i);
                    if (!index.containsKey(w)) {
                        index.put(w, counter);
                        low.put(w, counter++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    if (component.size() > 1 || succ.contains(v)) {
                        String smallest = component.stream().min(String::compareTo).orElseThrow();
                        component.forEach(c -> out.put(c, smallest));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The representative of {@code id} in a union-find forest kept as a parent map (an id not yet in it becomes its own
     * root); compresses the path it walks, so long chains stay cheap.
     */
    public static String root(Map<String, String> parent, String id) {
        String r = id;
        while (true) {
            String p = parent.putIfAbsent(r, r);
            if (p == null || p.equals(r)) {
                break;
            }
            r = p;
        }
        String x = id;
        while (!x.equals(r)) {
            String n = parent.get(x);
            parent.put(x, r);
            x = n;
        }
        return r;
    }
}
