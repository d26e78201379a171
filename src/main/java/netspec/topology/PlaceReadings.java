package netspec.topology;

import java.util.List;
import java.util.Optional;

import netspec.evidence.Place;
import netspec.linux.AddressInfo;
import netspec.linux.Link;
import netspec.linux.NamespaceId;

/**
 * What one place of the sandbox says about itself: its links and their addresses (one
 * {@code ip -j -d -s address show}) and the ids it gives other namespaces ({@code ip -j netns list-id}), or why
 * it could not be read (a namespace deleted by the scenario).
 */
public record PlaceReadings(Place place, List<Link> links, List<AddressInfo> addresses,
                            List<NamespaceId> namespaceIds, Optional<String> unreadable) {

    public PlaceReadings {
        links = List.copyOf(links);
        addresses = List.copyOf(addresses);
        namespaceIds = List.copyOf(namespaceIds);
    }

    public static PlaceReadings read(Place place, List<Link> links, List<AddressInfo> addresses,
                                     List<NamespaceId> namespaceIds) {
        return new PlaceReadings(place, links, addresses, namespaceIds, Optional.empty());
    }

    public static PlaceReadings unreadable(Place place, String why) {
        return new PlaceReadings(place, List.of(), List.of(), List.of(), Optional.of(why));
    }

    public Optional<Link> linkWithIndex(int ifindex) {
        return links.stream().filter(l -> l.ifindex() == ifindex).findFirst();
    }
}
