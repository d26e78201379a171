package netspec.kernel;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.NamespaceName;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.Link;
import netspec.linux.LowerDevice;

/**
 * What the devices stacked on a parent (VLAN, macvlan, ipvlan) share: how a container runtime makes one in a
 * namespace, and the fact "this kind, these settings, on it".
 */
final class StackedDevices {

    private StackedDevices() {
    }

    /**
     * A child made next to its parent and moved into the namespace at birth, as a container runtime does, then
     * addressed and set up there: {@code ip link add NAME link PARENT netns NS type KIND mode MODE}.
     */
    static void createIn(Lab lab, Addresses addresses, Links links, String kind, String mode, InterfaceName name,
                         LinkRef parent, NamespaceName namespace, Cidr address) {
        lab.run("creating " + kind + " " + name, parent.place(), "ip", "link", "add", name.value(), "link",
                parent.name().value(), "netns", namespace.value(), "type", kind, "mode", mode);
        LinkRef child = new LinkRef(name, Place.of(namespace));
        addresses.add(child, address);
        links.setUp(child);
    }

    /**
     * @param what     the kind and settings in words, e.g. "a macvlan in vepa mode"
     * @param settings the kind's settings as {@code ip -d} shows them (info_data), e.g. the mode
     * @param shown    those settings in words, for a failure
     */
    static void expectOn(Links links, LinkRef child, LinkRef parent, String what, String kind,
                         Predicate<JsonNode> settings, Function<JsonNode, String> shown) {
        String expected = child + " is " + what + " on " + parent;
        Reading<Optional<Link>> lowerReading = links.read(parent);
        Link lower = Links.existing(expected, parent, lowerReading);
        Reading<Optional<Link>> reading = links.read(child);
        Link upper = Links.existing(expected, child, reading);
        // the parent is named only when it lives in the same namespace; its index is always given
        Facts.expect(expected + " (lower device ifindex " + lower.ifindex() + ")", reading,
                l -> kind.equals(upper.kind()) && settings.test(settingsOf(upper))
                        && LowerDevice.isBelow(lower, upper, child.place().equals(parent.place())),
                l -> upper.ifname() + ": kind " + upper.kind() + ", " + shown.apply(settingsOf(upper))
                        + ", lower device " + LowerDevice.of(upper));
    }

    /** info_data of a device's {@code ip -d} reading; empty for a device without linkinfo (lo, a plain device). */
    static JsonNode settingsOf(Link device) {
        return device.linkinfo() == null ? JsonNodeFactory.instance.objectNode() : device.linkinfo().data();
    }
}
