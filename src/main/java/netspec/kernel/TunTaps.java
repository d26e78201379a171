package netspec.kernel;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import netspec.evidence.Evidence;
import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.evidence.Steadily;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.MacAddress;
import netspec.evidence.args.TunMode;
import netspec.lab.Assets;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.lab.StepFailure;
import netspec.lab.TunReader;
import netspec.linux.Link;
import netspec.linux.TunDevice;
import netspec.packets.EthernetFrame;
import netspec.packets.Packet;
import netspec.packets.ReaderOutput;
import netspec.shell.CommandResult;

/**
 * tun and tap devices, and the processes that hold one open through /dev/net/tun and read what the kernel sends
 * ({@link TunReader}). A fact that a reader read <em>nothing</em> of a kind holds only if the reader held the
 * device for the whole window it was watched, and read something else: an idle or dead reader proves nothing.
 *
 * <pre>{@code
 * tunTaps.createPersistent(TunMode.TAP, tap0);    // ip tuntap add dev tap0 mode tap; ip link set tap0 up
 * tunTaps.attachReader(tap0);                     // perl tun-reader.pl tap0 tap /tmp/...hex, in the background
 * tunTaps.expectReadArpRequest(tap0, IpAddress.parse("10.8.0.2"), veth1);
 * }</pre>
 */
public final class TunTaps {

    /** The reader writes a packet down microseconds after the kernel sends it; a loaded machine needs more. */
    private static final Duration ARRIVAL = Duration.ofSeconds(3);
    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final String WRITER = "tap-writer.pl";

    private final Lab lab;
    private final Links links;
    private final Map<LinkRef, TunReader> readers = new HashMap<>();

    public TunTaps(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    /** What {@code ip tuntap add} makes: a device that outlives any process and waits for one to attach. */
    public void createPersistent(TunMode mode, LinkRef device) {
        lab.run("creating " + device, device.place(), "ip", "tuntap", "add", "dev", device.name().value(),
                "mode", mode.word());
        links.setUp(device);
    }

    /** A reader of an existing tun or tap device, in the mode the device has. */
    public void attachReader(LinkRef device) {
        Link link = lab.kernel(device.place()).existingLink(device.name());
        TunDevice tun = TunDevice.of(link).orElseThrow(() -> new IllegalStateException(
                device + " is a " + link.kind() + " device, not a tun or tap device"));
        readers.put(device, TunReader.attach(lab, device, TunMode.parse(tun.type())));
    }

    /** Opening /dev/net/tun with a name that does not exist creates the device, without persistence. */
    public void createByReader(TunMode mode, LinkRef device) {
        readers.put(device, TunReader.attach(lab, device, mode));
    }

    /**
     * A process attaches to the tap (no reader may hold it), as qemu does for a guest, and writes a broadcast ARP
     * request into it {@code count} times: each write is a frame arriving on the tap from the guest's side.
     */
    public void writeArpRequests(LinkRef tap, int count, IpAddress target, IpAddress sender, MacAddress senderMac) {
        if (count < 1 || count > 100) {
            throw new InvalidStepArgument("frame count", Integer.toString(count), "1 to 100 frames");
        }
        if (readers.containsKey(tap)) {
            throw new IllegalStateException("a reader holds " + tap + "; a tap takes one process at a time");
        }
        String script = Assets.install(lab, WRITER);
        CommandResult wrote = lab.run("a process writing into " + tap, tap.place(), "perl", script,
                tap.name().value(), Integer.toString(count), arpRequest(senderMac, ipv4(sender), ipv4(target)));
        if (!wrote.stdout().contains("# wrote " + count + " frames")) {
            throw new StepFailure("writing " + count + " frames into " + tap, tap.place(), wrote);
        }
    }

    /** Ethernet broadcast, ARP over IPv4: who has target? tell sender (42 bytes, unpadded). */
    static String arpRequest(MacAddress senderMac, String sender, String target) {
        String mac = senderMac.value().replace(":", "").toLowerCase(java.util.Locale.ROOT);
        return "ffffffffffff" + mac + "0806" + "0001" + "0800" + "06" + "04" + "0001" + mac + hex(sender)
                + "000000000000" + hex(target);
    }

    private static String hex(String ipv4) {
        StringBuilder hex = new StringBuilder();
        for (String octet : ipv4.split("\\.")) {
            hex.append(String.format("%02x", Integer.parseInt(octet)));
        }
        return hex.toString();
    }

    public void stopReader(LinkRef device) {
        reader(device).exit();
    }

    public void expectLayer3(LinkRef device) {
        expectTunDevice(device, "is a tun device with link type none, no MAC address and the flags POINTOPOINT"
                + " and NOARP", TunDevice::looksLayer3);
    }

    public void expectLayer2(LinkRef device) {
        expectTunDevice(device, "is a tap device with link type ether, a MAC address, the flag BROADCAST and no"
                + " NOARP", TunDevice::looksLayer2);
    }

    public void expectReadBareIpv4(LinkRef device, IpAddress from, IpAddress to) {
        eventuallyRead(device, "an IPv4 packet " + from + " > " + to + " starting at its first byte",
                bareIpv4(ipv4(from), ipv4(to)));
    }

    public void expectReadNoBareIpv4(LinkRef device, IpAddress from, IpAddress to) {
        readNothingLike(device, "no IPv4 packet " + from + " > " + to + " starting at its first byte",
                bareIpv4(ipv4(from), ipv4(to)));
    }

    public void expectReadFramedIpv4(LinkRef device, LinkRef sender, IpAddress from, IpAddress to) {
        String source = ipv4(from);
        String destination = ipv4(to);
        String expected = "the reader of " + device + " has read an Ethernet frame from " + sender + " carrying IPv4 "
                + from + " > " + to;
        String mac = links.existingMac(expected, sender);
        eventuallyRead(device, "an Ethernet frame from " + mac + " (" + sender + ") carrying IPv4 " + from + " > " + to,
                p -> p.asEthernet().filter(f -> f.isFrom(mac)).flatMap(EthernetFrame::ipv4)
                        .filter(h -> h.isBetween(source, destination)).isPresent());
    }

    public void expectReadNoFramedIpv4(LinkRef device, IpAddress from, IpAddress to) {
        String source = ipv4(from);
        String destination = ipv4(to);
        readNothingLike(device, "no Ethernet frame carrying IPv4 " + from + " > " + to,
                p -> p.asEthernet().flatMap(EthernetFrame::ipv4).filter(h -> h.isBetween(source, destination))
                        .isPresent());
    }

    public void expectReadArpRequest(LinkRef device, IpAddress target, LinkRef sender) {
        String wanted = ipv4(target);
        String mac = links.existingMac("the reader of " + device + " has read an ARP request from " + sender, sender);
        eventuallyRead(device, "a broadcast ARP request for " + target + " from " + mac + " (" + sender + ")",
                p -> p.asEthernet().filter(f -> f.isFrom(mac) && EthernetFrame.BROADCAST.equals(f.destination()))
                        .flatMap(EthernetFrame::arp)
                        .filter(a -> a.isRequestFor(wanted) && a.senderMac().equalsIgnoreCase(mac)).isPresent());
    }

    public void expectReadNoFrameFrom(LinkRef device, LinkRef sender) {
        String mac = links.existingMac("the reader of " + device + " has read no frame from " + sender, sender);
        readNothingLike(device, "no frame from " + mac + " (" + sender + ")",
                p -> p.asEthernet().filter(f -> f.isFrom(mac)).isPresent());
    }

    public void expectEveryPacketIsIp(LinkRef device) {
        TunReader reader = reader(device);
        try {
            Reading<ReaderOutput> read = reader.read();
            Facts.expectEvery("every packet the reader of " + device + " has read starts with IP version 4 or 6",
                    new Reading<>(read.place(), read.result(), read.value().packets()),
                    p -> p.firstNibble() == 4 || p.firstNibble() == 6, p -> p.describe(reader.readsFrames()));
        } finally {
            attachDecoded(reader);
        }
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

    /**
     * "Nothing like it", with its positive control: the reader has read something else (so it reads what the
     * kernel sends), and still holds the device once the quiet window is over.
     */
    private void readNothingLike(LinkRef device, String what, Predicate<Packet> matches) {
        TunReader reader = reader(device);
        String expected = "the reader of " + device + " has read " + what;
        try {
            Facts.eventually("the reader of " + device + " has read packets", reader::read,
                    out -> !out.packets().isEmpty(), out -> out.describe(reader.readsFrames()), ARRIVAL);
            Steadily.expect(expected, reader::read, out -> out.packets().stream().noneMatch(matches),
                    out -> out.describe(reader.readsFrames()), QUIET);
            boolean stillReading = reader.isRunning();
            Facts.expectAbsent(expected, reader.read(), new Facts.Control<>(
                            "the reader held " + device + " for the whole window and read other packets",
                            out -> stillReading && out.isAttached() && !out.packets().isEmpty(),
                            out -> stillReading ? out.describe(reader.readsFrames()) : "the reader had exited"),
                    out -> out.packets().stream().noneMatch(matches), out -> out.describe(reader.readsFrames()));
        } finally {
            attachDecoded(reader);
        }
    }

    /** The hex the reader wrote is the evidence; this is the same, decoded for a person. */
    private static void attachDecoded(TunReader reader) {
        Evidence.text("decoded: what the reader of " + reader.device() + " read",
                reader.read().value().describe(reader.readsFrames()));
    }

    private void expectTunDevice(LinkRef device, String fact, Predicate<TunDevice> holds) {
        String expected = device + " " + fact;
        Reading<Optional<Link>> reading = links.read(device);
        Link link = Links.existing(expected, device, reading);
        Facts.expect(expected, reading, l -> TunDevice.of(link).filter(holds).isPresent(), l -> describe(link));
    }

    private static String describe(Link l) {
        return l.ifname() + ": kind " + l.kind() + TunDevice.of(l).map(t -> " (type " + t.type() + ")").orElse("")
                + ", link type " + l.linkType() + ", MAC " + (l.address() == null ? "none" : l.address())
                + ", flags " + l.flags();
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
