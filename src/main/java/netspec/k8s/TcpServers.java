package netspec.k8s;

import java.time.Duration;
import java.util.regex.Pattern;

import netspec.lab.Assets;
import netspec.lab.BackgroundProcess;
import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.Readiness;
import netspec.lab.StepFailure;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.shell.CommandResult;

/** The smallest backends and client there are: socat answering a word on a TCP port, and bash's /dev/tcp. */
public final class TcpServers {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Duration LISTENING_WITHIN = Duration.ofSeconds(10);
    private static final String CLIENT = "k8s/tcp-requests.sh";

    private TcpServers() {
    }

    /** A server in {@code place} that writes {@code answer} and a newline to every connection on the port, then closes it. */
    public static void answer(Lab lab, Place place, String answer, int port) {
        if (!WORD.matcher(answer).matches()) {
            throw new InvalidStepArgument("answer", answer, "use 1 to 32 letters, digits, '-' or '_'");
        }
        String listen = "TCP-LISTEN:" + port + ",fork,reuseaddr";
        BackgroundProcess socat = BackgroundProcess.start(lab, "a server answering " + answer + " in " + place,
                place, "/tmp/socat-" + place.netns().map(NamespaceName::value).orElse("host") + "-" + port + ".log",
                "socat", listen, "SYSTEM:echo " + answer);
        Readiness.await(lab, socat, () -> listening(lab, place, port), "listening on TCP port " + port,
                LISTENING_WITHIN);
    }

    /** Opens {@code count} connections one after the other and reads what each got back. */
    public static Reading<TcpAnswers> connect(Lab lab, Place from, IpAddress address, int port, int count) {
        if (count < 1 || count > 200) {
            throw new IllegalArgumentException("connection count " + count + " is invalid: use 1 to 200");
        }
        String client = Assets.install(lab, CLIENT);
        CommandResult result = lab.attempt(from, Duration.ofSeconds(10 + 3L * count), "bash", client,
                Integer.toString(count), address.value(), Integer.toString(port));
        if (!result.succeeded()) {
            throw new StepFailure("connecting to " + address + " port " + port, from, result);
        }
        return new Reading<>(from, result, TcpAnswers.parse(result.stdout()));
    }

    private static boolean listening(Lab lab, Place place, int port) {
        return !lab.read(place, "ss", "-Hltn", "sport", "=", ":" + port).stdout().isBlank();
    }
}
