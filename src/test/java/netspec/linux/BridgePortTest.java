package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BridgePortTest {

    private final List<Link> links = KernelJson.links(Captured.read("ifaces-ip-d-link.json"));

    private BridgePort port(String name) {
        return BridgePort.of(link(name)).orElseThrow();
    }

    private Link link(String name) {
        return links.stream().filter(l -> l.ifname().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aLoopBetweenTwoStpBridgesLeavesExactlyOnePortBlocking() {
        List<BridgePort> loop = List.of(port("l0a"), port("l0b"), port("l1a"), port("l1b"));
        assertThat(loop).filteredOn(BridgePort::isBlocking).hasSize(1);
        assertThat(loop).filteredOn(BridgePort::isForwarding).hasSize(3);
        assertThat(port("l0b").state()).isEqualTo("blocking");
        assertThat(loop).noneMatch(BridgePort::isSettling);
    }

    @Test
    void isolationAndHairpinAreReadPerPort() {
        assertThat(port("veth1").isolated()).isTrue();
        assertThat(port("veth1").hairpin()).isFalse();
        assertThat(port("veth2").isolated()).isFalse();
        assertThat(port("veth2").hairpin()).isTrue();
        assertThat(port("veth2").learning()).isTrue();
    }

    @Test
    void devicesThatAreNoBridgePortHaveNoPortView() {
        assertThat(BridgePort.of(link("br0"))).isEmpty();
        assertThat(BridgePort.of(link("tap0"))).isEmpty();
    }

    @Test
    void withoutDashDNothingSaysTheDeviceIsAPort() {
        Link veth1 = KernelJson.links(Captured.read("ip-link.json")).get(2);
        assertThat(veth1.master()).isEqualTo("br0");
        assertThat(BridgePort.of(veth1)).isEmpty();
    }

    @Test
    void settlingStatesAreListeningAndLearning() {
        assertThat(new BridgePort("listening", true, false, false).isSettling()).isTrue();
        assertThat(new BridgePort("learning", true, false, false).isSettling()).isTrue();
        assertThat(new BridgePort("disabled", true, false, false).isSettling()).isFalse();
        assertThat(BridgePort.STATES).contains("disabled", "blocking", "forwarding");
    }
}
