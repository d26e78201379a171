package netspec.topology;

import static netspec.topology.CapturedTopology.NS1;
import static netspec.topology.CapturedTopology.NS2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import netspec.evidence.Place;
import netspec.linux.Address;

class TopologySnapshotTest {

    private final TopologySnapshot snapshot = CapturedTopology.snapshot();

    private static DeviceRef host(String name) {
        return new DeviceRef(Place.HOST, name);
    }

    private static DeviceRef in(Place place, String name) {
        return new DeviceRef(place, name);
    }

    private Device device(DeviceRef ref) {
        return snapshot.device(ref).orElseThrow();
    }

    @Test
    void everyNamespaceWithItsDevicesInIfindexOrder() {
        assertThat(snapshot.namespaces()).extracting(NamespaceState::place).containsExactly(Place.HOST, NS1, NS2);
        assertThat(snapshot.namespaces().get(0).devices()).extracting(Device::name, Device::kind)
                .containsExactly(tuple("lo", "loopback"), tuple("br0", "bridge"), tuple("veth1", "veth"),
                        tuple("veth2", "veth"), tuple("veth3p", "veth"), tuple("veth3", "veth"),
                        tuple("vx0", "vxlan"), tuple("mv0", "macvlan"), tuple("tun0", "tun"),
                        tuple("v<&>\"x", "veth"));
        assertThat(snapshot.namespaces().get(2).devices()).extracting(Device::name)
                .containsExactly("lo", "eth0", "veth-b", "p'q", "mvx");
    }

    @Test
    void bridgePortsKnowTheirMasterAndTheirStpState() {
        assertThat(device(host("veth1")).master()).contains("br0");
        assertThat(device(host("veth1")).portState()).isEqualTo("forwarding");
        assertThat(device(host("br0")).master()).isEmpty();
        assertThat(device(host("br0")).portState()).isEmpty();
    }

    @Test
    void twoPeersNamedEth0WithTheSameIfindexAreToldApartByTheirNamespaceId() {
        assertThat(device(in(NS1, "eth0")).ifindex()).isEqualTo(device(in(NS2, "eth0")).ifindex());
        assertThat(device(host("veth1")).peer()).contains(in(NS1, "eth0"));
        assertThat(device(host("veth2")).peer()).contains(in(NS2, "eth0"));
    }

    @Test
    void fromANamedNamespaceTheUnnamedIdIsTheSandboxsOwnNamespace() {
        assertThat(device(in(NS1, "eth0")).peer()).contains(host("veth1"));
        assertThat(device(in(NS2, "eth0")).peer()).contains(host("veth2"));
        assertThat(device(in(NS2, "mvx")).lower()).contains(host("veth3"));
    }

    @Test
    void aPairBetweenTwoNamedNamespacesAndAPairInsideOne() {
        assertThat(device(in(NS1, "veth-a")).peer()).contains(in(NS2, "veth-b"));
        assertThat(device(in(NS2, "veth-b")).peer()).contains(in(NS1, "veth-a"));
        assertThat(device(host("veth3")).peer()).contains(host("veth3p"));
        assertThat(device(host("veth3p")).peer()).contains(host("veth3"));
    }

    @Test
    void everyVethPairOnceWhateverSideItIsSeenFrom() {
        assertThat(snapshot.vethPairs()).containsExactly(
                new TopologySnapshot.VethPair(host("veth1"), in(NS1, "eth0")),
                new TopologySnapshot.VethPair(host("veth2"), in(NS2, "eth0")),
                new TopologySnapshot.VethPair(host("veth3p"), host("veth3")),
                new TopologySnapshot.VethPair(host("v<&>\"x"), in(NS2, "p'q")),
                new TopologySnapshot.VethPair(in(NS1, "veth-a"), in(NS2, "veth-b")));
    }

    @Test
    void devicesOverAParentPointAtItAndHaveNoPeer() {
        assertThat(device(host("mv0")).lower()).contains(host("br0"));
        assertThat(device(host("vx0")).lower()).contains(host("br0"));
        assertThat(device(in(NS1, "mv1")).lower()).contains(in(NS1, "eth0"));
        assertThat(device(host("mv0")).peer()).isEmpty();
        assertThat(device(host("veth1")).lower()).isEmpty();
        assertThat(device(host("br0")).lower()).isEmpty();
        assertThat(device(host("br0")).peer()).isEmpty();
    }

    @Test
    void kindDetailsTellDevicesOfOneKindApart() {
        assertThat(device(host("vx0")).detail()).isEqualTo("vni 42");
        assertThat(device(host("mv0")).detail()).isEqualTo("bridge");
        assertThat(device(in(NS1, "mv1")).detail()).isEqualTo("private");
        assertThat(device(in(NS2, "mvx")).detail()).isEqualTo("vepa");
        assertThat(device(host("br0")).detail()).isEmpty();
        assertThat(device(host("vx0")).mtu()).isEqualTo(1450);
    }

    @Test
    void statesAsIpLinkShowsThem() {
        assertThat(device(host("br0")).state()).isEqualTo(LinkState.UP);
        assertThat(device(host("lo")).state()).isEqualTo(LinkState.UP);
        assertThat(device(host("veth3")).state()).isEqualTo(LinkState.NO_CARRIER);
        assertThat(device(host("veth3p")).state()).isEqualTo(LinkState.DOWN);
        assertThat(device(host("tun0")).state()).isEqualTo(LinkState.NO_CARRIER);
        assertThat(device(in(NS2, "veth-b")).state()).isEqualTo(LinkState.UP);
    }

    @Test
    void macsAndAddressesOfEachDevice() {
        Device eth0 = device(in(NS1, "eth0"));
        assertThat(eth0.mac()).isEqualTo("76:d7:1c:d3:d7:cd");
        assertThat(eth0.addresses()).extracting(Address::cidr)
                .containsExactly("10.0.0.1/24", "fd00::1/64", "fe80::74d7:1cff:fed3:d7cd/64");
        Device tun0 = device(host("tun0"));
        assertThat(tun0.mac()).isNull();
        assertThat(tun0.addresses()).extracting(Address::cidr, Address::peer)
                .containsExactly(tuple("10.9.9.1/32", "10.9.9.2"));
        assertThat(device(host("veth3")).addresses()).isEmpty();
    }

    @Test
    void withoutNamespaceIdsAVethPeerIsStillFoundByItsMirroredIfindexes() {
        TopologySnapshot noIds = TopologySnapshot.of(List.of(
                CapturedTopology.place(Place.HOST, "host"),
                CapturedTopology.place(NS1, "ns1", ids -> "[]"),
                CapturedTopology.place(NS2, "ns2", ids -> "[]")));
        assertThat(noIds.device(in(NS1, "eth0")).orElseThrow().peer()).contains(host("veth1"));
        assertThat(noIds.device(in(NS2, "eth0")).orElseThrow().peer()).contains(host("veth2"));
        // a macvlan's parent has no mirrored index to check: better no line than a wrong one
        Device mvx = noIds.device(in(NS2, "mvx")).orElseThrow();
        assertThat(mvx.lower()).isEmpty();
        assertThat(mvx.unresolved()).contains("ifindex 6 in netns id 0, a namespace this scenario did not create");
    }

    @Test
    void aPeerInANamespaceThatWasNotReadIsReportedNotGuessed() {
        TopologySnapshot hostAndNs1 = TopologySnapshot.of(List.of(
                CapturedTopology.place(Place.HOST, "host"), CapturedTopology.place(NS1, "ns1")));
        Device veth2 = hostAndNs1.device(host("veth2")).orElseThrow();
        assertThat(veth2.peer()).isEmpty();
        assertThat(veth2.unresolved()).contains("ifindex 2 in netns id 1, a namespace this scenario did not create");
        assertThat(hostAndNs1.vethPairs()).extracting(TopologySnapshot.VethPair::one)
                .containsExactly(host("veth1"), host("veth3p"));
    }

    @Test
    void anUnreadableNamespaceIsKeptWithItsReason() {
        TopologySnapshot withGone = TopologySnapshot.of(List.of(CapturedTopology.place(Place.HOST, "host"),
                PlaceReadings.unreadable(NS1, "Cannot open network namespace \"ns1\"")));
        assertThat(withGone.namespaces().get(1).devices()).isEmpty();
        assertThat(withGone.namespaces().get(1).unreadable()).isEqualTo(Optional.of(
                "Cannot open network namespace \"ns1\""));
    }
}
