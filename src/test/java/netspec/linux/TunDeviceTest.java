package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TunDeviceTest {

    private final List<Link> links = KernelJson.links(Captured.read("ifaces-ip-d-link.json"));

    private Link link(String name) {
        return links.stream().filter(l -> l.ifname().equals(name)).findFirst().orElseThrow();
    }

    private TunDevice device(String name) {
        return TunDevice.of(link(name)).orElseThrow();
    }

    @Test
    void aTunIsLayer3AndNotLayer2() {
        TunDevice tun0 = device("tun0");
        assertThat(tun0.isTun()).isTrue();
        assertThat(tun0.link().linkType()).isEqualTo("none");
        assertThat(tun0.link().address()).isNull();
        assertThat(tun0.looksLayer3()).isTrue();
        assertThat(tun0.looksLayer2()).isFalse();
    }

    @Test
    void aTapIsLayer2AndNotLayer3() {
        TunDevice tap0 = device("tap0");
        assertThat(tap0.isTap()).isTrue();
        assertThat(tap0.link().linkType()).isEqualTo("ether");
        assertThat(tap0.link().address()).isEqualTo("7a:b0:21:23:7b:87");
        assertThat(tap0.looksLayer2()).isTrue();
        assertThat(tap0.looksLayer3()).isFalse();
    }

    @Test
    void carrierFollowsTheReader() {
        // tun0 and tap0 had a reader attached when captured, tap1 had none
        assertThat(link("tun0").hasCarrier()).isTrue();
        assertThat(link("tap0").hasCarrier()).isTrue();
        assertThat(link("tap1").hasCarrier()).isFalse();
        assertThat(link("tap1").hasFlag("NO-CARRIER")).isTrue();
        assertThat(device("tap1").persistent()).isTrue();
        assertThat(device("tap1").packetInfo()).isFalse();
    }

    @Test
    void otherKindsAreNoTunDevices() {
        assertThat(TunDevice.of(link("veth1"))).isEmpty();
        assertThat(link("veth1").linkType()).isEqualTo("ether");
        assertThat(link("lo").linkType()).isEqualTo("loopback");
    }
}
