package netspec.steps;

import java.util.List;
import java.util.stream.Collectors;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.linux.FdbEntry;
import netspec.linux.Neighbour;
import netspec.evidence.Facts;

/** What a bridge learned and refused, read from its forwarding database and the kernel's answers. */
public class BridgeSteps {

    private final Lab lab;
    private final Outcomes outcomes;

    public BridgeSteps(Lab lab, Outcomes outcomes) {
        this.lab = lab;
        this.outcomes = outcomes;
    }

    @When("{iface} is added as a port of {iface}")
    public void addPort(InterfaceName port, InterfaceName bridge) {
        outcomes.attempt(Place.HOST, lab.attempt(Place.HOST, "ip", "link", "set", port.value(), "master", bridge.value()));
    }

    @Then("the kernel refuses it with {string}")
    public void refused(String message) {
        Facts.expect("the kernel refuses with \"" + message + "\"", outcomes.lastAttempt(),
                r -> !r.succeeded() && r.stderr().contains(message),
                r -> r.succeeded() ? "the command succeeded" : "exit " + r.exitStatus() + ": " + r.stderr().strip());
    }

    @Then("{iface} has learned the MAC address of {link} on port {iface}")
    public void learnedOnPort(InterfaceName bridge, LinkRef station, InterfaceName port) {
        String mac = macOf(station);
        Facts.expect(bridge + " has learned " + mac + " (" + station + ") on port " + port, fdb(bridge),
                entries -> entries.stream().anyMatch(e -> e.isLearned() && mac.equalsIgnoreCase(e.mac())
                        && port.value().equals(e.ifname())),
                entries -> describeEntriesFor(mac, entries));
    }

    @Then("{iface} has not learned the MAC address of {link}")
    public void notLearned(InterfaceName bridge, LinkRef station) {
        String mac = macOf(station);
        Facts.expect(bridge + " has not learned " + mac + " (" + station + ")", fdb(bridge),
                entries -> entries.stream().noneMatch(e -> e.isLearned() && mac.equalsIgnoreCase(e.mac())),
                entries -> describeEntriesFor(mac, entries));
    }

    @Then("{place} resolves {ip} to the MAC address of {link}")
    public void resolves(Place place, IpAddress address, LinkRef owner) {
        String mac = macOf(owner);
        Reading<List<Neighbour>> neighbours = lab.kernel(place).neighbours();
        Facts.expect(place + " has a neighbour entry " + address + " -> " + mac + " (" + owner + ")", neighbours,
                list -> list.stream().anyMatch(n -> address.value().equals(n.dst()) && mac.equalsIgnoreCase(n.lladdr())),
                list -> list.stream().filter(n -> address.value().equals(n.dst()))
                        .map(n -> n.dst() + " lladdr " + n.lladdr() + " " + n.state()).findFirst()
                        .orElse("no neighbour entry for " + address));
    }

    private Reading<List<FdbEntry>> fdb(InterfaceName bridge) {
        return lab.kernel(Place.HOST).fdb(bridge);
    }

    private String macOf(LinkRef station) {
        return lab.kernel(station.place()).existingLink(station.name()).address();
    }

    static String describeEntriesFor(String mac, List<FdbEntry> entries) {
        String found = entries.stream().filter(e -> mac.equalsIgnoreCase(e.mac()))
                .map(e -> e.mac() + " on " + e.ifname() + (e.isLearned() ? " (learned)" : " (" + e.state() + " " + e.flags() + ")"))
                .collect(Collectors.joining("; "));
        return found.isEmpty() ? "no fdb entry for " + mac + " among " + entries.size() + " entries" : found;
    }
}
