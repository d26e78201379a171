package netspec.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import netspec.linux.Captured;

class TcpdumpTextTest {

    @Test
    void echoRequestsInThePodCarryTheirTtl() {
        List<IpPacket> packets = TcpdumpText.parse(Captured.read("k8s/tcpdump-v-pod2.txt"));
        assertThat(packets).extracting(IpPacket::protocol, IpPacket::src, IpPacket::dst, IpPacket::ttl)
                .containsExactly(
                        tuple("ICMP", "10.244.1.2", "10.244.2.2", 62),
                        tuple("ICMP", "10.244.2.2", "10.244.1.2", 64),
                        tuple("ICMP", "10.244.1.2", "10.244.2.2", 62),
                        tuple("ICMP", "10.244.2.2", "10.244.1.2", 64),
                        tuple("IGMP", "10.244.2.1", "224.0.0.22", 1));
        assertThat(packets.get(0).isEchoRequest()).isTrue();
        assertThat(packets.get(1).isEchoReply()).isTrue();
        assertThat(packets.get(0).srcPort()).isNull();
        assertThat(packets.get(0).vni()).isNull();
        assertThat(packets.get(0).carried()).isEmpty();
    }

    @Test
    void flannelsPort8472IsReadAsVxlanEvenWhereTcpdumpCallsItOtv() {
        List<IpPacket> packets = TcpdumpText.parse(Captured.read("k8s/tcpdump-v-underlay.txt"));
        assertThat(packets).hasSize(4).allSatisfy(p -> {
            assertThat(p.protocol()).isEqualTo("UDP");
            assertThat(p.dstPort()).isEqualTo(8472);
            assertThat(p.vni()).isEqualTo(1);
            assertThat(p.ttl()).isEqualTo(64);
        });
        IpPacket first = packets.get(0);
        assertThat(first.src()).isEqualTo("192.168.56.11");
        assertThat(first.srcPort()).isEqualTo(40151);
        assertThat(first.dst()).isEqualTo("192.168.56.12");
        IpPacket inner = first.carried().orElseThrow();
        assertThat(inner.isEchoRequest()).isTrue();
        assertThat(inner.src()).isEqualTo("10.244.1.2");
        assertThat(inner.dst()).isEqualTo("10.244.2.2");
        assertThat(inner.ttl()).isEqualTo(63);
        assertThat(packets.get(1).carried().orElseThrow().isEchoReply()).isTrue();
    }

    @Test
    void decodingAsVxlanGivesTheSamePacketsButForTheWords() {
        assertThat(TcpdumpText.parse(Captured.read("k8s/tcpdump-v-T-vxlan-underlay.txt")))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("summary")
                .isEqualTo(TcpdumpText.parse(Captured.read("k8s/tcpdump-v-underlay.txt")));
    }

    @Test
    void nothingCapturedIsNoPacket() {
        assertThat(TcpdumpText.parse("")).isEmpty();
    }

    @Test
    void describesAPacketWithWhatItCarries() {
        IpPacket first = TcpdumpText.parse(Captured.read("k8s/tcpdump-v-underlay.txt")).get(0);
        assertThat(first).hasToString("UDP 192.168.56.11:40151 > 192.168.56.12:8472 ttl 64 VNI 1"
                + " [ICMP 10.244.1.2 > 10.244.2.2 ttl 63: ICMP echo request, id 65, seq 1, length 64]");
    }
}
