package netspec.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import netspec.capture.Traffic;
import netspec.kernel.Captures;
import netspec.lab.LinkRef;

/** Packet captures as evidence: what crossed a link, decoded by tcpdump; the pcap goes into the report. */
public class CaptureSteps {

    private final Captures captures;

    public CaptureSteps(Captures captures) {
        this.captures = captures;
    }

    /** Loose enough that a bad value reaches {@link Traffic#parse} and fails with the rule it broke. */
    @ParameterType(name = "traffic",
            value = "[A-Za-z0-9]+(?: (?:from|to|port) [^\\s\"]+| (?:carrying|inside) VNI [^\\s\"]+| in VLAN [^\\s\"]+"
                    + "| untagged)*")
    public Traffic traffic(String text) {
        return Traffic.parse(text);
    }

    @Given("a capture on {link}")
    public void aCapture(LinkRef link) {
        captures.start(link);
    }

    @Then("the capture on {link} shows {traffic}")
    public void shows(LinkRef link, Traffic traffic) {
        captures.expectShows(link, traffic);
    }

    @Then("the capture on {link} shows no {traffic}")
    public void showsNo(LinkRef link, Traffic traffic) {
        captures.expectShowsNo(link, traffic);
    }

    @Then("the capture on {link} shows {traffic} sent from the MAC address of {link}")
    public void showsFromMac(LinkRef link, Traffic traffic, LinkRef sender) {
        captures.expectShowsFromMacOf(link, traffic, sender);
    }
}
