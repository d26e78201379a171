package netspec.kernel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import netspec.evidence.EvidenceRecorder;
import netspec.evidence.FactViolation;
import netspec.evidence.NothingToJudge;
import netspec.evidence.Place;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.NamespaceName;
import netspec.host.LocalTarget;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.shell.CommandResult;

/** The vacuity rules of links and bridges, on the kernel itself, inside a sandbox (nothing on the machine). */
class LinksOnAKernelTest {

    private static final NamespaceName NS1 = new NamespaceName("ns1");
    private static final NamespaceName NS2 = new NamespaceName("ns2");

    @Test
    void goneNeedsTheDeviceToHaveExistedBeforeTheDeletion() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = openLab()) {
            Attempts attempts = new Attempts(lab);
            Links links = new Links(lab, attempts);
            Veths veths = new Veths(lab, links);
            LinkRef a = link("end1", NS1);
            LinkRef b = link("end2", NS2);
            new Namespaces(lab, links, veths, new Bridges(lab, links, attempts), new Addresses(lab)).create(NS1);
            lab.addNamespace(NS2);
            veths.create(a, b);
            assertThatThrownBy(() -> links.expectGone(b)).as("no deletion yet")
                    .isInstanceOf(NothingToJudge.class);

            links.delete(a);
            assertThatCode(() -> links.expectGone(b)).doesNotThrowAnyException();
            assertThatThrownBy(() -> links.expectGone(link("never", NS2)))
                    .isInstanceOf(NothingToJudge.class).hasMessageContaining("never in ns2 existed before");
            assertThatThrownBy(() -> links.expectGone(link("lo", NS2)))
                    .isInstanceOf(FactViolation.class).isNotInstanceOf(NothingToJudge.class);
        }
    }

    @Test
    void aDeviceComparedWithItselfIsRefusedBeforeAnythingIsRead() {
        Links links = new Links(new Lab(), null);
        LinkRef eth0 = link("eth0", NS1);
        assertThatThrownBy(() -> links.expectSameMac(eth0, eth0)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("eth0 in ns1' is invalid: it is named twice");
        assertThatThrownBy(() -> links.expectDifferentMacs(eth0, eth0)).isInstanceOf(InvalidStepArgument.class);
    }

    @Test
    void aLinkDeletionRefusesTheNameOfANamespace() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = openLab()) {
            lab.addNamespace(NS2);
            Links links = new Links(lab, new Attempts(lab));
            assertThatThrownBy(() -> links.delete(new LinkRef(new InterfaceName("ns2"), Place.HOST)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'the namespace ns2 is deleted'");
        }
    }

    @Test
    void aFactAboutAMissingDeviceIsNothingToJudge() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = openLab()) {
            Attempts attempts = new Attempts(lab);
            Links links = new Links(lab, attempts);
            Bridges bridges = new Bridges(lab, links, attempts);
            LinkRef missing = link("nothere", null);
            assertThatThrownBy(() -> links.expectPromiscuous(missing, false)).isInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("interface nothere does not exist");
            assertThatThrownBy(() -> links.expectDifferentMacs(link("lo", null), missing))
                    .isInstanceOf(NothingToJudge.class);
            assertThatThrownBy(() -> bridges.expectNoPorts(missing)).isInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("bridge nothere does not exist");
            // a device that is no bridge has no ports to judge either
            assertThatThrownBy(() -> bridges.expectNoPorts(link("lo", null))).isInstanceOf(NothingToJudge.class);
            LinkRef br0 = link("br0", null);
            bridges.create(br0);
            assertThatCode(() -> bridges.expectNoPorts(br0)).doesNotThrowAnyException();
            assertThatThrownBy(() -> bridges.expectPorts(br0, List.of(new InterfaceName("veth1"))))
                    .isInstanceOf(FactViolation.class).hasMessageContaining("br0 has no ports");
        }
    }

    @Test
    void aRefusalNobodyJudgedFailsTheNextAttempt() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = new Lab()) {
            Attempts attempts = new Attempts(lab);
            attempts.record(Place.HOST, result(2, "Error: Can not enslave a bridge to a bridge."));
            assertThatThrownBy(() -> attempts.record(Place.HOST, result(0, "")))
                    .hasMessageContaining("no step judged the refusal");
            attempts.expectRefusedWith("Can not enslave a bridge to a bridge");
            assertThatCode(() -> attempts.record(Place.HOST, result(0, ""))).doesNotThrowAnyException();
            assertThatThrownBy(() -> attempts.expectRefusedWith("anything")).isInstanceOf(FactViolation.class)
                    .hasMessageContaining("the command succeeded");
        }
    }

    private static Lab openLab() {
        Lab lab = new Lab();
        lab.open(new LocalTarget().openSandbox());
        return lab;
    }

    private static LinkRef link(String name, NamespaceName ns) {
        return new LinkRef(new InterfaceName(name), ns == null ? Place.HOST : Place.of(ns));
    }

    private static CommandResult result(int status, String stderr) {
        return new CommandResult("ip link set br1 master br0", status, "", stderr, Duration.ZERO);
    }
}
