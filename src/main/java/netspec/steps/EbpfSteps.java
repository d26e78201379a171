package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.Place;
import netspec.kernel.Bpf;
import netspec.kernel.IcmpEcho;
import netspec.lab.LinkRef;

/** A BPF classifier built on the target, attached with tc, and what the kernel says about it. */
public class EbpfSteps {

    private final Bpf bpf;
    private final IcmpEcho icmpEcho;

    public EbpfSteps(Bpf bpf, IcmpEcho icmpEcho) {
        this.bpf = bpf;
        this.icmpEcho = icmpEcho;
    }

    @Given("the kernel of {place} ignores echo requests")
    public void ignoresEchoRequests(Place place) {
        icmpEcho.ignoreRequests(place);
    }

    @Given("the kernel of {place} answers echo requests")
    public void answersEchoRequests(Place place) {
        icmpEcho.answerRequests(place);
    }

    @Given("{word} is compiled with clang for the BPF target")
    public void compiled(String source) {
        bpf.compile(source);
    }

    @When("{word} is attached at ingress of {link}, in direct-action mode")
    public void attached(String source, LinkRef device) {
        bpf.attachAtIngress(source, device);
    }

    @When("the BPF program is detached from ingress of {link}")
    public void detached(LinkRef device) {
        bpf.detachFromIngress(device);
    }

    @Then("{link} runs the BPF program {word} at ingress, jited, in direct-action mode")
    public void runsJited(LinkRef device, String program) {
        bpf.expectRunsJited(device, program);
    }

    @Then("{link} runs no BPF program at ingress")
    public void runsNoProgram(LinkRef device) {
        bpf.expectRunsNoProgram(device);
    }

    /** The kernel's own ICMP counters: a reply the program sent never passed through them. */
    @Then("the ICMP counters of {place} show {int} echo request(s) received and {int} echo reply/replies sent")
    public void icmpCounters(Place place, int requests, int replies) {
        icmpEcho.expectCounted(place, requests, replies);
    }
}
