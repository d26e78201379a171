package netspec.steps;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.lab.TunReader;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.MacAddress;
import netspec.evidence.args.TunMode;
import netspec.linux.Link;
import netspec.linux.Neighbour;
import netspec.linux.TunDevice;
import netspec.packets.EthernetFrame;
import netspec.packets.Packet;
import netspec.evidence.Evidence;
import netspec.evidence.Facts;
import netspec.evidence.Steadily;

/** tun and tap devices, and a process that holds one open through /dev/net/tun and reads what the kernel sends. */
public class TuntapSteps {

    /** The reader writes a packet down microseconds after the kernel sends it; a loaded machine needs more. */
    private static final Duration ARRIVAL = Duration.ofSeconds(3);
    private static final Duration QUIET = Duration.ofSeconds(1);

    private final Lab lab;
    private final Map<LinkRef, TunReader> readers = new HashMap<>();

    public TuntapSteps(Lab lab) {
        this.lab = lab;
    }

    /** What {@code ip tuntap add} makes: a device that outlives any process and waits for one to attach. */
    @Given("a persistent {word} device {link}")
    public void aPersistentDevice(String mode, LinkRef device) {
        TunMode kind = TunMode.parse(mode);
        lab.run("creating " + device, device.place(), "ip", "tuntap", "add", "dev", device.name().value(),
                "mode", kind.word());
        lab.run("bringing up " + device, device.place(), "ip", "link", "set", device.name().value(), "up");
    }

    @Given("{link} has a permanent neighbour entry {ip} at {word}")
    public void permanentNeighbour(LinkRef link, IpAddress address, String mac) {
        MacAddress lladdr = new MacAddress(mac);
        lab.run("adding a neighbour entry on " + link, link.place(), "ip", "neigh", "add", address.value(),
                "lladdr", lladdr.value(), "dev", link.name().value(), "nud", "permanent");
    }

    @When("a process attaches to {link} and reads it")
    public void attach(LinkRef device) {
        Link link = lab.kernel(device.place()).existingLink(device.name());
        TunDevice tun = TunDevice.of(link).orElseThrow(() -> new IllegalStateException(
                device + " is a " + link.kind() + " device, not a tun or tap device"));
        readers.put(device, TunReader.attach(lab, device, TunMode.parse(tun.type())));
    }

    /** Opening /dev/net/tun with a name that does not exist creates the device, without persistence. */
    @When("a process creates the {word} device {link} and reads it")
    public void createAndAttach(String mode, LinkRef device) {
        readers.put(device, TunReader.attach(lab, device, TunMode.parse(mode)));
    }

    @When("the process reading {link} exits")
    public void readerExits(LinkRef device) {
        reader(device).exit();
    }

    @Then("{link} is a layer-3 device: link type none, no MAC address, flags POINTOPOINT and NOARP")
    public void layer3(LinkRef device) {
        expectTunDevice(device, "is a tun device with link type none, no MAC address and the flags POINTOPOINT"
                + " and NOARP", TunDevice::looksLayer3);
    }

    @Then("{link} is a layer-2 device: link type ether, a MAC address, flag BROADCAST and no NOARP")
    public void layer2(LinkRef device) {
        expectTunDevice(device, "is a tap device with link type ether, a MAC address, the flag BROADCAST and no"
                + " NOARP", TunDevice::looksLayer2);
    }

    /** A persistent device outlives the process that held it. */
    @Then("{place} still has an interface {iface}")
    public void stillExists(Place place, InterfaceName name) {
        Facts.expect(place + " still has an interface " + name, lab.kernel(place).link(name), Optional::isPresent,
                l -> name + " does not exist");
    }

    /** NOARP: the kernel resolves nothing on a tun and keeps no entry for the peer. */
    @Then("{place} has no neighbour entry for {ip}")
    public void noNeighbour(Place place, IpAddress address) {
        Facts.expect(place + " has no neighbour entry for " + address, lab.kernel(place).neighbours(),
                list -> list.stream().noneMatch(n -> address.value().equals(n.dst())),
                list -> describeNeighbours(list, address));
    }

    /** Any entry counts, INCOMPLETE and FAILED too: it shows that resolution was tried on that device. */
    @Then("{place} has a neighbour entry for {ip} on {iface}")
    public void neighbourOn(Place place, IpAddress address, InterfaceName device) {
        Facts.expect(place + " has a neighbour entry for " + address + " on " + device, lab.kernel(place).neighbours(),
                list -> list.stream().anyMatch(n -> address.value().equals(n.dst()) && device.value().equals(n.dev())),
                list -> describeNeighbours(list, address));
    }

    @Then("the reader of {link} has read an IPv4 packet from {ip} to {ip}, with no link-layer header before it")
    public void readBareIpv4(LinkRef device, IpAddress from, IpAddress to) {
        eventuallyRead(device, "an IPv4 packet " + from + " > " + to + " starting at its first byte",
                bareIpv4(ipv4(from), ipv4(to)));
    }

    @Then("the reader of {link} has read packets, but no IPv4 packet from {ip} to {ip} without a link-layer header")
    public void readNoBareIpv4(LinkRef device, IpAddress from, IpAddress to) {
        readNothingLike(device, "no IPv4 packet " + from + " > " + to + " starting at its first byte",
                bareIpv4(ipv4(from), ipv4(to)));
    }

    @Then("the reader of {link} has read an Ethernet frame from the MAC address of {link} carrying an IPv4 packet"
            + " from {ip} to {ip}")
    public void readFramedIpv4(LinkRef device, LinkRef sender, IpAddress from, IpAddress to) {
        String source = ipv4(from);
        String destination = ipv4(to);
        String mac = macOf(sender);
        eventuallyRead(device, "an Ethernet frame from " + mac + " (" + sender + ") carrying IPv4 " + from + " > " + to,
                p -> p.asEthernet().filter(f -> f.isFrom(mac)).flatMap(EthernetFrame::ipv4)
                        .filter(h -> h.isBetween(source, destination)).isPresent());
    }

    @Then("the reader of {link} has read packets, but no Ethernet frame carrying an IPv4 packet from {ip} to {ip}")
    public void readNoFramedIpv4(LinkRef device, IpAddress from, IpAddress to) {
        String source = ipv4(from);
        String destination = ipv4(to);
        readNothingLike(device, "no Ethernet frame carrying IPv4 " + from + " > " + to,
                p -> p.asEthernet().flatMap(EthernetFrame::ipv4).filter(h -> h.isBetween(source, destination))
                        .isPresent());
    }

    @Then("the reader of {link} has read a broadcast ARP request for {ip} from the MAC address of {link}")
    public void readArpRequest(LinkRef device, IpAddress target, LinkRef sender) {
        String wanted = ipv4(target);
        String mac = macOf(sender);
        eventuallyRead(device, "a broadcast ARP request for " + target + " from " + mac + " (" + sender + ")",
                p -> p.asEthernet().filter(f -> f.isFrom(mac) && EthernetFrame.BROADCAST.equals(f.destination()))
                        .flatMap(EthernetFrame::arp)
                        .filter(a -> a.isRequestFor(wanted) && a.senderMac().equalsIgnoreCase(mac)).isPresent());
    }

    @Then("the reader of {link} has read no frame from the MAC address of {link}")
    public void readNoFrameFrom(LinkRef device, LinkRef sender) {
        String mac = macOf(sender);
        TunReader reader = reader(device);
        try {
            Steadily.expect("the reader of " + device + " has read no frame from " + mac + " (" + sender + ")",
                    reader::read, out -> out.packets().stream().noneMatch(
                            p -> p.asEthernet().filter(f -> f.isFrom(mac)).isPresent()),
                    out -> out.describe(reader.readsFrames()), QUIET);
        } finally {
            attachDecoded(reader);
        }
    }

    @Then("every packet the reader of {link} has read starts with IP version 4 or 6")
    public void everyPacketIsIp(LinkRef device) {
        TunReader reader = reader(device);
        try {
            Facts.expect("the reader of " + device + " has read packets, each starting with IP version 4 or 6",
                    reader.read(), out -> !out.packets().isEmpty() && out.packets().stream()
                            .allMatch(p -> p.firstNibble() == 4 || p.firstNibble() == 6),
                    out -> out.describe(reader.readsFrames()));
        } finally {
            attachDecoded(reader);
        }
    }

    private static String describeNeighbours(List<Neighbour> list, IpAddress address) {
        String found = list.stream().filter(n -> address.value().equals(n.dst()))
                .map(n -> n.dst() + " dev " + n.dev() + " lladdr " + n.lladdr() + " " + n.state())
                .collect(Collectors.joining("; "));
        return found.isEmpty() ? "no entry for " + address + " among " + list.size() : found;
    }

    private void eventuallyRead(LinkRef device, String what, Predicate<Packet> matches) {
        TunReader reader = reader(device);
        try {
            Facts.eventually("the reader of " + device + " has read " + what, reader::read,
                    out -> out.packets().stream().anyMatch(matches), out -> out.describe(reader.readsFrames()), ARRIVAL);
        } finally {
            attachDecoded(reader);
        }
    }

    /** The hex the reader wrote is the evidence; this is the same, decoded for a person. */
    private static void attachDecoded(TunReader reader) {
        Evidence.text("decoded: what the reader of " + reader.device() + " read",
                reader.read().value().describe(reader.readsFrames()));
    }

    /** A "nothing like it" that only counts once the reader has read something: an idle reader proves nothing. */
    private void readNothingLike(LinkRef device, String what, Predicate<Packet> matches) {
        TunReader reader = reader(device);
        try {
            Facts.eventually("the reader of " + device + " has read packets", reader::read,
                    out -> !out.packets().isEmpty(), out -> out.describe(reader.readsFrames()), ARRIVAL);
            Steadily.expect("the reader of " + device + " has read " + what, reader::read,
                    out -> out.packets().stream().noneMatch(matches), out -> out.describe(reader.readsFrames()), QUIET);
        } finally {
            attachDecoded(reader);
        }
    }

    private void expectTunDevice(LinkRef device, String fact, Predicate<TunDevice> holds) {
        Facts.expect(device + " " + fact, lab.kernel(device.place()).link(device.name()),
                l -> l.flatMap(TunDevice::of).filter(holds).isPresent(), TuntapSteps::describe);
    }

    private static String describe(Optional<Link> link) {
        return link.map(l -> l.ifname() + ": kind " + l.kind() + TunDevice.of(l).map(t -> " (type " + t.type() + ")").orElse("")
                + ", link type " + l.linkType() + ", MAC " + (l.address() == null ? "none" : l.address())
                + ", flags " + l.flags()).orElse("the device does not exist");
    }

    private String macOf(LinkRef link) {
        String mac = lab.kernel(link.place()).existingLink(link.name()).address();
        if (mac == null) {
            throw new IllegalStateException(link + " has no MAC address (is it a tun device?)");
        }
        return mac;
    }

    private static String ipv4(IpAddress address) {
        if (address.ipv6()) {
            throw new IllegalArgumentException("this step decodes IPv4 only; " + address + " is IPv6");
        }
        return address.value();
    }

    private static Predicate<Packet> bareIpv4(String from, String to) {
        return p -> p.asIpv4().filter(h -> h.isBetween(from, to)).isPresent();
    }

    private TunReader reader(LinkRef device) {
        TunReader reader = readers.get(device);
        if (reader == null) {
            throw new IllegalStateException("no process reads " + device + "; add a step like 'When a process"
                    + " attaches to " + device + " and reads it'");
        }
        return reader;
    }
}
