package org.fundingrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityTest {
    private record L(String one, String other) implements Reachability.Link {
    }

    private static L link(String a, String b) {
        return new L(a, b);
    }

    private static Connectivity.Forest forest(List<L> links) {
        Connectivity f = new Connectivity();
        Connectivity.Forest context = f.createContext();
        f.init(context);
        links.forEach(l -> f.accumulate(context, l));
        return (Connectivity.Forest) f.getResult(context);
    }

    @Test
    void linksJoinTheirEndsWhateverTheirDirectionAndOrder() {
        Connectivity.Forest f = forest(List.of(link("c", "b"), link("x", "y"), link("a", "b")));
        assertThat(f.connected("a", "c")).isTrue();
        assertThat(f.connected("c", "a")).isTrue();
        assertThat(f.connected("x", "y")).isTrue();
        assertThat(f.connected("a", "x")).isFalse();
        // an id no link touches is connected to nothing, not even to itself
        assertThat(f.connected("z", "z")).isFalse();
        assertThat(f.connected("a", "a")).isTrue();
    }

    @Test
    void theForestGrowsWithEachLinkAndStartsAfreshOnInit() {
        Connectivity fn = new Connectivity();
        Connectivity.Forest f = fn.createContext();
        fn.init(f);
        fn.accumulate(f, link("a", "b"));
        assertThat(f.connected("a", "c")).isFalse();
        fn.accumulate(f, link("c", "b"));
        assertThat(f.connected("a", "c")).isTrue();
        fn.init(f);
        assertThat(f.connected("a", "b")).isFalse();
        assertThat(fn.supportsReverse()).isFalse();
        assertThat(fn.getResultType()).isEqualTo(Connectivity.Forest.class);
        assertThatThrownBy(() -> fn.reverse(f, link("a", "b"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aChainOfThousandsIsOneComponent() {
        List<L> chain = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            chain.add(link("x" + (i + 1), "x" + i));
        }
        Connectivity.Forest f = forest(chain);
        assertThat(f.connected("x0", "x5000")).isTrue();
    }

    @Test
    void aForestSurvivesSerialization() throws Exception {
        Connectivity.Forest f = forest(List.of(link("a", "b")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(f);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Connectivity.Forest g = (Connectivity.Forest) in.readObject();
            assertThat(g.connected("a", "b")).isTrue();
            assertThat(g.connected("a", "c")).isFalse();
        }
    }
}
