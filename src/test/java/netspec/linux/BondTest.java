package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bond in active-backup mode with miimon 100 and ports p1 and p2, before and after p1's peer went down, then
 * with both down, and a bond made with no options; as Debian bookworm's kernel prints them (captured/debian-vm).
 */
class BondTest {

    private static Link link(String file, String name) {
        List<Link> links = KernelJson.links(Captured.read("debian-vm/" + file));
        return links.stream().filter(l -> l.ifname().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theFirstPortIsActiveAndTheOtherOneWaits() {
        Bond bond = Bond.of(link("bond-ip-d-s-link.json", "bond0")).orElseThrow();
        assertThat(bond.mode()).isEqualTo("active-backup");
        assertThat(bond.active()).contains("p1");
        assertThat(bond.monitorsLinks()).isTrue();
        assertThat(bond.miimon()).isEqualTo(100);
        BondPort p1 = BondPort.of(link("bond-ip-d-s-link.json", "p1")).orElseThrow();
        BondPort p2 = BondPort.of(link("bond-ip-d-s-link.json", "p2")).orElseThrow();
        assertThat(p1.isActive()).isTrue();
        assertThat(p2.isBackup()).isTrue();
        assertThat(p2.linkSeenUp()).isTrue();
        assertThat(p2.linkFailureCount()).isZero();
    }

    @Test
    void afterTheActivePortLostItsLinkTheOtherOneIsActive() {
        assertThat(Bond.of(link("bond-failed-over-ip-d-s-link.json", "bond0")).orElseThrow().active()).contains("p2");
        BondPort p1 = BondPort.of(link("bond-failed-over-ip-d-s-link.json", "p1")).orElseThrow();
        assertThat(p1).isEqualTo(new BondPort("BACKUP", "DOWN", 1, p1.permanentMac()));
        assertThat(BondPort.of(link("bond-failed-over-ip-d-s-link.json", "p2")).orElseThrow().isActive()).isTrue();
    }

    @Test
    void everyPortCarriesTheBondsMacAndKeepsItsOwnAsPermanentAddress() {
        Link bond = link("bond-ip-d-s-link.json", "bond0");
        Link p1 = link("bond-ip-d-s-link.json", "p1");
        Link p2 = link("bond-ip-d-s-link.json", "p2");
        assertThat(p1.address()).isEqualTo(bond.address());
        assertThat(p2.address()).isEqualTo(bond.address());
        assertThat(BondPort.of(p1).orElseThrow().permanentMac()).isEqualTo(bond.address());
        assertThat(BondPort.of(p2).orElseThrow().permanentMac()).isNotEqualTo(bond.address()).matches("[0-9a-f:]{17}");
    }

    @Test
    void withNoPortLeftThereIsNoActivePort() {
        Link bond = link("bond-no-port-ip-d-link.json", "bond0");
        assertThat(Bond.of(bond).orElseThrow().active()).isEmpty();
        assertThat(bond.hasCarrier()).isFalse();
    }

    @Test
    void aBondMadeWithoutOptionsBalancesRoundRobinAndMonitorsNoLink() {
        Bond bond = Bond.of(link("bond-defaults-ip-d-link.json", "bond1")).orElseThrow();
        assertThat(bond).isEqualTo(new Bond("balance-rr", null, 0));
        assertThat(bond.monitorsLinks()).isFalse();
    }

    @Test
    void devicesThatAreNoBondOrNoBondPortHaveNoSuchView() {
        assertThat(Bond.of(link("bond-ip-d-s-link.json", "p1"))).isEmpty();
        assertThat(BondPort.of(link("bond-ip-d-s-link.json", "bond0"))).isEmpty();
        assertThat(BondPort.of(link("bond-ip-d-s-link.json", "lo"))).isEmpty();
    }
}
