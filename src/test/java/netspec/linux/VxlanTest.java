package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** vx0 (VNI 42, port 4789, bound to br0, learning) and a bridge, as captured in ip-d-link.json. */
class VxlanTest {

    private static Link link(String name) {
        List<Link> links = KernelJson.links(Captured.read("ip-d-link.json"));
        return links.stream().filter(l -> l.ifname().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsTheVniThePortTheUnderlayAndLearning() {
        assertThat(Vxlan.of(link("vx0"))).contains(new Vxlan(42, 4789, "br0", true));
    }

    @Test
    void aDeviceOfAnotherKindIsNoVxlan() {
        assertThat(Vxlan.of(link("br0"))).isEmpty();
    }
}
