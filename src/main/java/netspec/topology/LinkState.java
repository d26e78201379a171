package netspec.topology;

import netspec.linux.Link;

/** The one word a picture shows for a device's state: what `ip link` would make you look for first. */
public enum LinkState {
    UP("UP"),
    /** Administratively up, but the lower layer is not: a veth whose peer is down, a tun nobody holds. */
    NO_CARRIER("NO-CARRIER"),
    /** Administratively down. */
    DOWN("DOWN");

    private final String label;

    LinkState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static LinkState of(Link link) {
        if (!link.isUp()) {
            return DOWN;
        }
        return link.hasCarrier() ? UP : NO_CARRIER;
    }
}
