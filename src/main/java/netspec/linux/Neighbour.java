package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One entry of {@code ip -j neigh show} (ARP or NDP). {@code lladdr} is null while resolution is
 * INCOMPLETE or FAILED; {@code dev} is null when the command was filtered with {@code dev X}.
 * {@code router} is set for IPv6 neighbours that announced themselves as routers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Neighbour(String dst, String dev, String lladdr, List<String> state, boolean router) {

    public Neighbour {
        state = state == null ? List.of() : List.copyOf(state);
    }

    /** e.g. "REACHABLE", "STALE", "DELAY", "PERMANENT", "INCOMPLETE", "FAILED". */
    public boolean hasState(String name) {
        return state.contains(name);
    }

    public boolean isPermanent() {
        return hasState("PERMANENT");
    }
}
