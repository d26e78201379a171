package netspec.topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import netspec.lab.KernelView;
import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.lab.StepFailure;
import netspec.linux.Address;
import netspec.linux.AddressInfo;
import netspec.linux.Link;
import netspec.linux.LinksAndAddresses;

/**
 * Every namespace of a sandbox with its devices, as the kernel reports them at one moment: what exists,
 * not what the steps meant to create.
 */
public record TopologySnapshot(List<NamespaceState> namespaces) {

    /** The two ends of a veth pair, each where it lives. */
    public record VethPair(DeviceRef one, DeviceRef other) {
    }

    public TopologySnapshot {
        namespaces = List.copyOf(namespaces);
    }

    /** Reads every place of the lab: the sandbox's own namespace and each namespace the scenario made. */
    public static TopologySnapshot read(Lab lab) {
        List<PlaceReadings> readings = new ArrayList<>();
        for (Place place : lab.places()) {
            readings.add(read(lab.kernel(place), place));
        }
        return of(readings);
    }

    private static PlaceReadings read(KernelView kernel, Place place) {
        try {
            // links first: dumping them is what gives the peers' namespaces their ids
            LinksAndAddresses dump = kernel.linksAndAddresses().value();
            // the ids only name where a link's other end lives: a place with no such link needs no second process
            boolean pointsElsewhere = dump.links().stream().anyMatch(link -> link.linkNetnsid() != null);
            return PlaceReadings.read(place, dump.links(), dump.addresses(),
                    pointsElsewhere ? kernel.namespaceIds().value() : List.of());
        } catch (StepFailure e) {
            return PlaceReadings.unreadable(place, e.getMessage());
        }
    }

    public static TopologySnapshot of(List<PlaceReadings> readings) {
        LinkTargets targets = new LinkTargets(readings);
        return new TopologySnapshot(readings.stream().map(place -> new NamespaceState(place.place(),
                place.links().stream().map(link -> device(place, link, targets)).toList(),
                place.unreadable())).toList());
    }

    private static Device device(PlaceReadings place, Link link, LinkTargets targets) {
        List<Address> addresses = place.addresses().stream().filter(a -> a.ifindex() == link.ifindex())
                .findFirst().map(AddressInfo::addrInfo).orElse(List.of());
        LinkTargets.Target target = targets.of(place, link);
        boolean veth = link.kind().equals("veth");
        return new Device(new DeviceRef(place.place(), link.ifname()), link.ifindex(), Kinds.kind(link),
                Kinds.detail(link), link.address(), addresses, LinkState.of(link), link.mtu(),
                Optional.ofNullable(link.master()), Kinds.portState(link),
                veth ? target.device() : Optional.empty(), veth ? Optional.empty() : target.device(),
                target.problem());
    }

    public Optional<Device> device(DeviceRef ref) {
        return namespaces.stream().filter(n -> n.place().equals(ref.place())).findFirst()
                .flatMap(n -> n.device(ref.name()));
    }

    /** Every veth pair whose two ends were both found, once, in the order of their first end. */
    public List<VethPair> vethPairs() {
        Set<DeviceRef> drawn = new HashSet<>();
        List<VethPair> pairs = new ArrayList<>();
        for (NamespaceState namespace : namespaces) {
            for (Device device : namespace.devices()) {
                Optional<DeviceRef> peer = device.peer().filter(p -> device(p).isPresent());
                if (peer.isPresent() && drawn.add(device.ref()) && drawn.add(peer.get())) {
                    pairs.add(new VethPair(device.ref(), peer.get()));
                }
            }
        }
        return List.copyOf(pairs);
    }
}
