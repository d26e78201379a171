package netspec.capability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The capabilities a scenario's tags ask for: {@code @requires:bond}, {@code @requires:tcpdump}. */
public final class Requirements {

    public static final String PREFIX = "@requires:";

    private Requirements() {
    }

    /** @throws IllegalArgumentException for a capability nobody knows, naming the known ones */
    public static List<Capability> fromTags(Collection<String> tags) {
        List<Capability> needed = new ArrayList<>();
        for (String tag : tags) {
            if (tag.startsWith(PREFIX)) {
                String name = tag.substring(PREFIX.length());
                needed.add(Capability.byTagName(name).orElseThrow(() -> new IllegalArgumentException(
                        "unknown capability in tag " + tag + "; known: " + Capability.knownNames())));
            }
        }
        return needed;
    }
}
