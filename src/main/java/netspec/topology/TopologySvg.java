package netspec.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import netspec.evidence.Place;

/**
 * Draws a {@link TopologySnapshot} as SVG: a box per namespace (the sandbox's own on top, the named ones
 * below), a card per device with its kind, MAC, addresses and state, bridges above their ports, devices
 * over a parent below it, and a line for every veth pair, across namespaces too. The same snapshot always
 * gives the same picture.
 */
public final class TopologySvg {

    private static final double MARGIN = 24;
    private static final double HEADING = 58;
    private static final double BOX_GAP = 48;
    private static final double BOX_ROW_GAP = 84;
    private static final double MAX_ROW_WIDTH = NamespaceLayout.MAX_ROW_WIDTH;
    private static final double MIN_CARD_WIDTH = 190;
    /** Where trees wired to nothing stand: first in the host, between the host's and the right neighbours' in a namespace. */
    private static final double UNWIRED_IN_HOST = -1;
    private static final double UNWIRED_BELOW = 1e8;
    private static final double LEFT_NEIGHBOUR = -1e9;
    private static final double RIGHT_NEIGHBOUR = 1e9;

    private static final String STYLE = String.join("",
            ".heading{font:bold 17px ", Fonts.SANS, ";fill:#0f172a}",
            ".subheading{font:12px ", Fonts.SANS, ";fill:#475569}",
            ".ns{fill:#f8fafc;stroke:#94a3b8;stroke-width:1.5}",
            ".ns-host{fill:#f1f5f9;stroke:#64748b;stroke-width:1.5}",
            ".ns-title{font:bold 14px ", Fonts.SANS, ";fill:#1e293b}",
            ".ns-note{font:12px ", Fonts.SANS, ";fill:#64748b}",
            ".lo{font:11px ", Fonts.MONO, ";fill:#475569}",
            ".ns-title,.lo,.ns-note{paint-order:stroke;stroke:#f8fafc;stroke-width:5px;stroke-linejoin:round}",
            ".name{font:bold 13px ", Fonts.MONO, ";fill:#0f172a}",
            ".chip{font:11px ", Fonts.MONO, ";fill:#ffffff}",
            ".mac{font:12px ", Fonts.MONO, ";fill:#475569}",
            ".addr{font:12px ", Fonts.MONO, ";fill:#0f172a}",
            ".rel{font:11px ", Fonts.MONO, ";fill:#475569}",
            ".problem{font:11px ", Fonts.MONO, ";fill:#b91c1c}",
            ".badge{font:bold 11px ", Fonts.MONO, ";fill:#ffffff}",
            ".mtu{font:11px ", Fonts.MONO, ";fill:#64748b}",
            ".port{fill:none;stroke:#64748b;stroke-width:1.5}",
            ".upper{fill:none;stroke:#c2410c;stroke-width:1.5;stroke-dasharray:5 4}",
            ".wire{fill:none;stroke-width:2.5}",
            ".veth{stroke:#0f766e}",
            ".lower{stroke:#c2410c;stroke-width:2;stroke-dasharray:6 4}",
            ".end-veth{fill:#0f766e}",
            ".end-lower{fill:#c2410c}",
            ".legend{font:12px ", Fonts.SANS, ";fill:#334155}",
            ".note{font:11px ", Fonts.SANS, ";fill:#64748b}");

    private TopologySvg() {
    }

    public static String render(TopologySnapshot snapshot) {
        double cardWidth = cardWidth(snapshot);
        List<NamespaceBox> boxes = boxes(snapshot, cardWidth);
        List<List<NamespaceBox>> rows = arrange(boxes);
        double width = Math.max(rows.stream().mapToDouble(TopologySvg::rowWidth).max().orElse(0), Legend.WIDTH);
        double y = MARGIN + HEADING;
        for (List<NamespaceBox> row : rows) {
            double x = MARGIN + (width - rowWidth(row)) / 2;
            for (NamespaceBox box : row) {
                box.x = x;
                box.y = y;
                x += box.w + BOX_GAP;
            }
            y += row.stream().mapToDouble(b -> b.h).max().orElse(0) + BOX_ROW_GAP;
        }
        double legendTop = y - BOX_ROW_GAP + 36;
        Map<DeviceRef, Rect> cards = cardRects(boxes, cardWidth);

        int canvasWidth = (int) Math.ceil(width + 2 * MARGIN);
        int canvasHeight = (int) Math.ceil(legendTop + Legend.HEIGHT + MARGIN);
        Svg svg = new Svg().open(canvasWidth, canvasHeight, "Network topology read back from the kernel", STYLE);
        svg.rect(0, 0, canvasWidth, canvasHeight, 0, "#ffffff", "none");
        heading(svg, snapshot);
        boxes.forEach(box -> box.drawBackground(svg));
        boxes.forEach(box -> drawConnectors(svg, box, cards));
        Map<DeviceRef, Rect> boxOf = boxRects(boxes);
        List<Rect> allBoxes = boxes.stream().map(box -> boxOf.values().stream()
                .filter(r -> r.x() == box.x && r.y() == box.y).findFirst().orElse(new Rect(box.x, box.y, box.w, box.h)))
                .toList();
        List<Wires.Dot> dots = Wires.draw(svg, wires(snapshot, cards), cards, boxOf, allBoxes);
        boxes.forEach(box -> box.layout.nodes.forEach(node -> drawCard(svg, node.card, cards.get(node.card.device.ref()))));
        boxes.forEach(box -> box.drawTitle(svg));
        dots.forEach(dot -> svg.circle(dot.x(), dot.y(), 3.5, dot.cssClass()));
        Legend.draw(svg, MARGIN, legendTop);
        return svg.close();
    }

    /** One width for every card, so that the trees line up: the widest card's text decides it. */
    private static double cardWidth(TopologySnapshot snapshot) {
        double widest = snapshot.namespaces().stream().flatMap(ns -> ns.devices().stream())
                .mapToDouble(device -> new Card(device).wantedWidth()).max().orElse(0);
        return Math.max(MIN_CARD_WIDTH, Math.ceil(widest));
    }

    /**
     * Lays each namespace out so that lines cross little: the host orders its trees wired downwards like
     * the namespaces they lead to, and each namespace below orders its trees like the host cards and the
     * neighbouring namespaces they are wired to.
     */
    private static List<NamespaceBox> boxes(TopologySnapshot snapshot, double cardWidth) {
        Map<DeviceRef, List<DeviceRef>> wired = wiredTo(snapshot);
        List<Place> order = snapshot.namespaces().stream().map(NamespaceState::place).toList();
        Map<DeviceRef, Double> hostX = new HashMap<>();
        List<NamespaceBox> boxes = new ArrayList<>();
        for (NamespaceState namespace : snapshot.namespaces()) {
            if (namespace.place().isHost()) {
                NamespaceLayout layout = new NamespaceLayout(namespace, cardWidth, device -> wired
                        .getOrDefault(device.ref(), List.of()).stream()
                        .mapToDouble(to -> order.indexOf(to.place()) * 1000.0
                                + snapshot.device(to).map(Device::ifindex).orElse(0))
                        .min().orElse(Double.NaN), UNWIRED_IN_HOST, true);
                layout.nodes.forEach(node -> hostX.put(node.card.device.ref(), node.x));
                boxes.add(new NamespaceBox(namespace, layout));
            }
        }
        for (NamespaceState namespace : snapshot.namespaces()) {
            if (!namespace.place().isHost()) {
                int here = order.indexOf(namespace.place());
                boxes.add(new NamespaceBox(namespace, new NamespaceLayout(namespace, cardWidth, device -> wired
                        .getOrDefault(device.ref(), List.of()).stream()
                        .mapToDouble(to -> to.place().isHost() ? hostX.getOrDefault(to, 0.0)
                                : (order.indexOf(to.place()) < here ? LEFT_NEIGHBOUR : RIGHT_NEIGHBOUR)
                                + order.indexOf(to.place()))
                        .min().orElse(Double.NaN), UNWIRED_BELOW, false)));
            }
        }
        return boxes;
    }

    /** For each device, the devices of other namespaces a wire joins it to. */
    private static Map<DeviceRef, List<DeviceRef>> wiredTo(TopologySnapshot snapshot) {
        Map<DeviceRef, List<DeviceRef>> wired = new HashMap<>();
        for (Wires.Wire wire : wires(snapshot, null)) {
            if (!wire.from().place().equals(wire.to().place())) {
                wired.computeIfAbsent(wire.from(), k -> new ArrayList<>()).add(wire.to());
                wired.computeIfAbsent(wire.to(), k -> new ArrayList<>()).add(wire.from());
            }
        }
        return wired;
    }

    /**
     * Veth pairs, and devices over a parent in another namespace (a parent in the same one is drawn as
     * the device's tree parent). With {@code cards}, only wires whose two ends have a card.
     */
    private static List<Wires.Wire> wires(TopologySnapshot snapshot, Map<DeviceRef, Rect> cards) {
        List<Wires.Wire> wires = new ArrayList<>();
        for (TopologySnapshot.VethPair pair : snapshot.vethPairs()) {
            wires.add(new Wires.Wire(pair.one(), pair.other(), "wire veth", "end-veth",
                    "veth pair " + pair.one() + " — " + pair.other()));
        }
        for (NamespaceState namespace : snapshot.namespaces()) {
            for (Device device : namespace.devices()) {
                device.lower().filter(lower -> !lower.place().equals(namespace.place()) && snapshot.device(lower).isPresent())
                        .ifPresent(lower -> wires.add(new Wires.Wire(device.ref(), lower, "wire lower", "end-lower",
                                device.ref() + " over " + lower)));
            }
        }
        return cards == null ? wires
                : wires.stream().filter(w -> cards.containsKey(w.from()) && cards.containsKey(w.to())).toList();
    }

    /** The sandbox's own namespace alone on the first row, the named ones below it, wrapping when wide. */
    private static List<List<NamespaceBox>> arrange(List<NamespaceBox> boxes) {
        List<List<NamespaceBox>> rows = new ArrayList<>();
        List<NamespaceBox> row = new ArrayList<>();
        for (NamespaceBox box : boxes) {
            if (box.namespace.place().isHost()) {
                rows.add(List.of(box));
                continue;
            }
            if (!row.isEmpty() && rowWidth(row) + BOX_GAP + box.w > MAX_ROW_WIDTH) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(box);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static double rowWidth(List<NamespaceBox> row) {
        return row.stream().mapToDouble(b -> b.w).sum() + BOX_GAP * Math.max(0, row.size() - 1);
    }

    private static Map<DeviceRef, Rect> cardRects(List<NamespaceBox> boxes, double cardWidth) {
        Map<DeviceRef, Rect> cards = new LinkedHashMap<>();
        for (NamespaceBox box : boxes) {
            for (NamespaceLayout.Node node : box.layout.nodes) {
                cards.put(node.card.device.ref(),
                        new Rect(box.cardsX() + node.x, box.contentY() + node.y, cardWidth, node.height));
            }
        }
        return cards;
    }

    /** Each device's namespace box, as wires must see it: an obstacle unless it holds one of their ends. */
    private static Map<DeviceRef, Rect> boxRects(List<NamespaceBox> boxes) {
        Map<DeviceRef, Rect> rects = new LinkedHashMap<>();
        for (NamespaceBox box : boxes) {
            Rect rect = new Rect(box.x, box.y, box.w, box.h);
            box.layout.nodes.forEach(node -> rects.put(node.card.device.ref(), rect));
        }
        return rects;
    }

    private static void heading(Svg svg, TopologySnapshot snapshot) {
        long devices = snapshot.namespaces().stream().mapToLong(ns -> ns.devices().size()).sum();
        svg.text(MARGIN, MARGIN + 18, "heading", "Network topology read back from the kernel");
        svg.text(MARGIN, MARGIN + 38, "subheading", "at the end of the scenario · "
                + count(snapshot.namespaces().size(), "namespace") + " · " + count(devices, "device") + " · "
                + count(snapshot.vethPairs().size(), "veth pair"));
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** Inside a namespace: a bridge to each of its ports, a parent to each device over it. */
    private static void drawConnectors(Svg svg, NamespaceBox box, Map<DeviceRef, Rect> cards) {
        for (NamespaceLayout.Node[] edge : box.layout.edges) {
            Rect parent = cards.get(edge[0].card.device.ref());
            Rect child = cards.get(edge[1].card.device.ref());
            String tooltip = edge[1].card.device.name() + (edge[1].port ? " is a port of " : " is over ")
                    + edge[0].card.device.name();
            if (edge[1].port) {
                double bus = parent.bottom() + (child.y() - parent.bottom()) / 2;
                svg.path(Svg.d("M", parent.centerX(), parent.bottom()) + Svg.d(" V", bus)
                        + Svg.d(" H", child.centerX()) + Svg.d(" V", child.y()), "port", tooltip);
            } else {
                double k = (child.y() - parent.bottom()) / 2;
                svg.path(Svg.d("M", parent.centerX(), parent.bottom()) + Svg.d(" C", parent.centerX(),
                        parent.bottom() + k, child.centerX(), child.y() - k, child.centerX(), child.y()), "upper", tooltip);
            }
        }
    }

    private static void drawCard(Svg svg, Card card, Rect at) {
        Device device = card.device;
        Palette.Colors colors = Palette.of(device.kind());
        svg.group("device", device.ref() + ": " + device.kind() + ", " + device.state().label());
        svg.rect(at.x(), at.y(), at.w(), at.h(), 6, "#ffffff", "none");
        svg.rect(at.x(), at.y(), at.w(), Card.HEADER, 6, colors.tint(), "none");
        svg.rect(at.x(), at.y() + Card.HEADER - 6, at.w(), 6, 0, colors.tint(), "none");
        svg.rect(at.x(), at.y(), at.w(), at.h(), 6, "none", colors.accent());
        svg.text(at.x() + Card.PAD, at.y() + 19, "name", device.name());
        double chipWidth = card.chipWidth();
        svg.rect(at.right() - Card.PAD - chipWidth, at.y() + 6, chipWidth, 17, 8.5, colors.accent(), "none");
        svg.text(at.right() - Card.PAD - chipWidth / 2, at.y() + 18.5, "chip", "middle", card.chip);
        double y = at.y() + Card.HEADER + 6 + 12;
        for (Card.Line line : card.lines(at.w())) {
            svg.text(at.x() + Card.PAD, y, line.style(), line.text());
            y += Card.LINE;
        }
        double badgeY = at.bottom() - 25;
        svg.rect(at.x() + Card.PAD, badgeY, card.badgeWidth(), 17, 8.5, Palette.of(device.state()), "none");
        svg.text(at.x() + Card.PAD + card.badgeWidth() / 2, badgeY + 12.5, "badge", "middle", device.state().label());
        svg.text(at.right() - Card.PAD, badgeY + 12.5, "mtu", "end", card.mtu());
        svg.endGroup();
    }
}
