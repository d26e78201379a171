package netspec.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import netspec.evidence.Place;
import netspec.evidence.args.NamespaceName;

/**
 * No line of the picture runs through a namespace box that holds neither of its ends: on the captured topology, and
 * on one wide enough that its namespaces wrap onto several rows (node1 … node7, each wired to the host, node7 also
 * to node1, so that wires pass rows of boxes they do not belong to).
 */
class WireRoutesTest {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Test
    void noWireCrossesAnUnrelatedBoxOnTheCapturedTopology() {
        assertNoWireCrossesAnUnrelatedBox(TopologySvg.render(CapturedTopology.snapshot()));
    }

    @Test
    void noWireCrossesAnUnrelatedBoxWhenNamespacesWrapOntoSeveralRows() {
        String svg = TopologySvg.render(wide(7));
        assertThat(boxes(parse(svg)).stream().map(Rect::y).distinct().count()).as("rows of boxes").isGreaterThan(2);
        assertNoWireCrossesAnUnrelatedBox(svg);
    }

    @Test
    void aSmallTopologyIsShownAtItsOwnSizeInTheScenarioPane() {
        String svg = TopologySvg.render(wide(2));
        int width = Integer.parseInt(parse(svg).getDocumentElement().getAttribute("width"));
        assertThat(width).isLessThanOrEqualTo(656);
    }

    /** The host with veth0..veth{n-1}, each paired with eth0 in node{i+1}; node{n} has a second veth to node1. */
    static TopologySnapshot wide(int n) {
        List<Device> host = new ArrayList<>();
        List<NamespaceState> namespaces = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Place node = Place.of(new NamespaceName("node" + i));
            DeviceRef outside = new DeviceRef(Place.HOST, "veth" + i);
            DeviceRef inside = new DeviceRef(node, "eth0");
            host.add(veth(outside, 10 + i, inside));
            List<Device> devices = new ArrayList<>(List.of(veth(inside, 2, outside)));
            if (i == 1 && n > 2) {
                devices.add(veth(new DeviceRef(node, "back"), 3, new DeviceRef(Place.of(new NamespaceName("node" + n)), "forth")));
            }
            if (i == n && n > 2) {
                devices.add(veth(new DeviceRef(node, "forth"), 3, new DeviceRef(Place.of(new NamespaceName("node1")), "back")));
            }
            namespaces.add(new NamespaceState(node, devices, Optional.empty()));
        }
        namespaces.add(0, new NamespaceState(Place.HOST, host, Optional.empty()));
        return new TopologySnapshot(namespaces);
    }

    private static Device veth(DeviceRef ref, int ifindex, DeviceRef peer) {
        return new Device(ref, ifindex, "veth", "", "02:00:00:00:00:" + String.format("%02x", ifindex), List.of(),
                LinkState.UP, 1500, Optional.empty(), "", Optional.of(peer), Optional.empty(), Optional.empty());
    }

    private static void assertNoWireCrossesAnUnrelatedBox(String svg) {
        Document doc = parse(svg);
        List<Rect> boxes = boxes(doc);
        NodeList paths = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        int wires = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (!path.getAttribute("class").startsWith("wire") || path.getAttribute("class").contains("key")) {
                continue;
            }
            wires++;
            List<double[]> points = sample(path.getAttribute("d"));
            double[] start = points.get(0);
            double[] end = points.get(points.size() - 1);
            for (Rect box : boxes) {
                if (inside(box, start, 1) || inside(box, end, 1)) {
                    continue;
                }
                assertThat(points).as("%s runs through the box at %s", path.getTextContent().strip(), box)
                        .noneMatch(p -> inside(box, p, -1));
            }
        }
        assertThat(wires).isPositive();
    }

    private static boolean inside(Rect box, double[] p, double tolerance) {
        return p[0] > box.x() - tolerance && p[0] < box.right() + tolerance && p[1] > box.y() - tolerance
                && p[1] < box.bottom() + tolerance;
    }

    /** Points along a path of M, C, H and V commands (absolute), ten per segment. */
    static List<double[]> sample(String d) {
        List<double[]> points = new ArrayList<>();
        double[] at = null;
        for (String part : d.split("(?=[MCHVL])")) {
            char command = part.charAt(0);
            List<Double> n = new ArrayList<>();
            Matcher m = NUMBER.matcher(part.substring(1));
            while (m.find()) {
                n.add(Double.parseDouble(m.group()));
            }
            double[] from = at;
            switch (command) {
                case 'M' -> at = new double[] {n.get(0), n.get(1)};
                case 'L' -> at = new double[] {n.get(0), n.get(1)};
                case 'H' -> at = new double[] {n.get(0), at[1]};
                case 'V' -> at = new double[] {at[0], n.get(0)};
                case 'C' -> {
                    for (int k = 1; k <= 10; k++) {
                        double t = k / 10.0;
                        double u = 1 - t;
                        points.add(new double[] {
                                u * u * u * from[0] + 3 * u * u * t * n.get(0) + 3 * u * t * t * n.get(2) + t * t * t * n.get(4),
                                u * u * u * from[1] + 3 * u * u * t * n.get(1) + 3 * u * t * t * n.get(3) + t * t * t * n.get(5)});
                    }
                    at = new double[] {n.get(4), n.get(5)};
                    continue;
                }
                default -> throw new IllegalArgumentException("unexpected path command in " + d);
            }
            if (from != null && command != 'M') {
                for (int k = 1; k <= 10; k++) {
                    double t = k / 10.0;
                    points.add(new double[] {from[0] + (at[0] - from[0]) * t, from[1] + (at[1] - from[1]) * t});
                }
            } else {
                points.add(at);
            }
        }
        return points;
    }

    private static List<Rect> boxes(Document doc) {
        List<Rect> boxes = new ArrayList<>();
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("ns") || rect.getAttribute("class").equals("ns-host")) {
                boxes.add(new Rect(Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
                        Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height"))));
            }
        }
        assertThat(boxes).isNotEmpty();
        return boxes;
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
