package netspec.steps;

import java.util.List;
import java.util.stream.Collectors;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import netspec.capture.Captures;
import netspec.capture.Frame;
import netspec.capture.Traffic;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Facts;

/** Packet captures as evidence: what crossed a link, decoded by tcpdump; the pcap goes into the report. */
public class CaptureSteps {

    /** How many distinct frames a failure message lists; the report has them all. */
    private static final int SHOWN = 12;

    private final Captures captures;
    private final Lab lab;

    public CaptureSteps(Captures captures, Lab lab) {
        this.captures = captures;
        this.lab = lab;
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
        Facts.expect("the capture on " + link + " shows " + traffic, captures.frames(link),
                frames -> frames.stream().anyMatch(traffic), CaptureSteps::describe);
    }

    @Then("the capture on {link} shows no {traffic}")
    public void showsNo(LinkRef link, Traffic traffic) {
        Facts.expect("the capture on " + link + " shows no " + traffic, captures.frames(link),
                frames -> frames.stream().noneMatch(traffic),
                frames -> "it shows " + frames.stream().filter(traffic).map(Frame::toString).distinct()
                        .limit(SHOWN).collect(Collectors.joining("; ")));
    }

    /** Whose MAC address a frame carries: the sender's own, or one it shares (an ipvlan has its parent's). */
    @Then("the capture on {link} shows {traffic} sent from the MAC address of {link}")
    public void showsFromMac(LinkRef link, Traffic traffic, LinkRef sender) {
        String mac = lab.kernel(sender.place()).existingLink(sender.name()).address();
        Facts.expect("the capture on " + link + " shows " + traffic + " sent from " + mac + " (" + sender + ")",
                captures.frames(link), frames -> frames.stream().anyMatch(f -> traffic.test(f)
                        && mac.equalsIgnoreCase(f.srcMac())),
                frames -> {
                    List<String> senders = frames.stream().filter(traffic).map(f -> f + " from " + f.srcMac())
                            .distinct().limit(SHOWN).toList();
                    return senders.isEmpty() ? "no " + traffic + " at all" : "only " + String.join("; ", senders);
                });
    }

    private static String describe(List<Frame> frames) {
        if (frames.isEmpty()) {
            return "no frame at all";
        }
        List<String> distinct = frames.stream().map(Frame::toString).distinct().toList();
        return frames.size() + (frames.size() == 1 ? " frame" : " frames") + ", none of them that: " + String.join("; ", distinct.subList(0,
                Math.min(SHOWN, distinct.size()))) + (distinct.size() > SHOWN ? "; …" : "");
    }
}
