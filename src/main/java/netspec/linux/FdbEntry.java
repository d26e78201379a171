package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One entry of {@code bridge -j fdb show}.
 *
 * <p>What the kernel really prints (iproute2 6.1): entries from a bridge's own table have
 * {@code master} set and no "master" flag; entries with the "self" flag are the device's own
 * table (its unicast/multicast address lists, or a vxlan's remotes, with {@code dst}).
 * {@code state} is "permanent" (the port's own MAC, or added by hand), "static", or "" for an
 * entry that ages out. {@code ifname} is null when the command was filtered with {@code dev X}.
 * {@code vlan} is null when the bridge does not filter VLANs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FdbEntry(
        String mac,
        String ifname,
        String master,
        Integer vlan,
        List<String> flags,
        String state,
        String dst,
        Integer vni) {

    public FdbEntry {
        flags = flags == null ? List.of() : List.copyOf(flags);
        state = state == null ? "" : state;
    }

    /** e.g. "self", "extern_learn", "sticky", "offload". */
    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    public boolean isPermanent() {
        return "permanent".equals(state);
    }

    public boolean isStatic() {
        return "static".equals(state);
    }

    /**
     * Learned by the kernel from traffic and aging out: a bridge port entry or a vxlan remote.
     * extern_learn entries are pushed by a control plane and never age, so they do not count.
     */
    public boolean isDynamic() {
        return state.isEmpty() && !hasFlag("extern_learn");
    }

    /**
     * A MAC the bridge {@code master} learned on one of its ports from a frame's source address.
     * iproute2 does not print "added_by_user", so an entry added with {@code bridge fdb add ...
     * master dynamic} looks exactly the same.
     */
    public boolean isLearned() {
        return master != null && !hasFlag("self") && isDynamic();
    }
}
