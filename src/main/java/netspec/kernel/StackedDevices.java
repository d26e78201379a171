package netspec.kernel;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.lab.LinkRef;
import netspec.linux.Link;
import netspec.linux.LowerDevice;

/** The fact shared by the devices stacked on a parent (VLAN, macvlan, ipvlan): this kind, these settings, on it. */
final class StackedDevices {

    private StackedDevices() {
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
                        && LowerDevice.isBelow(lower, upper),
                l -> upper.ifname() + ": kind " + upper.kind() + ", " + shown.apply(settingsOf(upper))
                        + ", lower device " + LowerDevice.of(upper));
    }

    /** info_data of a device's {@code ip -d} reading; empty for a device without linkinfo (lo, a plain device). */
    static JsonNode settingsOf(Link device) {
        return device.linkinfo() == null ? JsonNodeFactory.instance.objectNode() : device.linkinfo().data();
    }
}
