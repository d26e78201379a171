package netspec.topology;

import java.util.List;
import java.util.Optional;

import netspec.linux.Address;

/**
 * One network device as the picture draws it, with its relations resolved to the devices they point at.
 *
 * @param kind       "bridge", "veth", "vxlan", "macvlan", "tun", "tap", "loopback"...
 * @param detail     the setting that tells devices of one kind apart ("vni 42", "mode bridge"), or ""
 * @param mac        the link-layer address, or null for devices without one (tun)
 * @param addresses  every address the kernel lists, link-local ones included
 * @param master     the bridge or bond this device is a port of, in the same namespace
 * @param portState  the port's state in its master ("forwarding", "blocking"), or ""
 * @param peer       the other end of a veth pair, in whatever namespace it lives
 * @param lower      the device this one sits on (macvlan, vlan, vxlan, ipvlan), in whatever namespace
 * @param unresolved why a peer or lower device the kernel mentions could not be found, if so
 */
public record Device(DeviceRef ref, int ifindex, String kind, String detail, String mac, List<Address> addresses,
                     LinkState state, int mtu, Optional<String> master, String portState,
                     Optional<DeviceRef> peer, Optional<DeviceRef> lower, Optional<String> unresolved) {

    public Device {
        addresses = List.copyOf(addresses);
    }

    public String name() {
        return ref.name();
    }
}
