package netspec.linux;

/**
 * The device another one is stacked on (the parent of a macvlan, ipvlan or VLAN). iproute2 names it in
 * {@code link} when both live in one namespace; otherwise it gives only {@code link_index}, the lower
 * device's ifindex in its own namespace, with {@code link_netnsid}.
 */
public final class LowerDevice {

    private LowerDevice() {
    }

    /**
     * Whether upper, a stacked device, sits on lower (read in its own namespace). Only for stacked kinds: a veth's
     * {@code link_index} is its peer's, which lives in another namespace and may share an index with anything.
     *
     * @param sameNamespace whether the two were read in one namespace: an eth0 in ns2 has the name, and often
     *                      the ifindex, of the eth0 in ns1 that a VLAN in ns1 sits on, and is still not its parent
     */
    public static boolean isBelow(Link lower, Link upper, boolean sameNamespace) {
        if (sameNamespace) {
            return upper.linkNetnsid() == null && lower.ifname().equals(upper.link());
        }
        return upper.linkNetnsid() != null && upper.linkIndex() != null && upper.linkIndex() == lower.ifindex();
    }

    /** The lower device as the upper one's reading shows it: "eth0", or "ifindex 4" from another namespace. */
    public static String of(Link upper) {
        return upper.link() != null ? upper.link() : upper.linkIndex() != null ? "ifindex " + upper.linkIndex() : "none";
    }
}
