package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class MdbEntryTest {

    private final List<MdbEntry> mdb = KernelJson.mdb(Captured.read("ifaces-bridge-mdb.json"));

    @Test
    void snoopedJoinsAppearOnThePortOfTheMember() {
        // ns1 joined 239.1.1.1 (IGMP) behind veth1, ns2 joined ff0e::1:1 (MLD) behind veth2
        assertThat(mdb).filteredOn(e -> "br2".equals(e.dev()) && !e.grp().startsWith("ff02:"))
                .extracting(MdbEntry::port, MdbEntry::grp, MdbEntry::isSnooped)
                .containsExactlyInAnyOrder(tuple("veth2", "ff0e::1:1", true), tuple("veth1", "239.1.1.1", true));
    }

    @Test
    void entriesOfEveryBridgeAreFlattenedOutOfTheirWrapper() {
        assertThat(mdb).hasSize(16);
        assertThat(mdb).extracting(MdbEntry::dev).containsOnly("br0", "br1", "br2");
        // the host's own joins show the bridge itself as the port
        assertThat(mdb).anyMatch(e -> "br2".equals(e.port()) && "ff02::6a".equals(e.grp()));
        assertThat(mdb).allMatch(e -> e.vid() == null && e.flags().isEmpty());
    }

    @Test
    void aBridgeThatDoesNotSnoopHasAnEmptyDatabase() {
        assertThat(KernelJson.mdb(Captured.read("ifaces-bridge-mdb-no-snooping.json"))).isEmpty();
    }
}
