package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourTest {

    private final List<Neighbour> neighbours = KernelJson.neighbours(Captured.read("ip-neigh.json"));

    private Neighbour on(String dev, String dst) {
        return neighbours.stream().filter(n -> n.dev().equals(dev) && n.dst().equals(dst)).findFirst().orElseThrow();
    }

    @Test
    void bothPeersWereResolvedOnTheBridge() {
        assertThat(neighbours).hasSize(12);
        assertThat(on("br0", "10.0.0.1").lladdr()).isEqualTo("da:26:48:16:7d:27");
        assertThat(on("br0", "10.0.0.1").state()).containsExactly("DELAY");
        assertThat(on("br0", "10.0.0.2").lladdr()).isEqualTo("26:ee:f7:03:fb:44");
        assertThat(on("br0", "10.0.0.2").hasState("REACHABLE")).isTrue();
        assertThat(on("br0", "fd00::1").lladdr()).isEqualTo("da:26:48:16:7d:27");
    }

    @Test
    void permanentEntryAddedByHand() {
        Neighbour manual = on("br0", "10.0.0.3");
        assertThat(manual.isPermanent()).isTrue();
        assertThat(manual.lladdr()).isEqualTo("02:00:00:00:00:03");
    }

    @Test
    void unresolvedEntryHasNoLinkLayerAddress() {
        // vx0 floods to 10.0.0.9, which nobody answers
        Neighbour missing = on("br0", "10.0.0.9");
        assertThat(missing.state()).containsExactly("INCOMPLETE");
        assertThat(missing.lladdr()).isNull();
    }

    @Test
    void remoteVtepSeenThroughTheVxlan() {
        assertThat(on("vx0", "192.168.42.2").lladdr()).isEqualTo("d6:0f:3f:ba:8d:56");
    }

    @Test
    void routerFlagIsPrintedAsAKeyWithANullValue() {
        List<Neighbour> fromNs1 = KernelJson.neighbours(Captured.read("ns1-ip-neigh.json"));
        assertThat(fromNs1).extracting(Neighbour::dst).containsExactly("10.0.0.254", "10.0.0.2", "fd00::254");
        assertThat(fromNs1).extracting(Neighbour::router).containsExactly(false, false, true);
        assertThat(fromNs1.get(2).lladdr()).isEqualTo("46:7a:41:9a:cb:e3");
        assertThat(neighbours).noneMatch(Neighbour::router);
    }

    @Test
    void filteringByDeviceDropsTheDev() {
        List<Neighbour> br0 = KernelJson.neighbours(Captured.read("ip-neigh-dev-br0.json"));
        assertThat(br0).hasSize(7);
        assertThat(br0).extracting(Neighbour::dev).containsOnlyNulls();
        assertThat(br0).extracting(Neighbour::dst).contains("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.9");
    }
}
