package netspec.topology;

import static netspec.topology.CapturedTopology.NS1;
import static netspec.topology.CapturedTopology.NS2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.args.NamespaceName;
import netspec.linux.KernelJson;
import netspec.evidence.EvidenceRecorder;
import netspec.shell.CommandTimeoutException;
import netspec.host.LocalTarget;

/** The snapshot read from a real sandbox, where namespace ids appear only as the kernel hands them out. */
class TopologyOnALiveKernelTest {

    private static Lab labWithTwoNamespaces() {
        Lab lab = new Lab();
        lab.open(new LocalTarget().openSandbox());
        lab.addNamespace(new NamespaceName("ns1"));
        lab.addNamespace(new NamespaceName("ns2"));
        lab.run("pair to ns1", Place.HOST, "ip", "link", "add", "veth1", "type", "veth", "peer", "name", "eth0",
                "netns", "ns1");
        lab.run("pair to ns2", Place.HOST, "ip", "link", "add", "veth2", "type", "veth", "peer", "name", "eth0",
                "netns", "ns2");
        lab.run("pair ns1 to ns2", Place.HOST, "ip", "link", "add", "veth-a", "netns", "ns1", "type", "veth",
                "peer", "name", "veth-b", "netns", "ns2");
        return lab;
    }

    @Test
    void aNamespaceHasNoIdForItsPeersNamespacesUntilItsLinksAreDumped() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = labWithTwoNamespaces()) {
            assertThat(KernelJson.namespaceIds(lab.read(NS2, "ip", "-j", "netns", "list-id").stdout())).isEmpty();
            lab.read(NS2, "ip", "-j", "link", "show");
            assertThat(KernelJson.namespaceIds(lab.read(NS2, "ip", "-j", "netns", "list-id").stdout())).hasSize(2);
        }
    }

    @Test
    void readsEveryPeerOfAFreshSandbox() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = labWithTwoNamespaces()) {
            TopologySnapshot snapshot = TopologySnapshot.read(lab);
            assertThat(snapshot.vethPairs()).containsExactly(
                    new TopologySnapshot.VethPair(new DeviceRef(Place.HOST, "veth1"), new DeviceRef(NS1, "eth0")),
                    new TopologySnapshot.VethPair(new DeviceRef(Place.HOST, "veth2"), new DeviceRef(NS2, "eth0")),
                    new TopologySnapshot.VethPair(new DeviceRef(NS1, "veth-a"), new DeviceRef(NS2, "veth-b")));
            assertThat(snapshot.device(new DeviceRef(NS2, "eth0")).orElseThrow().peer())
                    .contains(new DeviceRef(Place.HOST, "veth2"));
        }
    }

    @Test
    void aNamespaceDeletedByTheScenarioIsDrawnAsUnreadable() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = labWithTwoNamespaces()) {
            lab.run("deleting ns2", Place.HOST, "ip", "netns", "delete", "ns2");
            TopologySnapshot snapshot = TopologySnapshot.read(lab);
            assertThat(snapshot.namespaces().get(2).unreadable()).hasValueSatisfying(
                    why -> assertThat(why).contains("ns2"));
            assertThat(snapshot.vethPairs()).hasSize(1);
        }
    }

    @Test
    void thePictureIsAttachedAsSvg() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = labWithTwoNamespaces()) {
            TopologyPicture.attach(lab);
            EvidenceRecorder.Attachment picture = evidence.attachments().get(evidence.attachments().size() - 1);
            assertThat(picture.name()).isEqualTo("topology at the end of the scenario");
            assertThat(picture.type()).isEqualTo("image/svg+xml");
            assertThat(picture.content()).startsWith("<?xml").contains(">veth-b<", "3 veth pairs");
        }
    }

    @Test
    void afterACommandTimedOutTheLabIsNoLongerAliveAndAPictureWouldOnlySayWhyNot() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = new Lab()) {
            lab.open(new LocalTarget().openSandbox());
            assertThat(lab.isAlive()).isTrue();
            assertThatThrownBy(() -> lab.attempt(Place.HOST, Duration.ofMillis(300), "sleep", "30"))
                    .isInstanceOf(CommandTimeoutException.class);
            assertThat(lab.isAlive()).isFalse();
            assertThat(lab.isOpen()).isTrue();
            TopologyPicture.attach(lab); // the hook does not call it now; if it did, it would not throw
            assertThat(evidence.attachments()).extracting(EvidenceRecorder.Attachment::name)
                    .containsExactly("topology at the end of the scenario: not drawn");
            assertThat(evidence.attachments().get(0).content()).contains("no longer usable");
        }
    }
}
