package netspec.kernel;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.args.IpAddress;
import netspec.lab.Lab;
import netspec.linux.RouteLookup;

/**
 * The path MTU a kernel caches for a destination once a router told it ("fragmentation needed") that a packet
 * sent with DF did not fit.
 *
 * <pre>{@code
 * pings.pingWithoutFragmenting(pod1, IpAddress.parse("10.244.2.2"), 1472);
 * pathMtus.expectLearned(pod1, 1450, IpAddress.parse("10.244.2.2"));   // ip -j route get 10.244.2.2 shows mtu 1450
 * }</pre>
 */
public final class PathMtus {

    private final Lab lab;

    public PathMtus(Lab lab) {
        this.lab = lab;
    }

    public void expectLearned(Place place, int mtu, IpAddress destination) {
        Facts.expect(place + " has cached a path MTU of " + mtu + " for " + destination,
                lab.kernel(place).routeTo(destination), r -> r.pathMtu().filter(m -> m == mtu).isPresent(),
                RouteLookup::toString);
    }

    public void expectNoneLearned(Place place, IpAddress destination) {
        Facts.expect(place + " has no path MTU cached for " + destination, lab.kernel(place).routeTo(destination),
                r -> r.pathMtu().isEmpty(), RouteLookup::toString);
    }
}
