package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.Place;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.MacAddress;
import netspec.evidence.args.TunMode;
import netspec.kernel.Links;
import netspec.kernel.Neighbours;
import netspec.kernel.TunTaps;
import netspec.lab.LinkRef;

/** tun and tap devices, and a process that holds one open through /dev/net/tun and reads what the kernel sends. */
public class TuntapSteps {

    private final TunTaps tunTaps;
    private final Neighbours neighbours;
    private final Links links;

    public TuntapSteps(TunTaps tunTaps, Neighbours neighbours, Links links) {
        this.tunTaps = tunTaps;
        this.neighbours = neighbours;
        this.links = links;
    }

    @Given("a persistent {word} device {link}")
    public void aPersistentDevice(String mode, LinkRef device) {
        tunTaps.createPersistent(TunMode.parse(mode), device);
    }

    @Given("{link} has a permanent neighbour entry {ip} at {word}")
    public void permanentNeighbour(LinkRef link, IpAddress address, String mac) {
        neighbours.addPermanent(link, address, new MacAddress(mac));
    }

    @When("a process attaches to {link} and reads it")
    public void attach(LinkRef device) {
        tunTaps.attachReader(device);
    }

    @When("a process creates the {word} device {link} and reads it")
    public void createAndAttach(String mode, LinkRef device) {
        tunTaps.createByReader(TunMode.parse(mode), device);
    }

    @When("a process writes {int} broadcast ARP request(s) for {ip} from {ip} at {word} into {link}")
    public void writeArpRequests(int count, IpAddress target, IpAddress sender, String mac, LinkRef tap) {
        tunTaps.writeArpRequests(tap, count, target, sender, new MacAddress(mac));
    }

    @When("the process reading {link} exits")
    public void readerExits(LinkRef device) {
        tunTaps.stopReader(device);
    }

    @Then("{link} is a layer-3 device: link type none, no MAC address, flags POINTOPOINT and NOARP")
    public void layer3(LinkRef device) {
        tunTaps.expectLayer3(device);
    }

    @Then("{link} is a layer-2 device: link type ether, a MAC address, flag BROADCAST and no NOARP")
    public void layer2(LinkRef device) {
        tunTaps.expectLayer2(device);
    }

    /** A persistent device outlives the process that held it. */
    @Then("{place} still has an interface {iface}")
    public void stillExists(Place place, InterfaceName name) {
        links.expectExists(new LinkRef(name, place));
    }

    @Then("{place} has no neighbour entry for {ip}")
    public void noNeighbour(Place place, IpAddress address) {
        neighbours.expectNoEntry(place, address);
    }

    @Then("{place} has a neighbour entry for {ip} on {iface}")
    public void neighbourOn(Place place, IpAddress address, InterfaceName device) {
        neighbours.expectEntryOn(place, address, device);
    }

    @Then("the reader of {link} has read an IPv4 packet from {ip} to {ip}, with no link-layer header before it")
    public void readBareIpv4(LinkRef device, IpAddress from, IpAddress to) {
        tunTaps.expectReadBareIpv4(device, from, to);
    }

    @Then("the reader of {link} has read packets, but no IPv4 packet from {ip} to {ip} without a link-layer header")
    public void readNoBareIpv4(LinkRef device, IpAddress from, IpAddress to) {
        tunTaps.expectReadNoBareIpv4(device, from, to);
    }

    @Then("the reader of {link} has read an Ethernet frame from the MAC address of {link} carrying an IPv4 packet"
            + " from {ip} to {ip}")
    public void readFramedIpv4(LinkRef device, LinkRef sender, IpAddress from, IpAddress to) {
        tunTaps.expectReadFramedIpv4(device, sender, from, to);
    }

    @Then("the reader of {link} has read packets, but no Ethernet frame carrying an IPv4 packet from {ip} to {ip}")
    public void readNoFramedIpv4(LinkRef device, IpAddress from, IpAddress to) {
        tunTaps.expectReadNoFramedIpv4(device, from, to);
    }

    @Then("the reader of {link} has read a broadcast ARP request for {ip} from the MAC address of {link}")
    public void readArpRequest(LinkRef device, IpAddress target, LinkRef sender) {
        tunTaps.expectReadArpRequest(device, target, sender);
    }

    @Then("the reader of {link} has read no frame from the MAC address of {link}")
    public void readNoFrameFrom(LinkRef device, LinkRef sender) {
        tunTaps.expectReadNoFrameFrom(device, sender);
    }

    @Then("every packet the reader of {link} has read starts with IP version 4 or 6")
    public void everyPacketIsIp(LinkRef device) {
        tunTaps.expectEveryPacketIsIp(device);
    }
}
