package netspec.lab;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import netspec.lab.args.NamespaceName;
import netspec.linux.IpPacket;
import netspec.linux.TcpdumpText;
import netspec.shell.CommandResult;

/**
 * The tcpdumps a scenario started, one per link, each writing the IPv4 packets it sees into a pcap file in
 * the sandbox's /tmp. A Then-step stops it and reads the file back with {@code tcpdump -nn -v -r}.
 */
public final class Tcpdumps {

    private static final String DIR = "/tmp/netspec-tcpdump";
    private static final Duration LISTENING_WITHIN = Duration.ofSeconds(10);

    private final Lab lab;
    private final Map<LinkRef, Recording> recordings = new HashMap<>();

    public Tcpdumps(Lab lab) {
        this.lab = lab;
    }

    /** Starts tcpdump on the link and returns once it listens, so that no packet sent after this is missed. */
    public void listen(LinkRef link) {
        if (recordings.containsKey(link)) {
            throw new IllegalStateException("tcpdump already listens on " + link);
        }
        String file = DIR + "/" + link.place().netns().map(NamespaceName::value).orElse("host") + "-" + link.name();
        lab.run("making a directory for captures", Place.HOST, "mkdir", "-p", DIR);
        // -U and --immediate-mode hand each packet to the file at once: without them a packet can sit in
        // the kernel's capture ring until tcpdump ends, and be lost with it
        BackgroundProcess tcpdump = BackgroundProcess.start(lab, "tcpdump on " + link, link.place(), file + ".log",
                "tcpdump", "-i", link.name().value(), "-nn", "-U", "--immediate-mode", "-w", file + ".pcap", "ip");
        Readiness.await(lab, tcpdump, () -> tcpdump.output(lab).contains("listening on"), "listening on " + link,
                LISTENING_WITHIN);
        recordings.put(link, new Recording(tcpdump, file + ".pcap"));
    }

    /** The IPv4 packets tcpdump saw on the link; ends the capture the first time. */
    public Reading<List<IpPacket>> packets(LinkRef link) {
        Recording recording = recordings.get(link);
        if (recording == null) {
            throw new IllegalStateException("tcpdump was not started on " + link
                    + "; add a step like 'Given tcpdump listens on " + link + "'");
        }
        if (recording.process().isRunning(lab)) {
            recording.process().stop(lab);
        }
        CommandResult decoded = lab.read(Place.HOST, "tcpdump", "-nn", "-v", "-r", recording.pcap());
        if (!decoded.succeeded()) {
            throw new StepFailure("reading the capture of " + link, Place.HOST, decoded);
        }
        return new Reading<>(Place.HOST, decoded, TcpdumpText.parse(decoded.stdout()));
    }

    private record Recording(BackgroundProcess process, String pcap) {
    }
}
