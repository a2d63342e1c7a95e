package org.fundingrules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundingrules.facts.Reachability.Edge;
import org.junit.jupiter.api.Test;

class ReachabilityTest {
    @Test
    void componentsIgnoreDirectionAndNameTheSmallestId() {
        Map<String, String> c = Reachability.components(List.of("z", "lone"),
                List.of(new Edge("b", "a"), new Edge("c", "b"), new Edge("x", "y")));
        assertThat(c).containsEntry("a", "a").containsEntry("b", "a").containsEntry("c", "a")
                .containsEntry("x", "x").containsEntry("y", "x").containsEntry("z", "z").containsEntry("lone", "lone");
    }

    @Test
    void cyclesAreTheStronglyConnectedComponentsWithACycle() {
        Map<String, String> c = Reachability.cycles(List.of(new Edge("a", "b"), new Edge("b", "c"),
                new Edge("c", "b"), new Edge("c", "d"), new Edge("e", "e"), new Edge("f", "g")));
        assertThat(c).containsOnlyKeys("b", "c", "e").containsEntry("b", "b").containsEntry("c", "b")
                .containsEntry("e", "e");
    }

    @Test
    void aLongChainHasNoCycleAndARingIsOne() {
        List<Edge> chain = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            chain.add(new Edge("x" + i, "x" + (i + 1)));
        }
        assertThat(Reachability.cycles(chain)).isEmpty();
        chain.add(new Edge("x20000", "x0"));
        Map<String, String> ring = Reachability.cycles(chain);
        assertThat(ring).hasSize(20_001);
        assertThat(ring.values()).containsOnly("x0");
        assertThat(Reachability.components(List.of(), chain).values()).containsOnly("x0");
    }

    @Test
    void twoCyclesJoinedOneWayAreTwoComponents() {
        Map<String, String> c = Reachability.cycles(List.of(new Edge("a", "b"), new Edge("b", "a"),
                new Edge("b", "c"), new Edge("c", "d"), new Edge("d", "c")));
        assertThat(c).containsEntry("a", "a").containsEntry("b", "a").containsEntry("c", "c").containsEntry("d", "c");
    }
}
