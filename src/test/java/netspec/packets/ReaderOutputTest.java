package netspec.packets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import netspec.linux.Captured;
import org.junit.jupiter.api.Test;

/** On what the tun reader really wrote for tun0 (10.9.0.1/24) and tap0 (10.8.0.1/24); see captured/README.md. */
class ReaderOutputTest {

    private static final String TAP0_MAC = "7a:b0:21:23:7b:87";

    private final ReaderOutput tun = ReaderOutput.parse(Captured.read("tun-reader-tun0.hex"));
    private final ReaderOutput tap = ReaderOutput.parse(Captured.read("tun-reader-tap0.hex"));

    @Test
    void theFirstLineSaysWhichDeviceTheReaderHolds() {
        assertThat(tun.attached()).contains("tun0 tun");
        assertThat(tap.attached()).contains("tap0 tap");
        assertThat(tun.packets()).hasSize(4);
        assertThat(tap.packets()).hasSize(11);
    }

    @Test
    void aTunDeliversBareIpPackets() {
        assertThat(tun.packets()).extracting(Packet::firstNibble).containsExactly(6, 6, 4, 4);
        assertThat(tun.packets().get(2).asIpv4()).contains(new Ipv4Header(1, "10.9.0.1", "10.9.0.2"));
        assertThat(tun.describe(false)).contains("3. IPv4 ICMP 10.9.0.1 > 10.9.0.2", "1. IPv6 packet");
    }

    @Test
    void aTunPacketReadAsAnEthernetFrameCarriesNoIpv4() {
        // the contrast: the same bytes do not decode as a frame carrying the ping
        assertThat(tun.packets()).allSatisfy(p -> assertThat(p.asEthernet().flatMap(EthernetFrame::ipv4)).isEmpty());
    }

    @Test
    void aTapDeliversEthernetFramesFromItsOwnMac() {
        assertThat(tap.packets()).allSatisfy(p -> assertThat(p.asEthernet().orElseThrow().isFrom(TAP0_MAC)).isTrue());
        EthernetFrame ping = tap.packets().get(7).asEthernet().orElseThrow();
        assertThat(ping.destination()).isEqualTo("02:00:00:00:08:02");   // the permanent neighbour
        assertThat(ping.ethertype()).isEqualTo(EthernetFrame.IPV4);
        assertThat(ping.ipv4()).contains(new Ipv4Header(1, "10.8.0.1", "10.8.0.2"));
    }

    @Test
    void aTapFrameReadAsABareIpPacketIsNone() {
        assertThat(tap.packets()).allSatisfy(p -> assertThat(p.asIpv4()).isEmpty());
    }

    @Test
    void anArpRequestForAnUnknownNeighbourIsBroadcast() {
        EthernetFrame arp = tap.packets().get(9).asEthernet().orElseThrow();
        assertThat(arp.destination()).isEqualTo(EthernetFrame.BROADCAST);
        assertThat(arp.arp()).contains(new ArpPacket(ArpPacket.REQUEST, TAP0_MAC, "10.8.0.1", "10.8.0.3"));
        assertThat(arp.arp().orElseThrow().isRequestFor("10.8.0.3")).isTrue();
        assertThat(arp.ipv4()).isEmpty();
        assertThat(tap.describe(true)).contains("10. " + TAP0_MAC + " > ff:ff:ff:ff:ff:ff, ARP request who-has 10.8.0.3");
    }

    @Test
    void beforeAttachingThereIsNothing() {
        ReaderOutput none = ReaderOutput.parse("");
        assertThat(none.isAttached()).isFalse();
        assertThat(none.packets()).isEmpty();
        assertThat(none.describe(true)).isEqualTo("the reader has not attached");
        assertThat(ReaderOutput.parse("# attached tap9 tap\n").describe(true)).isEqualTo("nothing read (attached tap9 tap)");
    }

    @Test
    void shortOrForeignBytesDecodeToNothing() {
        Packet runt = Packet.ofHex("4500");
        assertThat(runt.asIpv4()).isEmpty();
        assertThat(runt.asEthernet()).isEmpty();
        assertThat(runt.describe(true)).isEqualTo("runt frame of 2 bytes");
        assertThat(new ReaderOutput(Optional.empty(), List.of(Packet.ofHex("00ff"))).describe(false))
                .contains("not an IP packet (first byte 0x00)");
    }
}
