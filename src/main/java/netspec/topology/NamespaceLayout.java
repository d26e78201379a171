package netspec.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Where the cards of one namespace go: a forest drawn top-down, each bridge above its ports and each
 * device above the devices that sit on it (a macvlan over its parent), so that the connectors inside a
 * namespace never cross. Trees stand left to right in the order of their keys (where the devices they are
 * wired to in other namespaces stand) and wrap into rows when a namespace is wide. The loopback gets no
 * card: every namespace has one, and the box's title line says how it is. Positions are relative to the
 * top-left corner of the namespace's content.
 */
final class NamespaceLayout {

    static final double GAP = 22;
    static final double LEVEL_GAP = 38;
    static final double ROW_GAP = 34;
    static final double MAX_ROW_WIDTH = 1600;

    /** One card in the forest; {@code port} says whether it hangs under its parent as a port or as an upper. */
    static final class Node {
        final Card card;
        final boolean port;
        final List<Node> children = new ArrayList<>();
        double x;
        double y;
        double height;
        private double span;

        Node(Card card, boolean port) {
            this.card = card;
            this.port = port;
        }
    }

    final List<Node> nodes = new ArrayList<>();
    /** Parent and child, in drawing order. */
    final List<Node[]> edges = new ArrayList<>();
    final List<Device> loopbacks;
    final double width;
    final double height;

    /**
     * @param key      where a device wants its tree to stand, NaN when it is wired to no other namespace
     * @param unwired  where the trees with no wire stand among the others
     * @param fillLast when the trees need more than one row, put those wired to nothing in the first rows:
     *                 the box above the others keeps its trees wired downwards next to its bottom edge
     */
    NamespaceLayout(NamespaceState namespace, double cardWidth, ToDoubleFunction<Device> key, double unwired,
                    boolean fillLast) {
        this.loopbacks = namespace.devices().stream().filter(NamespaceLayout::isLoopback).toList();
        List<List<Node>> units = forest(namespace, cardWidth);
        units.sort(Comparator.comparingDouble(unit -> unitKey(unit, key, unwired)));
        units.forEach(unit -> unit.forEach(this::collectEdges));
        List<List<Node>> rows = rows(units, cardWidth);
        if (rows.size() > 1 && fillLast) {
            rows = rows(units.stream().filter(unit -> Double.isNaN(unitKey(unit, key, Double.NaN))).toList(), cardWidth);
            rows.addAll(rows(units.stream().filter(unit -> !Double.isNaN(unitKey(unit, key, Double.NaN))).toList(),
                    cardWidth));
        }
        double widest = rows.stream().mapToDouble(NamespaceLayout::rowWidth).max().orElse(0);
        double top = 0;
        for (List<Node> row : rows) {
            List<Double> levels = new ArrayList<>();
            row.forEach(root -> levelHeights(root, 0, levels));
            double left = (widest - rowWidth(row)) / 2; // a short row is centred under the widest one
            for (Node root : row) {
                place(root, left, top, 0, levels, cardWidth);
                left += root.span + GAP;
            }
            top += levels.stream().mapToDouble(Double::doubleValue).sum() + LEVEL_GAP * (levels.size() - 1) + ROW_GAP;
        }
        this.width = widest;
        this.height = units.isEmpty() ? 0 : top - ROW_GAP;
    }

    static boolean isLoopback(Device device) {
        return device.kind().equals("loopback");
    }

    /** The trees in ifindex order, a veth pair inside the namespace kept together as one unit. */
    private List<List<Node>> forest(NamespaceState namespace, double cardWidth) {
        Map<String, Node> byName = new HashMap<>();
        for (Device device : namespace.devices()) {
            if (!isLoopback(device)) {
                Node node = new Node(new Card(device), parentName(device, namespace).equals(device.master()));
                node.height = node.card.height(cardWidth);
                byName.put(device.name(), node);
                nodes.add(node);
            }
        }
        List<Node> roots = new ArrayList<>();
        for (Node node : nodes) {
            Optional<Node> parent = parentName(node.card.device, namespace).map(byName::get);
            if (parent.isPresent()) {
                parent.get().children.add(node);
            } else {
                roots.add(node);
            }
        }
        nodes.forEach(n -> n.children.sort(Comparator.comparing((Node c) -> !c.port)));
        Set<Node> placed = new LinkedHashSet<>();
        List<List<Node>> units = new ArrayList<>();
        for (Node root : roots) {
            if (placed.add(root)) {
                List<Node> unit = new ArrayList<>(List.of(root));
                peerAlongside(root, roots, byName).filter(placed::add).ifPresent(unit::add);
                units.add(unit);
            }
        }
        return units;
    }

    /** A port hangs under its bridge, a device over a parent of the same namespace under that parent. */
    private static Optional<String> parentName(Device device, NamespaceState namespace) {
        Optional<String> master = device.master().filter(m -> namespace.device(m).isPresent());
        if (master.isPresent()) {
            return master;
        }
        return device.lower().filter(l -> l.place().equals(namespace.place()) && !l.name().equals(device.name()))
                .map(DeviceRef::name);
    }

    /** The two ends of a veth pair inside one namespace stand side by side, so their line is short. */
    private static Optional<Node> peerAlongside(Node root, List<Node> roots, Map<String, Node> byName) {
        Device device = root.card.device;
        return device.peer().filter(p -> p.place().equals(device.ref().place())).map(p -> byName.get(p.name()))
                .filter(roots::contains);
    }

    private static double unitKey(List<Node> unit, ToDoubleFunction<Device> key, double unwired) {
        return unit.stream().mapToDouble(root -> treeKey(root, key)).filter(k -> !Double.isNaN(k)).min()
                .orElse(unwired);
    }

    private static double treeKey(Node node, ToDoubleFunction<Device> key) {
        double smallest = key.applyAsDouble(node.card.device);
        for (Node child : node.children) {
            double childKey = treeKey(child, key);
            if (Double.isNaN(smallest) || childKey < smallest) {
                smallest = childKey;
            }
        }
        return smallest;
    }

    private void collectEdges(Node parent) {
        for (Node child : parent.children) {
            edges.add(new Node[] {parent, child});
            collectEdges(child);
        }
    }

    private static List<List<Node>> rows(List<List<Node>> units, double cardWidth) {
        List<List<Node>> rows = new ArrayList<>();
        List<Node> row = new ArrayList<>();
        double used = 0;
        for (List<Node> unit : units) {
            double span = unit.stream().mapToDouble(n -> span(n, cardWidth)).sum() + GAP * (unit.size() - 1);
            if (!row.isEmpty() && used + GAP + span > MAX_ROW_WIDTH) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : GAP) + span;
            row.addAll(unit);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static double rowWidth(List<Node> row) {
        return row.stream().mapToDouble(root -> root.span).sum() + GAP * (row.size() - 1);
    }

    private static double span(Node node, double cardWidth) {
        double children = node.children.stream().mapToDouble(c -> span(c, cardWidth)).sum()
                + GAP * Math.max(0, node.children.size() - 1);
        node.span = Math.max(cardWidth, children);
        return node.span;
    }

    private static void levelHeights(Node node, int depth, List<Double> levels) {
        if (levels.size() <= depth) {
            levels.add(0.0);
        }
        levels.set(depth, Math.max(levels.get(depth), node.height));
        node.children.forEach(child -> levelHeights(child, depth + 1, levels));
    }

    private static void place(Node node, double left, double top, int depth, List<Double> levels, double cardWidth) {
        node.x = left + (node.span - cardWidth) / 2;
        node.y = top;
        double childrenWidth = node.children.stream().mapToDouble(c -> c.span).sum()
                + GAP * Math.max(0, node.children.size() - 1);
        double childLeft = left + (node.span - childrenWidth) / 2;
        for (Node child : node.children) {
            place(child, childLeft, top + levels.get(depth) + LEVEL_GAP, depth + 1, levels, cardWidth);
            childLeft += child.span + GAP;
        }
    }
}
