package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parent of stacked devices, named in one namespace and numbered across two (captured/debian-vm). */
class LowerDeviceTest {

    private static Link link(String file, String name) {
        List<Link> links = KernelJson.links(Captured.read("debian-vm/" + file));
        return links.stream().filter(l -> l.ifname().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aVlanInTheNamespaceOfItsParentNamesIt() {
        Link eth0 = link("vlan-ip-d-link.json", "eth0");
        Link vlan = link("vlan-ip-d-link.json", "eth0.10");
        assertThat(LowerDevice.isBelow(eth0, vlan, true)).isTrue();
        assertThat(LowerDevice.isBelow(vlan, eth0, true)).isFalse();
        assertThat(LowerDevice.of(vlan)).isEqualTo("eth0");
    }

    @Test
    void anIpvlanInAnotherNamespaceGivesTheIndexOfItsParentThere() {
        Link parent = link("ipvlan-parent-ip-d-link.json", "up0");
        Link child = link("ipvlan-l2-ip-d-link.json", "iv1");
        assertThat(child.link()).isNull();
        assertThat(LowerDevice.isBelow(parent, child, false)).isTrue();
        assertThat(LowerDevice.of(child)).isEqualTo("ifindex " + parent.ifindex());
        assertThat(LowerDevice.isBelow(link("vlan-ip-d-link.json", "eth0"), child, false)).isFalse();
    }

    @Test
    void aDeviceOnNothingHasNoLowerDevice() {
        Link lo = link("vlan-ip-d-link.json", "lo");
        assertThat(LowerDevice.of(lo)).isEqualTo("none");
        assertThat(LowerDevice.isBelow(lo, lo, true)).isFalse();
    }

    @Test
    void aParentOfTheSameNameInAnotherNamespaceIsNotTheParent() {
        // seen surviving the mutation run on a VM: "eth0.0 in ns1 is a VLAN with ID 0 on eth0 in ns2"
        Link eth0 = link("vlan-ip-d-link.json", "eth0");
        Link vlan = link("vlan-ip-d-link.json", "eth0.10");
        assertThat(LowerDevice.isBelow(eth0, vlan, false)).isFalse();
        Link child = link("ipvlan-l2-ip-d-link.json", "iv1");
        assertThat(LowerDevice.isBelow(link("ipvlan-parent-ip-d-link.json", "up0"), child, true)).isFalse();
    }
}
