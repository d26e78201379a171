package netspec.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import netspec.evidence.args.MacAddress;
import netspec.packets.ArpPacket;
import netspec.packets.EthernetFrame;
import netspec.packets.Packet;

class TunTapsTest {

    /** What the tap writer hands to the kernel is read back by the same decoder that reads what a tap reader got. */
    @Test
    void theArpRequestWrittenIntoATapDecodesAsOne() {
        String hex = TunTaps.arpRequest(new MacAddress("02:00:00:00:00:99"), "10.0.0.99", "10.0.0.1");
        EthernetFrame frame = Packet.ofHex(hex).asEthernet().orElseThrow();
        assertThat(frame.destination()).isEqualTo(EthernetFrame.BROADCAST);
        assertThat(frame.isFrom("02:00:00:00:00:99")).isTrue();
        ArpPacket arp = frame.arp().orElseThrow();
        assertThat(arp.isRequestFor("10.0.0.1")).isTrue();
        assertThat(arp.senderIp()).isEqualTo("10.0.0.99");
        assertThat(arp.senderMac()).isEqualToIgnoringCase("02:00:00:00:00:99");
    }
}
