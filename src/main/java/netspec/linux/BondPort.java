package netspec.linux;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A bond port's state, from the {@code info_slave_data} that {@code ip -j -d link show} prints for a device
 * whose master is a bond.
 *
 * <p>{@code state} is "ACTIVE" or "BACKUP" (in active-backup mode one port is active; in the load-balancing
 * modes every port with a link is). {@code miiStatus} is what the bond last saw of the port's link, "UP" or
 * "DOWN", and {@code linkFailureCount} how often it saw it go down: a bond that does not monitor links
 * (miimon 0) keeps "UP" and 0 whatever the port's carrier. {@code permanentMac} is the port's own MAC
 * address, which it gives up for the bond's while it is a port.
 */
public record BondPort(String state, String miiStatus, int linkFailureCount, String permanentMac) {

    /** The port view of a link, or empty when the link is not a bond port (or was read without -d). */
    public static Optional<BondPort> of(Link link) {
        if (!"bond".equals(link.slaveKind())) {
            return Optional.empty();
        }
        JsonNode data = link.linkinfo().slaveData();
        return Optional.of(new BondPort(data.path("state").asText(""), data.path("mii_status").asText(""),
                data.path("link_failure_count").asInt(-1), data.path("perm_hwaddr").asText("")));
    }

    public boolean isActive() {
        return "ACTIVE".equals(state);
    }

    public boolean isBackup() {
        return "BACKUP".equals(state);
    }

    /** Whether the bond last saw the port's link up. */
    public boolean linkSeenUp() {
        return "UP".equals(miiStatus);
    }

    @Override
    public String toString() {
        return state + ", link " + miiStatus + ", " + linkFailureCount + " link failures";
    }
}
