package netspec.topology;

import java.util.List;
import java.util.Optional;

import netspec.evidence.Place;
import netspec.linux.Link;
import netspec.linux.NamespaceId;

/**
 * Finds the device a link points at (a veth's peer, a macvlan's parent) from what iproute2 prints:
 * {@code link}, a name, when it lives in the same namespace; otherwise {@code link_index}, an ifindex in the
 * namespace the viewer knows as {@code link_netnsid}. Ifindexes repeat across namespaces (every eth0 may be
 * 2), so the id is mapped to a namespace with {@code ip netns list-id}, which names every namespace of
 * /run/netns; the one id without a name, seen from a named namespace, is the sandbox's own namespace.
 */
final class LinkTargets {

    /** A device found, or why it was not; neither when the link points at nothing. */
    record Target(Optional<DeviceRef> device, Optional<String> problem) {
        static final Target NONE = new Target(Optional.empty(), Optional.empty());

        static Target found(Place place, String name) {
            return new Target(Optional.of(new DeviceRef(place, name)), Optional.empty());
        }

        static Target missing(String why) {
            return new Target(Optional.empty(), Optional.of(why));
        }
    }

    private final List<PlaceReadings> places;

    LinkTargets(List<PlaceReadings> places) {
        this.places = List.copyOf(places);
    }

    Target of(PlaceReadings from, Link link) {
        Integer index = link.linkIndex();
        if (link.linkNetnsid() == null) {
            if (link.link() != null) {
                return Target.found(from.place(), link.link());
            }
            if (index != null) {
                return from.linkWithIndex(index).map(l -> Target.found(from.place(), l.ifname()))
                        .orElse(Target.missing("ifindex " + index + " not found in " + from.place()));
            }
            // a vxlan names its underlay device only inside its settings
            String underlay = link.linkinfo() == null ? "" : link.linkinfo().data().path("link").asText("");
            return underlay.isEmpty() ? Target.NONE : Target.found(from.place(), underlay);
        }
        if (index == null) {
            return Target.NONE;
        }
        Optional<PlaceReadings> there = namespaceWithId(from, link.linkNetnsid());
        if (there.isPresent()) {
            PlaceReadings place = there.get();
            return place.linkWithIndex(index).map(l -> Target.found(place.place(), l.ifname()))
                    .orElse(Target.missing("ifindex " + index + " not found in " + place.place()));
        }
        return vethPeerByIndexes(from, link).orElse(Target.missing("ifindex " + index + " in netns id "
                + link.linkNetnsid() + ", a namespace this scenario did not create"));
    }

    private Optional<PlaceReadings> namespaceWithId(PlaceReadings from, int nsid) {
        Optional<NamespaceId> id = from.namespaceIds().stream().filter(i -> i.nsid() == nsid).findFirst();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (id.get().isNamed()) {
            return places.stream()
                    .filter(p -> p.place().netns().map(ns -> ns.value().equals(id.get().name())).orElse(false))
                    .findFirst();
        }
        List<NamespaceId> unnamed = from.namespaceIds().stream().filter(i -> !i.isNamed()).toList();
        if (from.place().isHost() || unnamed.size() != 1) {
            return Optional.empty();
        }
        return places.stream().filter(p -> p.place().isHost()).findFirst();
    }

    /** Last resort for a veth: the only device elsewhere whose ifindex and peer ifindex mirror this one's. */
    private Optional<Target> vethPeerByIndexes(PlaceReadings from, Link link) {
        if (!link.kind().equals("veth")) {
            return Optional.empty();
        }
        List<Target> candidates = places.stream()
                .filter(p -> !p.place().equals(from.place()))
                .flatMap(p -> p.links().stream()
                        .filter(l -> l.ifindex() == link.linkIndex() && l.kind().equals("veth")
                                && l.linkIndex() != null && l.linkIndex() == link.ifindex())
                        .map(l -> Target.found(p.place(), l.ifname())))
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
