package netspec.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines between cards that are not parent and child: veth pairs, and devices over a parent in another
 * namespace. A line leaves the bottom of the upper card for the top of the lower one, goes side to side
 * between cards of one row with nothing in between, or loops underneath both. Lines meeting one edge of a
 * card are spread along it, in the order of where they go, so that they neither overlap nor cross there.
 */
final class Wires {

    record Wire(DeviceRef from, DeviceRef to, String cssClass, String endClass, String tooltip) {
    }

    private enum Side { TOP, BOTTOM, LEFT, RIGHT }

    private enum Shape { DOWN, ACROSS, UNDER, AROUND }

    /** How far from a namespace box a wire routed around boxes keeps. */
    static final double CLEARANCE = 12;
    /** Wires routed around boxes run side by side this far apart, in up to {@value #LANES} lanes. */
    static final double LANE = 6;
    static final int LANES = 5;

    /** One end of a wire: the card, the edge it meets, and the card at the other end (to sort by). */
    private record End(Rect card, Side side, Rect other) {
    }

    private record Route(Wire wire, End a, End b, Shape shape) {
    }

    private record Edge(Rect card, Side side) {
    }

    /** Where a wire meets a card: drawn after the cards, so it shows on their border. */
    record Dot(double x, double y, String cssClass) {
    }

    private Wires() {
    }

    /**
     * Draws the wires and returns where their end dots go, to be drawn over the cards. {@code boxes} gives each
     * device's namespace box: a wire between rows of boxes that would cross a box of neither end goes around.
     */
    static List<Dot> draw(Svg svg, List<Wire> wires, Map<DeviceRef, Rect> cards, Map<DeviceRef, Rect> boxes,
                          List<Rect> allBoxes) {
        List<Route> routes = wires.stream().map(w -> route(w, cards.get(w.from()), cards.get(w.to()), cards.values(),
                boxes.get(w.from()), boxes.get(w.to()), allBoxes)).toList();
        Map<End, double[]> points = spread(routes);
        List<Dot> dots = new ArrayList<>();
        int lane = 0;
        for (Route route : routes) {
            double[] a = points.get(route.a());
            double[] b = points.get(route.b());
            String d = switch (route.shape()) {
                case DOWN -> vertical(a, b);
                case ACROSS -> horizontal(a, b);
                case UNDER -> underneath(a, b, Math.max(route.a().card().bottom(), route.b().card().bottom()) + 46);
                case AROUND -> around(a, b, allBoxes, lane++ % LANES);
            };
            svg.path(d, route.wire().cssClass(), route.wire().tooltip());
            dots.add(new Dot(a[0], a[1], route.wire().endClass()));
            dots.add(new Dot(b[0], b[1], route.wire().endClass()));
        }
        return dots;
    }

    private static Route route(Wire wire, Rect a, Rect b, Collection<Rect> all, Rect boxA, Rect boxB,
                               List<Rect> boxes) {
        if (b.y() >= a.bottom() + 4 || a.y() >= b.bottom() + 4) {
            Rect upper = b.y() >= a.bottom() + 4 ? a : b;
            Rect lower = upper == a ? b : a;
            Rect upperBox = upper == a ? boxA : boxB;
            Rect lowerBox = upper == a ? boxB : boxA;
            double[] from = {upper.centerX(), upper.bottom()};
            double[] to = {lower.centerX(), lower.y()};
            boolean crosses = boxes.stream().anyMatch(box -> box != upperBox && box != lowerBox
                    && curveTouches(from, to, new Rect(box.x() - 4, box.y() - 4, box.w() + 8, box.h() + 8)));
            return new Route(wire, new End(upper, Side.BOTTOM, lower), new End(lower, Side.TOP, upper),
                    crosses ? Shape.AROUND : Shape.DOWN);
        }
        Rect left = a.x() <= b.x() ? a : b;
        Rect right = left == a ? b : a;
        double y = (Math.max(left.y(), right.y()) + Math.min(left.bottom(), right.bottom())) / 2;
        Rect between = new Rect(left.right() + 1, y - 2, right.x() - left.right() - 2, 4);
        boolean clear = between.w() > 0 && all.stream().noneMatch(card -> card != a && card != b && card.overlaps(between));
        return clear ? new Route(wire, new End(left, Side.RIGHT, right), new End(right, Side.LEFT, left), Shape.ACROSS)
                : new Route(wire, new End(left, Side.BOTTOM, right), new End(right, Side.BOTTOM, left), Shape.UNDER);
    }

    /** The point of each end: ends sharing an edge are spaced evenly along it, ordered by where they lead. */
    private static Map<End, double[]> spread(List<Route> routes) {
        Map<Edge, List<End>> byEdge = new LinkedHashMap<>();
        for (Route route : routes) {
            for (End end : List.of(route.a(), route.b())) {
                byEdge.computeIfAbsent(new Edge(end.card(), end.side()), k -> new ArrayList<>()).add(end);
            }
        }
        Map<End, double[]> points = new HashMap<>();
        for (List<End> ends : byEdge.values()) {
            boolean horizontalEdge = ends.get(0).side() == Side.TOP || ends.get(0).side() == Side.BOTTOM;
            ends.sort(Comparator.comparingDouble(e -> horizontalEdge ? e.other().centerX() : e.other().centerY()));
            for (int i = 0; i < ends.size(); i++) {
                double f = (i + 1.0) / (ends.size() + 1);
                Rect c = ends.get(i).card();
                points.put(ends.get(i), switch (ends.get(i).side()) {
                    case TOP -> new double[] {c.x() + c.w() * f, c.y()};
                    case BOTTOM -> new double[] {c.x() + c.w() * f, c.bottom()};
                    case LEFT -> new double[] {c.x(), c.y() + c.h() * f};
                    case RIGHT -> new double[] {c.right(), c.y() + c.h() * f};
                });
            }
        }
        return points;
    }

    private static String vertical(double[] a, double[] b) {
        double k = Math.max(24, (b[1] - a[1]) / 2);
        return Svg.d("M", a[0], a[1]) + Svg.d(" C", a[0], a[1] + k, b[0], b[1] - k, b[0], b[1]);
    }

    private static String horizontal(double[] a, double[] b) {
        double k = Math.max(12, (b[0] - a[0]) / 2);
        return Svg.d("M", a[0], a[1]) + Svg.d(" C", a[0] + k, a[1], b[0] - k, b[1], b[0], b[1]);
    }

    /**
     * From the bottom of the upper card down to the gutter under its row of boxes, along to a column free of
     * boxes in every row between, down to the gutter over the lower card's row, along, and down into the card.
     */
    static String around(double[] a, double[] b, List<Rect> boxes, int lane) {
        double below = boxes.stream().filter(box -> box.y() <= a[1] && box.bottom() >= a[1])
                .mapToDouble(Rect::bottom).max().orElse(a[1]);
        double above = boxes.stream().filter(box -> box.y() <= b[1] + 1 && box.bottom() >= b[1])
                .mapToDouble(Rect::y).min().orElse(b[1]);
        // each wire routed around has a lane of its own in the gutters and between the boxes, so none overlap
        double top = Math.max(below, a[1]) + CLEARANCE + lane * LANE;
        double bottom = above - CLEARANCE - lane * LANE;
        double column = freeColumn((a[0] + b[0]) / 2, top, bottom, boxes, CLEARANCE + lane * LANE);
        return Svg.d("M", a[0], a[1]) + Svg.d(" V", top) + Svg.d(" H", column) + Svg.d(" V", bottom)
                + Svg.d(" H", b[0]) + Svg.d(" V", b[1]);
    }

    /** The x nearest to {@code wanted} whose vertical line from top to bottom keeps clear of every box. */
    static double freeColumn(double wanted, double top, double bottom, List<Rect> boxes, double offset) {
        List<Rect> between = boxes.stream().filter(box -> box.y() < bottom && box.bottom() > top).toList();
        List<Double> candidates = new ArrayList<>();
        candidates.add(wanted);
        for (Rect box : between) {
            candidates.add(box.x() - offset);
            candidates.add(box.right() + offset);
        }
        return candidates.stream()
                .filter(x -> between.stream().noneMatch(box -> x > box.x() - CLEARANCE / 2 && x < box.right() + CLEARANCE / 2))
                .min(Comparator.comparingDouble(x -> Math.abs(x - wanted))).orElse(wanted);
    }

    /** Whether the curve {@link #vertical} draws between the two points passes through the rectangle. */
    private static boolean curveTouches(double[] a, double[] b, Rect rect) {
        double k = Math.max(24, (b[1] - a[1]) / 2);
        for (int i = 1; i < 40; i++) {
            double t = i / 40.0;
            double u = 1 - t;
            double x = u * u * u * a[0] + 3 * u * u * t * a[0] + 3 * u * t * t * b[0] + t * t * t * b[0];
            double y = u * u * u * a[1] + 3 * u * u * t * (a[1] + k) + 3 * u * t * t * (b[1] - k) + t * t * t * b[1];
            if (x > rect.x() && x < rect.right() && y > rect.y() && y < rect.bottom()) {
                return true;
            }
        }
        return false;
    }

    private static String underneath(double[] a, double[] b, double depth) {
        return Svg.d("M", a[0], a[1]) + Svg.d(" C", a[0], depth, b[0], depth, b[0], b[1]);
    }
}
