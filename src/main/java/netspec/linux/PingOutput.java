package netspec.linux;

import java.util.List;

/**
 * One run of iputils ping: its statistics, and the errors ping reported about its own sending. iputils counts a
 * request that failed in the sender's own kernel ("ping: local error: message too long") as transmitted, and
 * sends nothing at all when it cannot connect ("ping: connect: Network is unreachable"), so the statistics alone
 * do not tell whether any request left.
 */
public record PingOutput(PingStatistics statistics, List<String> localErrors) {

    public PingOutput {
        localErrors = List.copyOf(localErrors);
    }

    /** @param output what ping wrote, standard output and standard error together */
    public static PingOutput parse(String output) {
        List<String> errors = output.lines().map(String::strip).filter(l -> l.startsWith("ping: ")).toList();
        return new PingOutput(PingStatistics.parseOrNothingSent(output), errors);
    }

    /** Requests that left the sender: those ping counted as transmitted, less those its own kernel refused. */
    public int requestsThatLeft() {
        return Math.max(0, statistics.transmitted() - localErrors.size());
    }

    public boolean everyRequestAnswered() {
        return statistics.anyReply() && statistics.received() == statistics.transmitted();
    }

    @Override
    public String toString() {
        return statistics + (localErrors.isEmpty() ? "" : "; ping reported " + String.join("; ", localErrors.stream()
                .distinct().toList()) + " (" + localErrors.size() + "x)");
    }
}
