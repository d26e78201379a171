package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class FdbEntryTest {

    private final List<FdbEntry> fdb = KernelJson.fdb(Captured.read("bridge-fdb.json"));

    private FdbEntry entry(String mac, String ifname) {
        return fdb.stream().filter(e -> e.mac().equals(mac) && ifname.equals(e.ifname())).findFirst().orElseThrow();
    }

    @Test
    void onlyThePeersSeenInTrafficAreLearned() {
        assertThat(fdb).hasSize(39);
        assertThat(fdb).filteredOn(FdbEntry::isLearned)
                .extracting(FdbEntry::mac, FdbEntry::ifname, FdbEntry::master)
                .containsExactly(
                        tuple("da:26:48:16:7d:27", "veth1", "br0"),
                        tuple("26:ee:f7:03:fb:44", "veth2", "br0"));
    }

    @Test
    void theLearnedMacsAreThoseOfTheNamespacedPeers() {
        Link ns1Eth0 = KernelJson.links(Captured.read("ns1-ip-d-link.json")).get(1);
        Neighbour ns1SeenFromBr0 = KernelJson.neighbours(Captured.read("ip-neigh.json")).stream()
                .filter(n -> n.dst().equals("10.0.0.1") && n.dev().equals("br0")).findFirst().orElseThrow();
        FdbEntry learned = entry(ns1Eth0.address(), "veth1");
        assertThat(learned.isLearned()).isTrue();
        assertThat(ns1SeenFromBr0.lladdr()).isEqualTo(learned.mac());
    }

    @Test
    void aLearnedEntryHasAnEmptyStateAndNoFlagsNotAMasterFlag() {
        FdbEntry learned = entry("26:ee:f7:03:fb:44", "veth2");
        assertThat(learned.state()).isEmpty();
        assertThat(learned.flags()).isEmpty();
        assertThat(learned.vlan()).isNull();
        assertThat(learned.isDynamic()).isTrue();
        assertThat(learned.isPermanent()).isFalse();
    }

    @Test
    void aPortsOwnMacIsPermanentNotLearned() {
        FdbEntry own = entry("96:2a:56:de:cc:8e", "veth1");
        assertThat(own.master()).isEqualTo("br0");
        assertThat(own.isPermanent()).isTrue();
        assertThat(own.isLearned()).isFalse();
        assertThat(own.isDynamic()).isFalse();
    }

    @Test
    void staticAndExternLearnEntriesAreNotLearned() {
        FdbEntry manual = entry("02:00:00:00:00:10", "veth1");
        assertThat(manual.isStatic()).isTrue();
        assertThat(manual.isLearned()).isFalse();

        FdbEntry external = entry("02:00:00:00:00:11", "veth1");
        assertThat(external.hasFlag("extern_learn")).isTrue();
        assertThat(external.state()).isEmpty();
        assertThat(external.isDynamic()).isFalse();
        assertThat(external.isLearned()).isFalse();
    }

    @Test
    void selfEntriesAreTheDevicesOwnAddressLists() {
        FdbEntry multicast = entry("33:33:00:00:00:01", "veth1");
        assertThat(multicast.hasFlag("self")).isTrue();
        assertThat(multicast.master()).isNull();
        assertThat(multicast.isPermanent()).isTrue();
        assertThat(multicast.isLearned()).isFalse();
        // the macvlan's MAC sits in br0's own table
        assertThat(entry("3e:c9:31:7b:2c:3d", "br0").hasFlag("self")).isTrue();
    }

    @Test
    void vxlanRemotesHaveADestinationAndTheRemoteVtepMacIsDynamicButNotBridgeLearned() {
        List<FdbEntry> vx0 = fdb.stream().filter(e -> "vx0".equals(e.ifname())).toList();
        assertThat(vx0).extracting(FdbEntry::mac, FdbEntry::dst, FdbEntry::state).containsExactly(
                tuple("d6:0f:3f:ba:8d:56", "10.0.0.2", ""),
                tuple("00:00:00:00:00:00", "10.0.0.9", "permanent"),
                tuple("00:00:00:00:00:00", "10.0.0.2", "permanent"));
        FdbEntry remote = vx0.get(0);
        assertThat(remote.hasFlag("self")).isTrue();
        assertThat(remote.isDynamic()).isTrue();
        assertThat(remote.isLearned()).isFalse();
        assertThat(remote.vni()).isNull();
    }

    @Test
    void filteringByDeviceDropsTheIfname() {
        List<FdbEntry> veth1 = KernelJson.fdb(Captured.read("bridge-fdb-veth1.json"));
        assertThat(veth1).extracting(FdbEntry::ifname).containsOnlyNulls();
        assertThat(veth1).filteredOn(FdbEntry::isLearned).extracting(FdbEntry::mac)
                .containsExactly("da:26:48:16:7d:27");
        assertThat(KernelJson.fdb(Captured.read("bridge-fdb-vx0.json"))).extracting(FdbEntry::dst)
                .containsExactly("10.0.0.2", "10.0.0.9", "10.0.0.2");
    }

    @Test
    void filteringByBridgeKeepsThePortsAndTheBridgeItself() {
        List<FdbEntry> br0 = KernelJson.fdb(Captured.read("bridge-fdb-br0.json"));
        assertThat(br0).extracting(FdbEntry::ifname).containsOnly("br0", "veth1", "veth2");
        assertThat(br0).filteredOn(FdbEntry::isLearned).hasSize(2);
    }
}
