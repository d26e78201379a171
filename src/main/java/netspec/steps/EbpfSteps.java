package netspec.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.bpf.BpfObject;
import netspec.bpf.TcClassifier;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.linux.SnmpCounters;
import netspec.linux.TcFilter;
import netspec.evidence.Facts;

/** A BPF classifier built on the target, attached with tc, and what the kernel says about it. */
public class EbpfSteps {

    private final Lab lab;
    private final Map<String, BpfObject> built = new HashMap<>();

    public EbpfSteps(Lab lab) {
        this.lab = lab;
    }

    @Given("the kernel of {place} ignores echo requests")
    public void ignoresEchoRequests(Place place) {
        lab.run("switching off the kernel's echo replies in " + place, place, "sysctl", "-w",
                "net.ipv4.icmp_echo_ignore_all=1");
    }

    @Given("the kernel of {place} answers echo requests")
    public void answersEchoRequests(Place place) {
        lab.run("switching on the kernel's echo replies in " + place, place, "sysctl", "-w",
                "net.ipv4.icmp_echo_ignore_all=0");
    }

    @Given("{word} is compiled with clang for the BPF target")
    public void compiled(String source) {
        built.put(source, BpfObject.build(lab, source));
    }

    @When("{word} is attached at ingress of {link}, in direct-action mode")
    public void attached(String source, LinkRef device) {
        BpfObject object = built.get(source);
        if (object == null) {
            throw new IllegalStateException(source + " was not compiled in this scenario; add a step like 'Given "
                    + source + " is compiled with clang for the BPF target'");
        }
        TcClassifier.attachAtIngress(lab, device, object);
    }

    @When("the BPF program is detached from ingress of {link}")
    public void detached(LinkRef device) {
        TcClassifier.detachFromIngress(lab, device);
    }

    @Then("{link} runs the BPF program {word} at ingress, jited, in direct-action mode")
    public void runsJited(LinkRef device, String program) {
        Facts.expect(device + " has a direct-action bpf filter at ingress running " + program + ", jited",
                lab.kernel(device.place()).tcFilters(device.name(), "ingress"),
                filters -> filters.stream().anyMatch(f -> f.runs(program) && f.options().directAction()
                        && f.options().prog().isJited()),
                EbpfSteps::describe);
    }

    @Then("{link} runs no BPF program at ingress")
    public void runsNoProgram(LinkRef device) {
        Facts.expect(device + " has no bpf program at ingress",
                lab.kernel(device.place()).tcFilters(device.name(), "ingress"),
                filters -> filters.stream().noneMatch(TcFilter::isBpfProgram), EbpfSteps::describe);
    }

    /** The kernel's own ICMP counters: a reply the program sent never passed through them. */
    @Then("the ICMP counters of {place} show {int} echo request(s) received and {int} echo reply/replies sent")
    public void icmpCounters(Place place, int requests, int replies) {
        Facts.expect("in " + place + " the kernel counted " + requests + " echo requests in (InEchos) and "
                        + replies + " echo replies out (OutEchoReps)", lab.kernel(place).snmp(),
                snmp -> snmp.counter("Icmp", "InEchos") == requests && snmp.counter("Icmp", "OutEchoReps") == replies,
                snmp -> "InEchos " + snmp.counter("Icmp", "InEchos") + ", OutEchoReps "
                        + snmp.counter("Icmp", "OutEchoReps"));
    }

    private static String describe(List<TcFilter> filters) {
        return filters.isEmpty() ? "no filter at ingress"
                : filters.stream().map(TcFilter::toString).collect(Collectors.joining("; "));
    }
}
