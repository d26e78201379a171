package netspec.topology;

import java.util.ArrayList;
import java.util.List;

import netspec.evidence.Place;
import netspec.linux.Address;

/**
 * The text of one device's card: name and kind in the header, then MAC, addresses, relations, and the
 * state at the bottom. The card knows how wide its text wants to be; the picture picks one width for all.
 */
final class Card {

    static final double HEADER = 28;
    static final double LINE = 17;
    static final double FOOTER = 30;
    static final double PAD = 10;
    static final double NAME_SIZE = 13;
    static final double BODY_SIZE = 12;
    static final double SMALL_SIZE = 11;

    /** A body line and how it is set: "mac", "addr", "rel" or "problem". */
    record Line(String style, String text) {
    }

    final Device device;
    final String chip;
    final List<Line> lines;

    Card(Device device) {
        this.device = device;
        this.chip = device.detail().isEmpty() ? device.kind() : device.kind() + " · " + device.detail();
        List<Line> body = new ArrayList<>();
        body.add(new Line("mac", device.mac() == null ? "no MAC" : device.mac()));
        device.addresses().stream().filter(Card::shown).map(a -> new Line("addr", address(a))).forEach(body::add);
        device.master().ifPresent(master -> body.add(new Line("rel", "port of " + master
                + (device.portState().isEmpty() ? "" : " · " + device.portState()))));
        device.peer().ifPresent(peer -> body.add(new Line("rel", "peer " + name(peer, device.ref().place()))));
        device.lower().ifPresent(lower -> body.add(new Line("rel", "over " + name(lower, device.ref().place()))));
        device.unresolved().ifPresent(why -> body.add(new Line("problem", "not found: " + why)));
        this.lines = List.copyOf(body);
    }

    /** Link-local IPv6 addresses are left out: every interface that is up has one, derived from its MAC. */
    static boolean shown(Address address) {
        return !(address.isIpv6() && "link".equals(address.scope()));
    }

    double wantedWidth() {
        double header = Fonts.monoWidth(device.name(), NAME_SIZE) + 16 + chipWidth();
        double widest = header;
        for (Line line : lines) {
            if (!line.style().equals("problem")) { // problems wrap to whatever width the card gets
                widest = Math.max(widest, Fonts.monoWidth(line.text(), size(line)));
            }
        }
        double footer = badgeWidth() + 12 + Fonts.monoWidth(mtu(), SMALL_SIZE);
        return Math.max(widest, footer) + 2 * PAD;
    }

    double chipWidth() {
        return Fonts.monoWidth(chip, SMALL_SIZE) + 12;
    }

    double badgeWidth() {
        return Fonts.monoWidth(device.state().label(), SMALL_SIZE) + 14;
    }

    String mtu() {
        return "mtu " + device.mtu();
    }

    /** The body lines at this card width, long problem lines wrapped. */
    List<Line> lines(double width) {
        int fits = (int) ((width - 2 * PAD) / (SMALL_SIZE * 0.6));
        List<Line> wrapped = new ArrayList<>();
        for (Line line : lines) {
            if (line.style().equals("problem")) {
                wrap(line.text(), fits).forEach(part -> wrapped.add(new Line("problem", part)));
            } else {
                wrapped.add(line);
            }
        }
        return wrapped;
    }

    double height(double width) {
        return HEADER + 6 + lines(width).size() * LINE + FOOTER;
    }

    static double size(Line line) {
        return line.style().equals("mac") || line.style().equals("addr") ? BODY_SIZE : SMALL_SIZE;
    }

    private static String address(Address address) {
        return address.peer() == null ? address.cidr()
                : address.local() + " peer " + address.peer() + "/" + address.prefixlen();
    }

    private static String name(DeviceRef ref, Place from) {
        return ref.place().equals(from) ? ref.name() : ref.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String word : text.split(" ")) {
            if (part.length() > 0 && part.length() + 1 + word.length() > width) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(part.length() > 0 ? " " : "").append(word);
        }
        parts.add(part.toString());
        return parts;
    }
}
