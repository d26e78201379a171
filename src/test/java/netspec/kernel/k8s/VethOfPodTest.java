package netspec.kernel.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import netspec.evidence.EvidenceRecorder;
import netspec.evidence.FactViolation;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InterfaceName;
import netspec.linux.Captured;
import netspec.linux.KernelJson;
import netspec.linux.Link;

/**
 * "The veth of pod1 on the host is a port of cni0", judged on the kernel alone: the peer of pod1's eth0 among
 * the host's links, captured right after the reference bridge plugin's ADD (captured/cni).
 */
class VethOfPodTest {

    private static final Link POD_ETH0 = KernelJson.links(Captured.read("cni/kernel-add-pod1-ip-d-link.json"))
            .stream().filter(l -> l.ifname().equals("eth0")).findFirst().orElseThrow();

    @Test
    void thePeerOfThePodsEth0IsAPortOfCni0() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            CniResults.expectHostEndIsPort("the host end is a port of cni0", POD_ETH0,
                    Captured.hostLinks("cni/kernel-add-host-ip-d-link.json"), new InterfaceName("cni0"));
            assertThat(evidence.attachments()).hasSize(1);
        }
    }

    @Test
    void aPeerInAnotherBridgeIsNamedWithItsMaster() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> CniResults.expectHostEndIsPort("the host end is a port of br0", POD_ETH0,
                    Captured.hostLinks("cni/kernel-add-host-ip-d-link.json"), new InterfaceName("br0")))
                    .isInstanceOf(FactViolation.class)
                    .hasMessageContaining("vethc30108be is its peer, with master cni0");
        }
    }

    @Test
    void aHostWithoutThePeerFailsSayingSo() {
        Reading<List<Link>> afterAdd = Captured.hostLinks("cni/kernel-add-host-ip-d-link.json");
        Reading<List<Link>> withoutVeth = new Reading<>(Place.HOST, afterAdd.result(),
                afterAdd.value().stream().filter(l -> !l.ifname().startsWith("veth")).toList());
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> CniResults.expectHostEndIsPort("the host end is a port of cni0", POD_ETH0,
                    withoutVeth, new InterfaceName("cni0")))
                    .isInstanceOf(FactViolation.class)
                    .hasMessageContaining("no host interface is its peer (eth0 is of kind 'veth', its peer ifindex 3)");
        }
    }
}
