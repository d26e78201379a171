package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressInfoTest {

    private final List<AddressInfo> links = KernelJson.addresses(Captured.read("ip-addr.json"));

    private AddressInfo link(String name) {
        return links.stream().filter(l -> l.ifname().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void bridgeAddressesInKernelOrder() {
        AddressInfo br0 = link("br0");
        assertThat(br0.ifindex()).isEqualTo(2);
        assertThat(br0.cidrs()).containsExactly("10.0.0.254/24", "fd00::254/64", "fe80::c444:b9ff:fef8:1654/64");
        Address v4 = br0.addresses("inet").get(0);
        assertThat(v4.isIpv4()).isTrue();
        assertThat(v4.broadcast()).isEqualTo("10.0.0.255");
        assertThat(v4.scope()).isEqualTo("global");
        assertThat(v4.label()).isEqualTo("br0");
        assertThat(v4.dynamic()).isFalse();
        Address global6 = br0.addresses("inet6").get(0);
        assertThat(global6.isIpv6()).isTrue();
        assertThat(global6.nodad()).isTrue();
        assertThat(br0.addresses("inet6").get(1).scope()).isEqualTo("link");
    }

    @Test
    void bridgePortsHaveOnlyLinkLocalAddresses() {
        AddressInfo veth1 = link("veth1");
        assertThat(veth1.master()).isEqualTo("br0");
        assertThat(veth1.addresses("inet")).isEmpty();
        assertThat(veth1.cidrs()).containsExactly("fe80::942a:56ff:fede:cc8e/64");
    }

    @Test
    void pointToPointAddressKeepsItsPeer() {
        Address tun0 = link("tun0").addrInfo().get(0);
        assertThat(tun0.cidr()).isEqualTo("10.9.9.1/32");
        assertThat(tun0.peer()).isEqualTo("10.9.9.2");
        assertThat(link("br0").addrInfo().get(0).peer()).isNull();
    }

    @Test
    void linkWithoutAddressesHasAnEmptyList() {
        AddressInfo down = link("veth3p");
        assertThat(down.addrInfo()).isEmpty();
        assertThat(down.operstate()).isEqualTo("DOWN");
        assertThat(link("veth3").cidrs()).containsExactly("192.168.99.1/24");
    }

    @Test
    void familyFilterLeavesOutLinksWithoutSuchAddresses() {
        List<AddressInfo> v4 = KernelJson.addresses(Captured.read("ip-4-addr.json"));
        assertThat(v4).extracting(AddressInfo::ifname).containsExactly("lo", "br0", "vx0", "tun0", "veth3");
        assertThat(v4).flatExtracting(AddressInfo::cidrs)
                .containsExactly("127.0.0.1/8", "10.0.0.254/24", "192.168.42.254/24", "10.9.9.1/32", "192.168.99.1/24");
    }
}
