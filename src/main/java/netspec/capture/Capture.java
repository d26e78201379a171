package netspec.capture;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.StepFailure;
import netspec.evidence.Evidence;
import netspec.shell.CommandResult;

/**
 * One tcpdump writing every frame seen on a link into a pcap file in the sandbox's private /tmp. It runs
 * in the link's namespace and is found again by its PID, which is valid anywhere in the sandbox.
 */
public final class Capture {

    private static final Duration START_WITHIN = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);
    /** With -U and --immediate-mode a frame reaches the file within a millisecond; this much quiet means done. */
    private static final Duration QUIET = Duration.ofMillis(100);
    private static final long ATTACH_LIMIT_BYTES = 8L << 20;

    private final LinkRef link;
    private final String pcap;
    private final String log;
    private final long pid;
    private boolean running = true;
    private boolean endedEarly;

    private Capture(LinkRef link, String pcap, String log, long pid) {
        this.link = link;
        this.pcap = pcap;
        this.log = log;
        this.pid = pid;
    }

    /** Starts tcpdump and returns once it is listening, so that no frame sent after this is missed. */
    public static Capture start(Lab lab, LinkRef link, int number) {
        String base = "/tmp/capture-" + number + "-" + link.name().value();
        String pcap = base + ".pcap";
        String log = base + ".log";
        // -p: the capture must not change what it watches (a bridge in promiscuous mode passes every frame it
        // forwards up to itself); -U writes each frame as it comes, --immediate-mode hands it over at once;
        // -Z root keeps the file writable where the sandbox maps root to an unprivileged user
        long pid = lab.startInBackground("starting a capture on " + link, link.place(), log, "tcpdump", "-i",
                link.name().value(), "-p", "-nn", "-U", "--immediate-mode", "-Z", "root", "-w", pcap);
        Capture capture = new Capture(link, pcap, log, pid);
        capture.awaitListening(lab);
        return capture;
    }

    private void awaitListening(Lab lab) {
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (true) {
            CommandResult said = lab.read(Place.HOST, "cat", log);
            if (said.stdout().contains("listening on")) {
                return;
            }
            boolean alive = isAlive(lab);
            if (!alive || System.nanoTime() > deadline) {
                throw new IllegalStateException("the capture on " + link + " did not start: tcpdump (PID " + pid + ") "
                        + (alive ? "is not listening after " + START_WITHIN.toSeconds() + " s" : "has ended")
                        + "; it said:\n" + said.stdout().strip());
            }
            sleep(POLL);
        }
    }

    /**
     * Waits until the file stops growing, ends tcpdump and waits for it to exit, then attaches the pcap and
     * tcpdump's verbose decoding of it to the running step. Does nothing the second time.
     */
    public void stop(Lab lab) {
        if (!running) {
            return;
        }
        awaitQuiet(lab);
        endedEarly = !isAlive(lab);
        // tcpdump is a child of the sandbox's shell, so its builtin wait sees it exit and the file closed; a
        // tcpdump that ended early (its link was deleted) still leaves the frames it saw, so neither may fail
        lab.attempt(Place.HOST, "kill", Long.toString(pid));
        lab.attempt(Place.HOST, "wait", Long.toString(pid));
        running = false;
        attach(lab);
    }

    /**
     * Whether tcpdump was still listening when the capture was stopped: one that ended early (its link was
     * deleted) saw only part of the scenario, so its silence afterwards proves nothing.
     */
    public boolean listenedUntilStopped() {
        if (running) {
            throw new IllegalStateException("the capture on " + link + " is still running; stop it first");
        }
        return !endedEarly;
    }

    /** The frames of the stopped capture, as tcpdump decodes them. */
    public Reading<List<Frame>> frames(Lab lab) {
        if (running) {
            throw new IllegalStateException("the capture on " + link + " is still running; stop it first");
        }
        CommandResult decoded = lab.read(Place.HOST, "tcpdump", "-nn", "-e", "-r", pcap);
        if (!decoded.succeeded()) {
            throw new StepFailure("decoding the capture on " + link, Place.HOST, decoded);
        }
        return new Reading<>(Place.HOST, decoded, TcpdumpLines.parse(decoded.stdout()));
    }

    /**
     * The IPv4 packets of the stopped capture with what tcpdump's verbose mode shows of them (TTL, the packet a
     * VXLAN datagram carries); the read filter keeps ARP and IPv6 out.
     */
    public Reading<List<IpPacket>> ipPackets(Lab lab) {
        if (running) {
            throw new IllegalStateException("the capture on " + link + " is still running; stop it first");
        }
        CommandResult decoded = lab.read(Place.HOST, "tcpdump", "-nn", "-v", "-r", pcap, "ip");
        if (!decoded.succeeded()) {
            throw new StepFailure("decoding the capture on " + link, Place.HOST, decoded);
        }
        return new Reading<>(Place.HOST, decoded, TcpdumpText.parse(decoded.stdout()));
    }

    private void attach(Lab lab) {
        CommandResult verbose = lab.read(Place.HOST, "tcpdump", "-nn", "-e", "-v", "-r", pcap);
        CommandResult said = lab.read(Place.HOST, "cat", log);
        Evidence.text("capture on " + link + " (decoded)", "# in " + Place.HOST + "\n" + verbose.transcript()
                + "\n# what tcpdump said while capturing in " + link.place() + "\n" + said.transcript());
        long size = size(lab);
        if (size > ATTACH_LIMIT_BYTES) {
            Evidence.text("capture on " + link + ".pcap", "not attached: " + size + " bytes (limit "
                    + ATTACH_LIMIT_BYTES + "); it is " + pcap + " in the sandbox");
            return;
        }
        CommandResult file = lab.read(Place.HOST, "base64", "-w0", pcap);
        if (!file.succeeded()) {
            throw new StepFailure("reading the capture file " + pcap, Place.HOST, file);
        }
        Evidence.binary("capture on " + link + ".pcap", "application/vnd.tcpdump.pcap",
                Base64.getDecoder().decode(file.stdout().strip()), ".pcap");
    }

    private void awaitQuiet(Lab lab) {
        long last = -1;
        for (int i = 0; i < 50; i++) {
            long now = size(lab);
            if (now == last) {
                return;
            }
            last = now;
            sleep(QUIET);
        }
    }

    private long size(Lab lab) {
        CommandResult stat = lab.read(Place.HOST, "stat", "-c", "%s", pcap);
        return stat.succeeded() ? Long.parseLong(stat.stdout().strip()) : -1;
    }

    private boolean isAlive(Lab lab) {
        return lab.read(Place.HOST, "kill", "-0", Long.toString(pid)).succeeded();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a capture", e);
        }
    }
}
