package netspec.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import netspec.evidence.args.InvalidStepArgument;
import netspec.linux.Captured;

/**
 * "in VLAN N" and "untagged" on a real capture of 802.1Q frames (captured/debian-vm/vlan.txt): what a port of a
 * VLAN-filtering bridge, a tagged member of VLAN 10, delivered to eth0 in ns3, where eth0.10 answered.
 */
class VlanTrafficTest {

    private static final List<Frame> TAGGED = TcpdumpLines.parse(Captured.read("debian-vm/vlan.txt"));

    @ParameterizedTest
    @ValueSource(strings = {
            "ICMP from 10.0.10.1 to 10.0.10.3 in VLAN 10",
            "ICMP from 10.0.10.3 to 10.0.10.1 in VLAN 10",
            "ARP from 10.0.10.1 to 10.0.10.3 in VLAN 10",
            "ARP from 10.0.0.3 to 10.0.0.2 untagged",  // eth0 itself asked, untagged
            "ICMP from 10.0.0.2 to 10.0.0.3",
    })
    void showsTrafficThatIsThere(String traffic) {
        assertThat(TAGGED).anyMatch(Traffic.parse(traffic));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ICMP from 10.0.10.1 to 10.0.10.3 untagged",  // every ICMP frame was tagged
            "ICMP from 10.0.10.1 to 10.0.10.3 in VLAN 20",
            "ICMP in VLAN 0",
            "ARP from 10.0.0.3 to 10.0.0.2 in VLAN 10",  // the answer went out untagged, into nobody's VLAN
            "ICMP from 10.0.0.3 to 10.0.0.2",            // so no echo reply ever left
    })
    void showsNoTrafficThatIsNotThere(String traffic) {
        assertThat(TAGGED).noneMatch(Traffic.parse(traffic));
    }

    @Test
    void everyIcmpFrameWasTaggedAndOnlyEth0sOwnArpRequestsWereNot() {
        assertThat(TAGGED).filteredOn(Traffic.parse("ICMP in VLAN 10")).hasSize(5);
        assertThat(TAGGED).filteredOn(Traffic.parse("ICMP untagged")).isEmpty();
        assertThat(TAGGED).filteredOn(Traffic.parse("ARP untagged")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ICMP in VLAN 4096|'4096' is not a VLAN ID (0 to 4095)",
            "ICMP in VLAN ten|'ten' is not a VLAN ID",
            "ICMP in VLAN|'in VLAN' needs a value",
            "ICMP in VLAN 10 untagged|either tagged (in VLAN N) or untagged",
            "ICMP in 10|'in' is not understood",
    })
    void refusesBadDescriptionsNamingTheRule(String text, String rule) {
        assertThatThrownBy(() -> Traffic.parse(text)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageStartingWith("traffic '" + text + "' is invalid").hasMessageContaining(rule);
    }

    @Test
    void printsAsWritten() {
        assertThat(Traffic.parse("ICMP from 10.0.10.1 in VLAN 10")).hasToString("ICMP from 10.0.10.1 in VLAN 10");
        assertThat(Traffic.parse("ARP untagged to 10.0.0.2")).hasToString("ARP to 10.0.0.2 untagged");
    }
}
