package netspec.packets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the tun reader (src/main/resources/assets/tun-reader.pl) wrote: a line {@code # attached NAME MODE}
 * once it holds the device, then one line of hex per packet it read.
 */
public record ReaderOutput(Optional<String> attached, List<Packet> packets) {

    private static final String ATTACHED = "# attached ";
    private static final int SHOWN = 30;

    public ReaderOutput {
        packets = List.copyOf(packets);
    }

    public static ReaderOutput parse(String text) {
        Optional<String> attached = Optional.empty();
        List<Packet> packets = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith(ATTACHED)) {
                attached = Optional.of(l.substring(ATTACHED.length()));
            } else if (!l.isEmpty() && !l.startsWith("#")) {
                packets.add(Packet.ofHex(l));
            }
        }
        return new ReaderOutput(attached, packets);
    }

    /** Whether the reader got hold of the device (TUNSETIFF succeeded) before anything else. */
    public boolean isAttached() {
        return attached.isPresent();
    }

    /** The packets decoded one per line, the way a tun (false) or a tap (true) delivers them, for a report. */
    public String describe(boolean ethernet) {
        if (packets.isEmpty()) {
            return attached.map(a -> "nothing read (attached " + a + ")").orElse("the reader has not attached");
        }
        StringBuilder text = new StringBuilder(packets.size() + " read:");
        for (int i = 0; i < packets.size() && i < SHOWN; i++) {
            text.append("\n  ").append(i + 1).append(". ").append(packets.get(i).describe(ethernet));
        }
        if (packets.size() > SHOWN) {
            text.append("\n  ... and ").append(packets.size() - SHOWN).append(" more");
        }
        return text.toString();
    }
}
