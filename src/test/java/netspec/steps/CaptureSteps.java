package netspec.steps;

import java.util.List;
import java.util.stream.Collectors;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import netspec.capture.Captures;
import netspec.capture.Frame;
import netspec.capture.Traffic;
import netspec.lab.LinkRef;
import netspec.report.Facts;

/** Packet captures as evidence: what crossed a link, decoded by tcpdump; the pcap goes into the report. */
public class CaptureSteps {

    /** How many distinct frames a failure message lists; the report has them all. */
    private static final int SHOWN = 12;

    private final Captures captures;

    public CaptureSteps(Captures captures) {
        this.captures = captures;
    }

    /** Loose enough that a bad value reaches {@link Traffic#parse} and fails with the rule it broke. */
    @ParameterType(name = "traffic",
            value = "[A-Za-z0-9]+(?: (?:from|to|port) [^\\s\"]+| (?:carrying|inside) VNI [^\\s\"]+)*")
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

    private static String describe(List<Frame> frames) {
        if (frames.isEmpty()) {
            return "no frame at all";
        }
        List<String> distinct = frames.stream().map(Frame::toString).distinct().toList();
        return frames.size() + (frames.size() == 1 ? " frame" : " frames") + ", none of them that: " + String.join("; ", distinct.subList(0,
                Math.min(SHOWN, distinct.size()))) + (distinct.size() > SHOWN ? "; …" : "");
    }
}
