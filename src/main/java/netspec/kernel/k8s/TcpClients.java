package netspec.kernel.k8s;

import java.util.Map;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.k8s.TcpAnswers;
import netspec.k8s.TcpServers;
import netspec.lab.EarlierStep;
import netspec.lab.Lab;

/**
 * A client pod opening TCP connections one after the other (each with a new source port, so that a service
 * schedules each anew), and who answered them. Every fact needs at least one connection made: a series of
 * none answers nothing either way.
 *
 * <pre>{@code
 * clients.connect(client, 1.2.3.4, 80, 30);     // bash tcp-requests.sh 30 1.2.3.4 80   (in client)
 * clients.expectAnsweredBy("pod1", 10);
 * }</pre>
 */
public final class TcpClients {

    private final Lab lab;
    private Reading<TcpAnswers> last;

    public TcpClients(Lab lab) {
        this.lab = lab;
    }

    public Reading<TcpAnswers> connect(NamespaceName from, IpAddress address, int port, int count) {
        last = TcpServers.connect(lab, Place.of(from), address, port, count);
        return last;
    }

    public void expectAllAnswered() {
        Facts.expectAbsent("every connection was answered", answers(), madeSome(),
                a -> a.answered() == a.connections(), TcpAnswers::toString);
    }

    public void expectNoneAnswered() {
        Facts.expectAbsent("no connection was answered", answers(), madeSome(), a -> a.answered() == 0,
                TcpAnswers::toString);
    }

    public void expectSomeAnsweredNoneBy(int answered, int connections, String server) {
        Facts.expect(answered + " of " + connections + " connections were answered, none by " + server, answers(),
                a -> a.connections() == connections && a.answered() == answered
                        && !a.countByServer().containsKey(server), TcpAnswers::toString);
    }

    public void expectAnsweredBy(String server, int count) {
        Facts.expectAbsent(server + " answered " + count + " connections", answers(), madeSome(),
                a -> a.countByServer().getOrDefault(server, 0) == count, TcpAnswers::toString);
    }

    public void expectRotation(int servers) {
        Facts.expect("every connection was answered, by " + servers + " servers taking turns in a fixed order",
                answers(), a -> a.rotates() && a.countByServer().size() == servers, TcpAnswers::toString);
    }

    /** Each server's count may differ from its exact share by the tolerance; servers not listed answer none. */
    public void expectShares(Map<String, Integer> shares, int tolerance) {
        int sum = shares.values().stream().mapToInt(Integer::intValue).sum();
        if (shares.isEmpty() || sum <= 0) {
            throw new InvalidStepArgument("table of shares", shares.toString(),
                    "list at least one server with a positive share");
        }
        String expected = shares.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "/" + sum)
                .collect(Collectors.joining(", "));
        Facts.expectAbsent("every connection was answered, in the shares " + expected + ", within " + tolerance
                        + " connection(s) each", answers(), madeSome(),
                a -> a.answered() == a.connections() && shares.keySet().containsAll(a.countByServer().keySet())
                        && shares.entrySet().stream().allMatch(e -> Math.abs(a.countByServer().getOrDefault(e.getKey(), 0)
                        - (double) a.connections() * e.getValue() / sum) <= tolerance),
                a -> a.countByServer() + " of " + a.connections() + "; " + a);
    }

    private static Facts.Control<TcpAnswers> madeSome() {
        return new Facts.Control<>("at least one connection was made", a -> a.connections() > 0,
                a -> "the client reported no connection");
    }

    private Reading<TcpAnswers> answers() {
        return EarlierStep.require(last, "no connections were made",
                "When client connects 3 times to 1.2.3.4 port 80");
    }
}
