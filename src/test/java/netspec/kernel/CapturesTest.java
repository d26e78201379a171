package netspec.kernel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import netspec.capture.Frame;
import netspec.capture.TcpdumpLines;
import netspec.capture.Traffic;
import netspec.evidence.EvidenceRecorder;
import netspec.evidence.FactViolation;
import netspec.evidence.NothingToJudge;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InterfaceName;
import netspec.lab.LinkRef;
import netspec.linux.Captured;
import netspec.shell.CommandResult;

/** "the capture shows no X" and its positive control, on the real underlay capture in captured/tcpdump. */
class CapturesTest {

    private static final LinkRef ETH0 = new LinkRef(new InterfaceName("eth0"), Place.HOST);

    @Test
    void anEmptyCaptureShowsNoAnythingAndProvesNothing() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> Captures.expectNone("the capture on eth0 shows no ARP", frames(""), ETH0, true,
                    Traffic.parse("ARP"), Frame::toString))
                    .isInstanceOf(NothingToJudge.class).hasMessageContaining("it recorded nothing at all");
        }
    }

    @Test
    void aCaptureThatEndedEarlyProvesNothing() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> Captures.expectNone("the capture on eth0 shows no ICMP from 10.9.9.9",
                    frames(Captured.read("tcpdump/underlay.txt")), ETH0, false, Traffic.parse("ICMP from 10.9.9.9"),
                    Frame::toString))
                    .isInstanceOf(NothingToJudge.class).hasMessageContaining("tcpdump had ended before it was read");
        }
    }

    @Test
    void aCaptureThatListenedJudgesTheTrafficItHolds() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            Reading<List<Frame>> underlay = frames(Captured.read("tcpdump/underlay.txt"));
            Captures.expectNone("the capture on eth0 shows no ICMP from 10.9.9.9", underlay, ETH0, true,
                    Traffic.parse("ICMP from 10.9.9.9"), Frame::toString);
            assertThatThrownBy(() -> Captures.expectNone("the capture on eth0 shows no UDP to 10.0.0.2 port 4789",
                    underlay, ETH0, true, Traffic.parse("UDP to 10.0.0.2 port 4789"), Frame::toString))
                    .isInstanceOf(FactViolation.class).isNotInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("10.0.0.2:4789");
        }
    }

    private static Reading<List<Frame>> frames(String text) {
        return new Reading<>(Place.HOST, new CommandResult("tcpdump -nn -e -r capture.pcap", 0, text, "",
                Duration.ZERO), TcpdumpLines.parse(text));
    }
}
