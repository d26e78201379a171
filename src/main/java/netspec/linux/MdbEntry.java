package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One entry of a bridge's multicast database, {@code bridge -j mdb show}: the group {@code grp} has a
 * member behind {@code port} of bridge {@code dev}. A port equal to the bridge itself means the host
 * joined. {@code state} is "temp" for what IGMP/MLD snooping learned (it times out) and "permanent" for
 * entries added by hand.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MdbEntry(String dev, String port, String grp, String state, List<String> flags, Integer vid) {

    public MdbEntry {
        flags = flags == null ? List.of() : List.copyOf(flags);
        state = state == null ? "" : state;
    }

    /** Learned by snooping a join, as opposed to added with {@code bridge mdb add}. */
    public boolean isSnooped() {
        return "temp".equals(state);
    }
}
