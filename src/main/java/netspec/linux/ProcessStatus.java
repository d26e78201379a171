package netspec.linux;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The lines of /proc/PID/status that say what a process does with a signal: its name and the signal masks
 * SigBlk (blocked: held pending), SigIgn (ignored, inherited across exec) and SigCgt (caught by a handler).
 */
public record ProcessStatus(String name, BigInteger blocked, BigInteger ignored, BigInteger caught) {

    public static ProcessStatus parse(String status) {
        Map<String, String> fields = new HashMap<>();
        for (String line : status.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return new ProcessStatus(fields.getOrDefault("Name", "?"), mask(fields.get("SigBlk")),
                mask(fields.get("SigIgn")), mask(fields.get("SigCgt")));
    }

    private static BigInteger mask(String hex) {
        return hex == null || hex.isEmpty() ? BigInteger.ZERO : new BigInteger(hex, 16);
    }

    /** "perl: SIGTERM blocked, ignored", or "perl: SIGTERM takes its default action". */
    public String howItTreats(String signalName, int signal) {
        StringBuilder how = new StringBuilder();
        // bit N-1 of each mask stands for signal N
        append(how, blocked.testBit(signal - 1), "blocked");
        append(how, ignored.testBit(signal - 1), "ignored");
        append(how, caught.testBit(signal - 1), "caught by a handler");
        return name + ": " + signalName + (how.isEmpty() ? " takes its default action" : " " + how);
    }

    private static void append(StringBuilder how, boolean set, String word) {
        if (set) {
            how.append(how.isEmpty() ? "" : ", ").append(word);
        }
    }
}
