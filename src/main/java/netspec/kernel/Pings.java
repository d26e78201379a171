package netspec.kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.lab.Lab;
import netspec.linux.PingOutput;
import netspec.shell.CommandResult;

/**
 * Echo requests between the places of a scenario, and what came back. The last ping of the scenario is kept
 * for the facts that judge it.
 *
 * <pre>{@code
 * pings.ping(Place.of(ns1), IpAddress.parse("10.0.0.2"), 3);   // ping -n -c 3 -i 0.05 -W 1 10.0.0.2   (in ns1)
 * pings.expectNoReply();   // fails as "nothing to judge" if no request left ns1
 * }</pre>
 */
public final class Pings {

    private static final int PINGS_WITHOUT_FRAGMENTING = 3;

    private final Lab lab;
    private Reading<PingOutput> last;

    public Pings(Lab lab) {
        this.lab = lab;
    }

    public void ping(Place from, IpAddress to, int count) {
        if (count < 1 || count > 100) {
            throw new InvalidStepArgument("ping count", Integer.toString(count), "1 to 100 echo requests");
        }
        send(from, count, to.value());
    }

    /** The packet is the payload plus 8 bytes of ICMP and 20 of IPv4 header: 1422 bytes make 1450. */
    public void pingWithoutFragmenting(Place from, IpAddress to, int payload) {
        if (payload < 0 || payload > 65507) {
            throw new InvalidStepArgument("payload", Integer.toString(payload), "0 to 65507 bytes");
        }
        send(from, PINGS_WITHOUT_FRAGMENTING, "-M", "do", "-s", Integer.toString(payload), to.value());
    }

    public void expectReplies() {
        expectReplies(lastPing());
    }

    /** Silence proves something only if requests left: a ping that could not send gets no reply either. */
    public void expectNoReply() {
        expectNoReply(lastPing());
    }

    static void expectReplies(Reading<PingOutput> ping) {
        Facts.expect("every echo request is answered", ping, PingOutput::everyRequestAnswered, PingOutput::toString);
    }

    static void expectNoReply(Reading<PingOutput> ping) {
        Facts.expectAbsent("no echo request is answered", ping, REQUESTS_LEFT, p -> !p.statistics().anyReply(),
                PingOutput::toString);
    }

    static final Facts.Control<PingOutput> REQUESTS_LEFT = new Facts.Control<>(
            "at least one echo request left the sender (transmitted, and not refused by its own kernel)",
            p -> p.requestsThatLeft() > 0, PingOutput::toString);

    private void send(Place from, int count, String... target) {
        // a short interval and a 1 s wait per reply keep a failing ping from stalling the scenario; 50 ms rather than
        // ping's 1 s or the 200 ms it allows any user: the whole local suite took 2:10 instead of 2:29 (8 at a time),
        // @bridge one at a time 44 s instead of 54 s. Below 200 ms needs root on iputils before 20210202 (Ubuntu
        // 20.04): the sandbox is root, in a user namespace or not.
        List<String> argv = new ArrayList<>(List.of("ping", "-n", "-c", Integer.toString(count), "-i", "0.05", "-W", "1"));
        argv.addAll(List.of(target));
        CommandResult result = lab.attempt(from, Duration.ofSeconds(10 + count), argv.toArray(String[]::new));
        last = new Reading<>(from, result, PingOutput.parse(result.stdout() + "\n" + result.stderr()));
    }

    private Reading<PingOutput> lastPing() {
        if (last == null) {
            throw new IllegalStateException("no ping was sent before this step; add a step like 'When ns1 pings 10.0.0.2'");
        }
        return last;
    }
}
