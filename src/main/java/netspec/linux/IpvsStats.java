package netspec.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual service's counters as {@code ipvsadm -Ln --stats --exact -t ADDRESS:PORT} prints them (ipvsadm
 * 1.31): the service's line, then a line per real server, each with the connections scheduled to it and the
 * packets and bytes in and out. Without {@code --exact} large numbers are rounded (12K); this reads only
 * exact ones.
 */
public record IpvsStats(String protocol, String service, Counters total, List<RealServer> realServers) {

    private static final String NUMBERS = "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*$";
    private static final Pattern SERVICE = Pattern.compile("^(TCP|UDP|SCTP|FWM)\\s+(\\S+)" + NUMBERS);
    private static final Pattern REAL_SERVER = Pattern.compile("^\\s+->\\s+(\\S+)" + NUMBERS);

    public IpvsStats {
        realServers = List.copyOf(realServers);
    }

    public static IpvsStats parse(String output) {
        String protocol = null;
        String service = null;
        Counters total = null;
        List<RealServer> realServers = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher s = SERVICE.matcher(line);
            Matcher r = REAL_SERVER.matcher(line);
            if (s.matches()) {
                if (service != null) {
                    throw new IllegalArgumentException("more than one virtual service in: " + output.strip());
                }
                protocol = s.group(1);
                service = s.group(2);
                total = counters(s, 3);
            } else if (r.matches()) {
                realServers.add(new RealServer(r.group(1), counters(r, 2)));
            }
        }
        if (service == null) {
            throw new IllegalArgumentException("no virtual service in: " + output.strip());
        }
        return new IpvsStats(protocol, service, total, realServers);
    }

    /** The counters of the real server at ADDRESS:PORT, or null when the service has no such real server. */
    public Counters of(String realServer) {
        return realServers.stream().filter(r -> r.address().equals(realServer)).map(RealServer::counters)
                .findFirst().orElse(null);
    }

    /** The five numbers, from the group that holds the first. */
    private static Counters counters(Matcher m, int first) {
        long[] n = new long[5];
        for (int i = 0; i < n.length; i++) {
            n[i] = Long.parseLong(m.group(first + i));
        }
        return new Counters(n[0], n[1], n[2], n[3], n[4]);
    }

    /** @param address ADDRESS:PORT, e.g. 10.244.0.2:80 */
    public record RealServer(String address, Counters counters) {
    }

    /** @param connections the connections IPVS scheduled, answered or not */
    public record Counters(long connections, long packetsIn, long packetsOut, long bytesIn, long bytesOut) {
    }
}
