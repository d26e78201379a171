package netspec.topology;

import java.util.List;
import java.util.function.UnaryOperator;

import netspec.evidence.Place;
import netspec.evidence.args.NamespaceName;
import netspec.linux.Captured;
import netspec.linux.KernelJson;

/** The readings of src/test/resources/captured/topology (see its capture.sh): the host, ns1 and ns2. */
final class CapturedTopology {

    static final Place NS1 = Place.of(new NamespaceName("ns1"));
    static final Place NS2 = Place.of(new NamespaceName("ns2"));

    private CapturedTopology() {
    }

    static List<PlaceReadings> readings() {
        return List.of(place(Place.HOST, "host"), place(NS1, "ns1"), place(NS2, "ns2"));
    }

    static TopologySnapshot snapshot() {
        return TopologySnapshot.of(readings());
    }

    static PlaceReadings place(Place place, String file) {
        return place(place, file, UnaryOperator.identity());
    }

    /** The readings of one place with its {@code ip -j netns list-id} output replaced, e.g. by "[]". */
    static PlaceReadings place(Place place, String file, UnaryOperator<String> ids) {
        String dir = "topology/" + file;
        return PlaceReadings.read(place,
                KernelJson.links(Captured.read(dir + "-ip-d-link.json")),
                KernelJson.addresses(Captured.read(dir + "-ip-addr.json")),
                KernelJson.namespaceIds(ids.apply(Captured.read(dir + "-netns-list-id.json"))));
    }
}
