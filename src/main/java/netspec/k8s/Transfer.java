package netspec.k8s;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One timed TCP transfer (assets/k8s/timed-transfer.sh): the bytes sent, the sender's exit status, the bytes
 * the receiver counted, and the time from the sender's start until the receiver read the end of the stream.
 */
public record Transfer(long sent, int senderExit, long received, long nanoseconds) {

    private static final Pattern LINE = Pattern.compile(
            "sent (\\d+) exit (\\d+) received (\\d+) nanoseconds (\\d+)");

    public static Transfer parse(String output) {
        Matcher m = LINE.matcher(output.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not the line of timed-transfer.sh: " + output.strip());
        }
        return new Transfer(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)));
    }

    /** Every byte sent arrived, and the sender says so too. */
    public boolean complete() {
        return senderExit == 0 && sent > 0 && received == sent;
    }

    /** The bytes received per second over the whole transfer. */
    public double bytesPerSecond() {
        return nanoseconds == 0 ? Double.POSITIVE_INFINITY : received * 1e9 / nanoseconds;
    }

    @Override
    public String toString() {
        return String.format("%d of %d bytes received in %.3f s (%.0f B/s), sender exit %d", received, sent,
                nanoseconds / 1e9, bytesPerSecond(), senderExit);
    }
}
