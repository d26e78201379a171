package netspec.steps;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Reading;
import netspec.lab.Vxlans;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.VxlanOptions;
import netspec.linux.FdbEntry;
import netspec.linux.Link;
import netspec.evidence.Facts;

/** VXLAN endpoints, what the kernel made of their settings, and what they learned. */
public class VxlanSteps {

    /** How iproute2 reports an argument it refuses itself, before sending anything to the kernel. */
    private static final Pattern IPROUTE2_ARGUMENT_ERROR = Pattern.compile("Error: argument \"[^\"]*\" is wrong: ");

    private final Lab lab;
    private final Vxlans vxlans;
    private final Outcomes outcomes;

    public VxlanSteps(Lab lab, Vxlans vxlans, Outcomes outcomes) {
        this.lab = lab;
        this.vxlans = vxlans;
        this.outcomes = outcomes;
    }

    /** Loose enough that a bad value reaches {@link VxlanOptions#parse} and fails with the rule it broke. */
    @ParameterType(name = "vxlan",
            value = "VNI [^\\s,\"]+(?:(?:,| and) (?:remote|local|device|port|mtu|learning) [^\\s,\"]+)*")
    public VxlanOptions vxlan(String text) {
        return VxlanOptions.parse(text);
    }

    @Given("a vxlan {link} with {vxlan}")
    public void aVxlan(LinkRef link, VxlanOptions options) {
        vxlans.create(link, options);
    }

    @When("a vxlan {link} is created with {vxlan}")
    public void createVxlan(LinkRef link, VxlanOptions options) {
        outcomes.attempt(link.place(), vxlans.attemptCreate(link, options));
    }

    @When("the kernel is asked over netlink for a vxlan {link} with VNI {long}")
    public void askKernel(LinkRef link, long vni) {
        outcomes.attempt(link.place(), vxlans.requestOverNetlink(link, vni, 4789));
    }

    @Given("{link} floods unknown destinations to {ip}")
    public void floodsTo(LinkRef link, IpAddress remote) {
        vxlans.floodTo(link, remote);
    }

    @Then("{link} is a vxlan with VNI {long}")
    public void hasVni(LinkRef link, long vni) {
        expectVxlan(link, "is a vxlan with VNI " + vni, data -> data.path("id").asLong(-1) == vni);
    }

    @Then("{link} sends to UDP port {port}")
    public void sendsToPort(LinkRef link, int port) {
        expectVxlan(link, "sends to UDP destination port " + port, data -> data.path("port").asInt(-1) == port);
    }

    @Then("{link} has learned that {link} is behind {ip}")
    public void learnedBehind(LinkRef vxlan, LinkRef station, IpAddress remote) {
        String mac = lab.kernel(station.place()).existingLink(station.name()).address();
        Facts.expect(vxlan + " has learned " + mac + " (" + station + ") behind " + remote, fdb(vxlan),
                entries -> entries.stream().anyMatch(e -> e.isDynamic() && mac.equalsIgnoreCase(e.mac())
                        && remote.value().equals(e.dst())),
                entries -> describe(entries));
    }

    @Then("{link} has not learned where {link} is")
    public void notLearned(LinkRef vxlan, LinkRef station) {
        String mac = lab.kernel(station.place()).existingLink(station.name()).address();
        Facts.expect(vxlan + " has not learned " + mac + " (" + station + ")", fdb(vxlan),
                entries -> entries.stream().noneMatch(e -> e.isDynamic() && mac.equalsIgnoreCase(e.mac())),
                entries -> describe(entries));
    }

    @Then("ip warns {string}")
    public void ipWarns(String warning) {
        Facts.expect("the command succeeds and ip warns \"" + warning + "\"", outcomes.lastAttempt(),
                r -> r.succeeded() && r.stderr().contains(warning),
                r -> "exit " + r.exitStatus() + (r.stderr().isBlank() ? ", no warning" : ": " + r.stderr().strip()));
    }

    @Then("iproute2 refuses it itself, before asking the kernel, with {string}")
    public void iproute2Refuses(String message) {
        Facts.expect("iproute2 refuses the argument itself (Error: argument \"…\" is wrong: …) with \"" + message + "\"",
                outcomes.lastAttempt(),
                r -> !r.succeeded() && r.stderr().contains(message) && IPROUTE2_ARGUMENT_ERROR.matcher(r.stderr()).find(),
                r -> r.succeeded() ? "the command succeeded" : "exit " + r.exitStatus() + ": " + r.stderr().strip());
    }

    private Reading<List<FdbEntry>> fdb(LinkRef vxlan) {
        return lab.kernel(vxlan.place()).fdbOf(vxlan.name());
    }

    private void expectVxlan(LinkRef link, String fact, Predicate<JsonNode> holds) {
        Facts.expect(link + " " + fact, lab.kernel(link.place()).link(link.name()),
                l -> l.isPresent() && l.get().kind().equals("vxlan") && holds.test(l.get().linkinfo().data()),
                l -> describe(link, l));
    }

    private static String describe(LinkRef link, Optional<Link> found) {
        return found.map(l -> l.ifname() + " is of kind '" + l.kind() + "'"
                        + (l.linkinfo() == null ? "" : " with " + l.linkinfo().data()))
                .orElse(link + " does not exist");
    }

    private static String describe(List<FdbEntry> entries) {
        return entries.isEmpty() ? "the fdb is empty" : entries.stream()
                .map(e -> e.mac() + " dst " + e.dst() + (e.state().isEmpty() ? "" : " " + e.state()) + " " + e.flags())
                .collect(Collectors.joining("; "));
    }
}
