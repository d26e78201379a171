package netspec.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import netspec.evidence.Place;

/**
 * A namespace's box: its title, its loopback in one line, its cards' layout, and where the box stands. The
 * loopback line stands on the edge no line crosses: the top of the host's box, the bottom of the others.
 */
final class NamespaceBox {

    static final double PAD = 16;
    static final double TITLE = 34;
    static final double TITLE_SIZE = 14;
    static final double FOOTER = 22;

    final NamespaceState namespace;
    final NamespaceLayout layout;
    final List<String> problem;
    final double w;
    final double h;
    double x;
    double y;

    NamespaceBox(NamespaceState namespace, NamespaceLayout layout) {
        this.namespace = namespace;
        this.layout = layout;
        this.problem = namespace.unreadable().map(NamespaceBox::problemLines).orElse(List.of());
        double content = Math.max(layout.width, problem.stream()
                .mapToDouble(line -> Fonts.monoWidth(line, Card.SMALL_SIZE)).max().orElse(0));
        double header = Fonts.sansWidth(title(), TITLE_SIZE) + (loopbackOnTop() ? loopbackWidth() : 0);
        content = Math.max(content, loopbackOnTop() ? 0 : loopbackWidth() - 24);
        this.w = Math.max(content, header) + 2 * PAD;
        double body = Math.max(layout.height, Math.max(problem.size(), empty() ? 1 : 0) * Card.LINE);
        this.h = TITLE + body + PAD + (loopbackOnTop() || layout.loopbacks.isEmpty() ? 0 : FOOTER);
    }

    String title() {
        Place place = namespace.place();
        return place.isHost() ? "host · the sandbox's own network namespace" : "netns " + place;
    }

    private boolean loopbackOnTop() {
        return namespace.place().isHost();
    }

    boolean empty() {
        return problem.isEmpty() && layout.nodes.isEmpty();
    }

    double contentX() {
        return x + PAD;
    }

    /** Where the cards start: centred when the title line makes the box wider than they are. */
    double cardsX() {
        return contentX() + (w - 2 * PAD - layout.width) / 2;
    }

    double contentY() {
        return y + TITLE;
    }

    /** "lo 127.0.0.1/8 ::1/128" next to a state badge, at the right end of the title line. */
    String loopbackText(Device lo) {
        return lo.name() + " " + lo.addresses().stream().filter(Card::shown).map(a -> a.cidr())
                .collect(Collectors.joining(" "));
    }

    double loopbackWidth() {
        return layout.loopbacks.stream().mapToDouble(lo -> 24 + badgeWidth(lo) + 6
                + Fonts.monoWidth(loopbackText(lo), Card.SMALL_SIZE)).sum();
    }

    static double badgeWidth(Device device) {
        return Fonts.monoWidth(device.state().label(), Card.SMALL_SIZE) + 14;
    }

    void drawBackground(Svg svg) {
        svg.rect(x, y, w, h, 10, namespace.place().isHost() ? "ns-host" : "ns");
    }

    /** Drawn over the wires that cross the title line; the text has a halo of the box's colour. */
    void drawTitle(Svg svg) {
        svg.text(x + PAD, y + 23, "ns-title", title());
        double right = x + w - PAD;
        double top = loopbackOnTop() ? y + 10 : y + h - FOOTER - 4;
        List<Device> rightToLeft = new ArrayList<>(layout.loopbacks);
        Collections.reverse(rightToLeft);
        for (Device lo : rightToLeft) {
            String text = loopbackText(lo);
            svg.text(right, top + 12, "lo", "end", text);
            right -= Fonts.monoWidth(text, Card.SMALL_SIZE) + 6 + badgeWidth(lo);
            svg.group("loopback", lo.ref() + ": loopback, " + lo.state().label());
            svg.rect(right, top, badgeWidth(lo), 17, 8.5, Palette.of(lo.state()), "none");
            svg.text(right + badgeWidth(lo) / 2, top + 12.5, "badge", "middle", lo.state().label());
            svg.endGroup();
            right -= 24;
        }
        double line = contentY() + Card.SMALL_SIZE;
        for (String text : problem) {
            svg.text(contentX(), line, "problem", text);
            line += Card.LINE;
        }
        if (empty()) {
            svg.text(contentX(), line, "ns-note", "no device but the loopback");
        }
    }

    private static List<String> problemLines(String why) {
        List<String> lines = new ArrayList<>(List.of("could not be read:"));
        why.lines().limit(4).map(line -> line.length() > 90 ? line.substring(0, 89) + "…" : line).forEach(lines::add);
        return lines;
    }
}
