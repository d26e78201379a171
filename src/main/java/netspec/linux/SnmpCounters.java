package netspec.linux;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The protocol counters of one network namespace, from {@code /proc/net/snmp}: pairs of lines, the names of a
 * group ("Icmp: InMsgs InErrors ...") and then its values ("Icmp: 2 0 ...").
 */
public record SnmpCounters(Map<String, Map<String, Long>> groups) {

    public SnmpCounters {
        groups = Map.copyOf(groups);
    }

    public static SnmpCounters parse(String text) {
        Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            String[] names = lines[i].trim().split("\\s+");
            String[] values = lines[i + 1].trim().split("\\s+");
            if (!names[0].endsWith(":") || !names[0].equals(values[0]) || names.length != values.length) {
                throw new IllegalArgumentException("not /proc/net/snmp: lines " + (i + 1) + " and " + (i + 2)
                        + " are no pair of names and values: " + lines[i] + " / " + lines[i + 1]);
            }
            Map<String, Long> group = new LinkedHashMap<>();
            for (int k = 1; k < names.length; k++) {
                group.put(names[k], Long.parseLong(values[k]));
            }
            groups.put(names[0].substring(0, names[0].length() - 1), group);
        }
        return new SnmpCounters(groups);
    }

    /** e.g. {@code counter("Icmp", "OutEchoReps")}. */
    public long counter(String group, String name) {
        Map<String, Long> counters = groups.get(group);
        if (counters == null || !counters.containsKey(name)) {
            throw new IllegalArgumentException("no counter " + group + " " + name + " in /proc/net/snmp");
        }
        return counters.get(name);
    }
}
