package netspec.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.junit.jupiter.api.Test;

import netspec.linux.Captured;

/** On the real capture of a VXLAN underlay kept in src/test/resources/captured/tcpdump (see its README). */
class TcpdumpLinesTest {

    private static final List<Frame> FRAMES = TcpdumpLines.parse(Captured.read("tcpdump/underlay.txt"));

    @Test
    void readsEveryFrameOfThePcapOnceWithTheFramesTunnelsCarryInside() {
        assertThat(FRAMES).hasSize(pcapRecords(Captured.bytes("tcpdump/underlay.pcap")));
        assertThat(FRAMES).filteredOn(f -> f.vni() != null).allMatch(f -> f.inner() != null).hasSize(17);
    }

    @Test
    void readsAVxlanDatagramAndTheFrameItCarries() {
        Frame request = FRAMES.get(8);
        assertThat(request).isEqualTo(new Frame("be:d7:87:f5:c5:e5", "42:ec:82:a9:6d:5b", null, "IPv4",
                "10.0.0.1", "10.0.0.2", "UDP", 55677, 4789, 42,
                new Frame("ba:ed:a4:87:b1:47", "86:3c:50:0d:8d:2f", null, "IPv4", "192.168.42.1", "192.168.42.2",
                        "ICMP", null, null, null, null)));
        assertThat(request).hasToString(
                "UDP 10.0.0.1:55677 > 10.0.0.2:4789 VNI 42 [ICMP 192.168.42.1 > 192.168.42.2]");
    }

    @Test
    void readsLinuxsDefaultPortWhichTcpdumpCallsOtvWithItsVni() {
        Frame otv = FRAMES.get(0);
        assertThat(otv.dstPort()).isEqualTo(8472);
        assertThat(otv.vni()).isEqualTo(7);
        assertThat(otv.inner().protocol()).isEqualTo("ICMP6");
        assertThat(otv.inner().ipDst()).isEqualTo("ff02::16");
    }

    @Test
    void readsArpSenderAndTargetInsideTheTunnel() {
        Frame request = FRAMES.get(6).inner();
        assertThat(request.protocol()).isEqualTo("ARP");
        assertThat(request.ipSrc()).isEqualTo("192.168.42.1");
        assertThat(request.ipDst()).isEqualTo("192.168.42.2");
        assertThat(request.dstMac()).isEqualTo("ff:ff:ff:ff:ff:ff");
        Frame reply = FRAMES.get(7).inner();
        assertThat(reply.ipSrc()).isEqualTo("192.168.42.2");
        assertThat(reply.ipDst()).isNull();
    }

    @Test
    void tellsIcmpUdpAndTcpApartWithoutVerboseOutput() {
        Frame unreachable = FRAMES.get(1);
        assertThat(unreachable.protocol()).isEqualTo("ICMP");
        assertThat(unreachable.srcPort()).isNull();
        Frame udp = FRAMES.get(26);
        assertThat(udp.toString()).isEqualTo("UDP 10.0.0.1:59266 > 10.0.0.2:9");
        assertThat(FRAMES.get(28).toString()).isEqualTo("TCP 10.0.0.1:44276 > 10.0.0.2:80");
        assertThat(FRAMES.get(29).toString()).isEqualTo("TCP 10.0.0.2:80 > 10.0.0.1:44276");
    }

    @Test
    void readsTheVlanTagAndWhatFollowsIt() {
        Frame tagged = FRAMES.get(FRAMES.size() - 1);
        assertThat(tagged.vlan()).isEqualTo(10);
        assertThat(tagged.ethertype()).isEqualTo("IPv4");
        assertThat(tagged.toString()).isEqualTo("vlan 10 UDP 10.0.10.1:40000 > 10.0.10.2:9");
    }

    @Test
    void readsIpv6WithoutPorts() {
        Frame mld = FRAMES.get(19);
        assertThat(mld.ethertype()).isEqualTo("IPv6");
        assertThat(mld.protocol()).isEqualTo("ICMP6");
        assertThat(mld.ipSrc()).isEqualTo("fe80::40ec:82ff:fea9:6d5b");
        assertThat(mld.dstPort()).isNull();
    }

    @Test
    void readsIpv6EndpointsWithPorts() {
        Frame dhcp = TcpdumpLines.parse("12:00:00.000001 02:00:00:00:00:01 > 33:33:00:01:00:02, ethertype IPv6"
                + " (0x86dd), length 118: fe80::1.546 > ff02::1:2.547: dhcp6 solicit\n").get(0);
        assertThat(dhcp.toString()).isEqualTo("UDP [fe80::1]:546 > [ff02::1:2]:547");
    }

    @Test
    void refusesWhatItCannotReadInsteadOfSkippingIt() {
        assertThatThrownBy(() -> TcpdumpLines.parse("12:00:00.000001 IP 10.0.0.1 > 10.0.0.2: ICMP echo request\n"))
                .hasMessageContaining("not a line of `tcpdump -nn -e -r` for an Ethernet capture");
        String inner = Captured.read("tcpdump/underlay.txt").lines().skip(1).findFirst().orElseThrow();
        assertThatThrownBy(() -> TcpdumpLines.parse(inner)).hasMessageContaining("that no tunnel carries");
    }

    @Test
    void anEmptyCaptureHasNoFrames() {
        assertThat(TcpdumpLines.parse("")).isEmpty();
    }

    /** Counts the records of a classic pcap file: a 24-byte header, then per frame 16 bytes and the frame. */
    private static int pcapRecords(byte[] pcap) {
        ByteBuffer in = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.getInt(0)).as("pcap magic (microseconds, little-endian)").isEqualTo(0xa1b2c3d4);
        int records = 0;
        for (int at = 24; at < pcap.length; at += 16 + in.getInt(at + 8)) {
            records++;
        }
        return records;
    }
}
