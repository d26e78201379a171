package netspec.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Near misses a spec writer really types, against the real glue. */
class NearMissesTest {

    private static final NearMisses GLUE = new NearMisses(Glue.of(Glue.PACKAGE).steps().stream()
            .map(s -> new NearMisses.Step(s.keyword(), s.pattern())).toList());

    private static List<String> closest(String text) {
        List<String> found = GLUE.closest(text, 3);
        System.out.println(text + " -> " + found);
        return found;
    }

    @Test
    void aShortenedFactSuggestsTheFullOneWithTheWritersWords() {
        assertThat(closest("br0 have learned the MAC of veth1"))
                .contains("Then br0 has learned the MAC address of veth1 on port {iface}");
    }

    @Test
    void anotherVerbSuggestsTheStepsOwnPhrase() {
        assertThat(closest("veth1 gets deleted")).first().isEqualTo("When veth1 is deleted");
        assertThat(closest("the namespace ns2 is deleted")).isNotEmpty()
                .allSatisfy(s -> assertThat(s).contains("ns2 is deleted"));
    }

    @Test
    void aWrongVerbFormStillFindsTheStep() {
        assertThat(closest("a bridges br0")).first().isEqualTo("Given a bridge br0");
        assertThat(closest("ns1 ping 10.0.0.2")).first().asString().startsWith("When ns1 pings 10.0.0.2");
    }

    @Test
    void nonsenseSuggestsNothing() {
        assertThat(closest("a flux capacitor between br0 and the past")).isEmpty();
    }
}
