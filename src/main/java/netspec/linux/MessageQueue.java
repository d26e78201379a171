package netspec.linux;

import java.util.ArrayList;
import java.util.List;

/** A System V message queue as {@code ipcs -q} (util-linux 2.38) lists it in the caller's IPC namespace. */
public record MessageQueue(String key, int id, String owner, String perms, long usedBytes, long messages) {

    /** The table of {@code ipcs -q}: a title, a header line, then one line per queue. */
    public static List<MessageQueue> parseIpcs(String text) {
        List<MessageQueue> queues = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length != 6 || !f[0].startsWith("0x")) {
                continue; // the title, the header and blank lines
            }
            queues.add(new MessageQueue(f[0], Integer.parseInt(f[1]), f[2], f[3], Long.parseLong(f[4]),
                    Long.parseLong(f[5])));
        }
        return List.copyOf(queues);
    }

    /** The id {@code ipcmk -Q} prints: "Message queue id: 0". */
    public static int parseIpcmkId(String text) {
        String prefix = "Message queue id:";
        String line = text.strip();
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("not what ipcmk -Q prints: " + text);
        }
        return Integer.parseInt(line.substring(prefix.length()).strip());
    }

    @Override
    public String toString() {
        return "queue " + id + " (key " + key + ")";
    }
}
