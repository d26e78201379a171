package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTest {

    private final List<Link> links = KernelJson.links(Captured.read("ip-d-link.json"));

    private Link link(String name) {
        return links.stream().filter(l -> l.ifname().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryDeviceInIfindexOrder() {
        assertThat(links).extracting(Link::ifindex).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(links).extracting(Link::ifname)
                .containsExactly("lo", "br0", "veth1", "veth2", "vx0", "mv0", "tun0", "veth3p", "veth3");
        assertThat(links).extracting(Link::kind)
                .containsExactly("", "bridge", "veth", "veth", "vxlan", "macvlan", "tun", "veth", "veth");
    }

    @Test
    void loopbackHasNoLinkinfoSoItsKindIsEmpty() {
        Link lo = link("lo");
        assertThat(lo.linkinfo()).isNull();
        assertThat(lo.kind()).isEmpty();
        assertThat(lo.slaveKind()).isEmpty();
        assertThat(lo.mtu()).isEqualTo(65536);
        assertThat(lo.operstate()).isEqualTo("UNKNOWN");
    }

    @Test
    void bridgeKeepsItsSettingsAsGenericData() {
        Link br0 = link("br0");
        assertThat(br0.master()).isNull();
        assertThat(br0.address()).isEqualTo("46:7a:41:9a:cb:e3");
        assertThat(br0.isUp()).isTrue();
        assertThat(br0.hasCarrier()).isTrue();
        assertThat(br0.operstate()).isEqualTo("UP");
        assertThat(br0.linkinfo().data().path("stp_state").asInt()).isZero();
        assertThat(br0.linkinfo().data().path("forward_delay").asInt()).isEqualTo(1500);
        assertThat(br0.linkinfo().data().path("vlan_filtering").asInt()).isZero();
        assertThat(br0.linkinfo().slaveData().isEmpty()).isTrue();
    }

    @Test
    void bridgeIsPromiscuousBecauseOfTheMacvlanOnItThoughNoPromiscFlagIsShown() {
        Link br0 = link("br0");
        assertThat(br0.promiscuity()).isEqualTo(1);
        assertThat(br0.hasFlag("PROMISC")).isFalse();
        assertThat(br0.isPromiscuous()).isTrue();
    }

    @Test
    void bridgePortWithItsPeerInAnotherNamespace() {
        Link veth1 = link("veth1");
        assertThat(veth1.master()).isEqualTo("br0");
        assertThat(veth1.slaveKind()).isEqualTo("bridge");
        // the peer is eth0 in ns1: no name, only its index there and the namespace id
        assertThat(veth1.link()).isNull();
        assertThat(veth1.linkIndex()).isEqualTo(2);
        assertThat(veth1.linkNetnsid()).isZero();
        assertThat(link("veth2").linkNetnsid()).isEqualTo(1);
        assertThat(veth1.linkinfo().slaveData().path("state").asText()).isEqualTo("forwarding");
        assertThat(veth1.linkinfo().slaveData().path("learning").asBoolean()).isTrue();
        assertThat(veth1.allmulti()).isEqualTo(1);
    }

    @Test
    void promiscuityCountsTheBridgeAndTheUserApart() {
        Link veth1 = link("veth1");
        Link veth2 = link("veth2");
        assertThat(veth1.promiscuity()).isEqualTo(1);   // the bridge only
        assertThat(veth1.hasFlag("PROMISC")).isFalse();
        assertThat(veth1.isPromiscuous()).isTrue();
        assertThat(veth2.promiscuity()).isEqualTo(2);   // the bridge and `promisc on`
        assertThat(veth2.hasFlag("PROMISC")).isTrue();
        assertThat(link("vx0").isPromiscuous()).isFalse();
    }

    @Test
    void vxlanSettingsComeFromInfoData() {
        Link vx0 = link("vx0");
        assertThat(vx0.mtu()).isEqualTo(1450);
        assertThat(vx0.operstate()).isEqualTo("UNKNOWN");
        assertThat(vx0.hasCarrier()).isTrue();
        assertThat(vx0.linkinfo().data().path("id").asInt()).isEqualTo(42);
        assertThat(vx0.linkinfo().data().path("local").asText()).isEqualTo("10.0.0.254");
        assertThat(vx0.linkinfo().data().path("port").asInt()).isEqualTo(4789);
        assertThat(vx0.linkinfo().data().path("link").asText()).isEqualTo("br0");
    }

    @Test
    void macvlanNamesItsLowerDevice() {
        Link mv0 = link("mv0");
        assertThat(mv0.link()).isEqualTo("br0");
        assertThat(mv0.linkNetnsid()).isNull();
        assertThat(mv0.linkinfo().data().path("mode").asText()).isEqualTo("bridge");
    }

    @Test
    void tunWithoutAProcessIsUpWithoutCarrier() {
        Link tun0 = link("tun0");
        assertThat(tun0.isUp()).isTrue();
        assertThat(tun0.hasFlag("NO-CARRIER")).isTrue();
        assertThat(tun0.hasCarrier()).isFalse();
        assertThat(tun0.operstate()).isEqualTo("DOWN");
        assertThat(tun0.address()).isNull();
        assertThat(tun0.linkinfo().data().path("type").asText()).isEqualTo("tun");
        assertThat(tun0.linkinfo().data().path("persist").asBoolean()).isTrue();
    }

    @Test
    void downLinkAndItsPeerWithoutCarrier() {
        Link down = link("veth3p");
        assertThat(down.flags()).containsExactly("BROADCAST", "MULTICAST");
        assertThat(down.isUp()).isFalse();
        assertThat(down.hasCarrier()).isFalse();   // no NO-CARRIER printed, but no LOWER_UP either
        assertThat(down.link()).isEqualTo("veth3");
        assertThat(down.operstate()).isEqualTo("DOWN");

        Link up = link("veth3");
        assertThat(up.isUp()).isTrue();
        assertThat(up.hasCarrier()).isFalse();
        assertThat(up.flags()).contains("NO-CARRIER", "M-DOWN");
        assertThat(up.operstate()).isEqualTo("LOWERLAYERDOWN");
        assertThat(up.link()).isEqualTo("veth3p");
    }

    @Test
    void statsFromDashS() {
        List<Link> withStats = KernelJson.links(Captured.read("ip-d-s-link.json"));
        Link br0 = withStats.get(1);
        assertThat(br0.ifname()).isEqualTo("br0");
        assertThat(br0.rxPackets()).isEqualTo(31);
        assertThat(br0.txPackets()).isEqualTo(29);
        assertThat(br0.stats().rx().bytes()).isEqualTo(2169);
        assertThat(br0.stats().tx().bytes()).isEqualTo(3045);
        assertThat(br0.stats().tx().dropped()).isEqualTo(1);

        Link veth1 = withStats.get(2);
        assertThat(veth1.rxPackets()).isEqualTo(14);
        assertThat(veth1.txPackets()).isEqualTo(36);
        assertThat(veth1.stats().rx().dropped()).isZero();
        // -s does not lose what -d printed
        assertThat(veth1.master()).isEqualTo("br0");
        assertThat(veth1.slaveKind()).isEqualTo("bridge");

        Link tun0 = withStats.get(6);
        assertThat(tun0.rxPackets()).isZero();
        assertThat(tun0.txPackets()).isZero();
    }

    @Test
    void askingForStatsThatWereNotPrintedFails() {
        assertThatThrownBy(() -> link("br0").rxPackets())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("br0")
                .hasMessageContaining("-s");
    }

    @Test
    void withoutDashDThereIsNoKindAndPromiscuityFallsBackToTheFlag() {
        List<Link> plain = KernelJson.links(Captured.read("ip-link.json"));
        Link veth1 = plain.get(2);
        Link veth2 = plain.get(3);
        assertThat(veth1.ifname()).isEqualTo("veth1");
        assertThat(veth1.kind()).isEmpty();
        assertThat(veth1.master()).isEqualTo("br0");
        assertThat(veth1.promiscuity()).isNull();
        assertThat(veth1.isPromiscuous()).isFalse();
        assertThat(veth2.isPromiscuous()).isTrue();
    }

    @Test
    void peerInsideTheNamespacePointsBackAtTheBridgePort() {
        Link eth0 = KernelJson.links(Captured.read("ns1-ip-d-link.json")).get(1);
        assertThat(eth0.ifname()).isEqualTo("eth0");
        assertThat(eth0.kind()).isEqualTo("veth");
        assertThat(eth0.linkIndex()).isEqualTo(link("veth1").ifindex());
        assertThat(eth0.linkNetnsid()).isZero();
        assertThat(eth0.master()).isNull();
        assertThat(eth0.address()).isEqualTo("da:26:48:16:7d:27");
    }

    @Test
    void typeFilterPrintsEmptyObjectsForTheLinksItDrops() {
        List<Link> ports = KernelJson.links(Captured.read("ip-d-link-type-filter.json"));
        assertThat(ports).extracting(Link::ifname).containsExactly("veth1", "veth2");
    }

    @Test
    void viewsCannotBeChangedFromOutside() {
        Link vx0 = link("vx0");
        assertThatThrownBy(() -> vx0.flags().add("PROMISC")).isInstanceOf(UnsupportedOperationException.class);
        ((ObjectNode) vx0.linkinfo().data()).put("id", 7);
        assertThat(vx0.linkinfo().data().path("id").asInt()).isEqualTo(42);
    }
}
