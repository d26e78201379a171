package netspec.linux;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The summary line of iputils ping: how many echo requests left and how many replies came back. */
public record PingStatistics(int transmitted, int received) {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) packets transmitted, (\\d+) received");

    public static PingStatistics parse(String pingOutput) {
        Matcher m = SUMMARY.matcher(pingOutput);
        if (!m.find()) {
            throw new IllegalArgumentException("no ping statistics in: " + pingOutput.strip());
        }
        return new PingStatistics(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Ping prints no statistics when it cannot send at all (no route: "Network is unreachable"). */
    public static PingStatistics parseOrNothingSent(String pingOutput) {
        return SUMMARY.matcher(pingOutput).find() ? parse(pingOutput) : new PingStatistics(0, 0);
    }

    public boolean anyReply() {
        return received > 0;
    }

    @Override
    public String toString() {
        return transmitted + " echo requests sent, " + received + " replies received";
    }
}
