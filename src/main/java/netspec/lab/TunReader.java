package netspec.lab;

import netspec.evidence.Place;
import netspec.evidence.Reading;

import java.time.Duration;

import netspec.evidence.args.TunMode;
import netspec.packets.ReaderOutput;
import netspec.shell.CommandResult;
import netspec.shell.Polling;

/**
 * A process that holds a tun or tap device open through /dev/net/tun, the way qemu or a VPN does, and
 * writes down every packet it reads (src/main/resources/assets/tun-reader.pl, which needs only perl-base).
 * If the device does not exist, the reader creates it, without making it persistent.
 */
public final class TunReader {

    private static final String SCRIPT = "tun-reader.pl";
    /**
     * Generous, and free when the reader is quick (the poll returns as soon as it attached): Perl starting on an
     * emulated VM has taken over 5 s in .ci/run, and over 15 s with two emulated VMs on 2 cores (kernel matrix).
     */
    private static final Duration ATTACH_WITHIN = Duration.ofSeconds(30);

    private final Lab lab;
    private final LinkRef device;
    private final TunMode mode;
    private final String output;
    private final BackgroundProcess process;

    private TunReader(Lab lab, LinkRef device, TunMode mode, String output, BackgroundProcess process) {
        this.lab = lab;
        this.device = device;
        this.mode = mode;
        this.output = output;
        this.process = process;
    }

    /** Starts a reader of the device in the device's namespace and returns once it holds the device. */
    public static TunReader attach(Lab lab, LinkRef device, TunMode mode) {
        String script = Assets.install(lab, SCRIPT);
        String output = "/tmp/netspec-reader-" + device.place().netns().map(Object::toString).orElse("host") + "-"
                + device.name() + ".hex";
        BackgroundProcess process = BackgroundProcess.start(lab, "a reader of " + device, device.place(),
                output + ".log", "perl", script, device.name().value(), mode.word(), output);
        TunReader reader = new TunReader(lab, device, mode, output, process);
        reader.awaitAttached();
        return reader;
    }

    private void awaitAttached() {
        if (!Polling.until(ATTACH_WITHIN, () -> read().value().isAttached() || !process.isRunning(lab))) {
            throw new IllegalStateException("the reader of " + device + " did not attach within "
                    + ATTACH_WITHIN.toSeconds() + " s; it said: " + process.output(lab));
        }
        if (!read().value().isAttached()) {
            throw new IllegalStateException("the reader of " + device + " could not attach: " + process.output(lab));
        }
    }

    /** What the reader has written down so far, read from its file in the sandbox. */
    public Reading<ReaderOutput> read() {
        CommandResult file = lab.read(Place.HOST, "cat", output);
        return new Reading<>(Place.HOST, file, ReaderOutput.parse(file.succeeded() ? file.stdout() : ""));
    }

    /** Whether the reader still holds the device: it reads until it is stopped or its device vanishes. */
    public boolean isRunning() {
        return process.isRunning(lab);
    }

    /** Ends the reader (SIGTERM), which closes its descriptor, and waits until it is gone. */
    public void exit() {
        process.stop(lab);
    }

    /** Whether what it reads begins with an Ethernet header (tap) or with the IP header (tun). */
    public boolean readsFrames() {
        return mode == TunMode.TAP;
    }

    public LinkRef device() {
        return device;
    }
}
