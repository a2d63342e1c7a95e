package org.fundingrules.facts;

import java.util.List;
import org.fundingrules.model.AdjacentMarkets;

/**
 * The case's market relations: two enterprises are on the same market when they share a NACE code (a code covers
 * its subdivisions: C29 covers C29.3), and on adjacent markets when the case names their markets adjacent.
 *
 * @param adjacent the adjacent pairs the case gives
 */
public record Markets(List<AdjacentMarkets> adjacent) {
    public Markets {
        adjacent = List.copyOf(adjacent);
    }

    /** Same or adjacent market for some market of each. */
    public boolean related(EnterpriseFact a, EnterpriseFact b) {
        for (String x : a.markets()) {
            for (String y : b.markets()) {
                if (covers(x, y) || covers(y, x) || adjacent(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean adjacent(String x, String y) {
        for (AdjacentMarkets p : adjacent) {
            if ((covers(p.market(), x) && covers(p.adjacentTo(), y)) || (covers(p.market(), y) && covers(p.adjacentTo(), x))) {
                return true;
            }
        }
        return false;
    }

    /** NACE codes nest by prefix: C covers C29, C29 covers C29.3, C29.3 covers C29.32. */
    private static boolean covers(String general, String specific) {
        return specific.startsWith(general);
    }

    /** The NACE sections of markets given as NACE codes: the first letter of each, sorted, without repeats. */
    public static List<String> sections(List<String> markets) {
        return markets.stream().map(m -> m.substring(0, 1)).distinct().sorted().toList();
    }
}
