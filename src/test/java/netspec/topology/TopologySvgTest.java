package netspec.topology;

import static netspec.topology.CapturedTopology.NS1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import netspec.evidence.Place;

class TopologySvgTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final TopologySnapshot snapshot = CapturedTopology.snapshot();
    private final String svg = TopologySvg.render(snapshot);
    private final Document doc = parse(svg);

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(SVG_NS, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    private static List<Element> paths(Document doc, String cssClass) {
        return elements(doc, "path").stream().filter(p -> p.getAttribute("class").equals(cssClass)).toList();
    }

    private static String tooltip(Element element) {
        return elements(element.getOwnerDocument(), "title").stream().filter(t -> t.getParentNode() == element)
                .map(Element::getTextContent).findFirst().orElse("");
    }

    private static Rect rect(Element rect) {
        return new Rect(Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
                Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height")));
    }

    @Test
    void isAnSvgDocument() {
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(Integer.parseInt(root.getAttribute("width"))).isBetween((int) Legend.WIDTH, 1800);
    }

    @Test
    void namesEveryNamespaceAndDevice() {
        List<String> texts = texts(doc);
        assertThat(texts).contains("host · the sandbox's own network namespace", "netns ns1", "netns ns2");
        assertThat(texts).contains("br0", "veth1", "veth2", "veth3", "veth3p", "vx0", "mv0", "tun0", "v<&>\"x",
                "eth0", "veth-a", "mv1", "veth-b", "p'q", "mvx");
        assertThat(texts).contains("lo 127.0.0.1/8 ::1/128");
    }

    @Test
    void showsKindsMacsAddressesAndStates() {
        List<String> texts = texts(doc);
        assertThat(texts).contains("bridge", "veth", "vxlan · vni 42", "macvlan · bridge", "macvlan · vepa", "tun");
        assertThat(texts).contains("46:25:55:b2:f5:07", "76:d7:1c:d3:d7:cd", "no MAC");
        assertThat(texts).contains("10.0.0.254/24", "10.0.0.1/24", "fd00::1/64", "10.0.1.2/24",
                "10.9.9.1 peer 10.9.9.2/32");
        assertThat(texts).contains("UP", "NO-CARRIER", "DOWN", "mtu 1450");
        assertThat(texts).contains("port of br0 · forwarding", "peer eth0 in ns1", "peer veth1 in the host",
                "over br0", "over veth3 in the host");
    }

    @Test
    void leavesOutLinkLocalIpv6Addresses() {
        assertThat(snapshot.device(new DeviceRef(NS1, "eth0")).orElseThrow().addresses())
                .anyMatch(a -> a.local().startsWith("fe80:"));
        assertThat(svg).doesNotContain("fe80:");
    }

    @Test
    void drawsOneLinePerVethPairAndNamesItsEnds() {
        List<Element> veths = paths(doc, "wire veth");
        assertThat(veths).hasSize(snapshot.vethPairs().size()).hasSize(5);
        assertThat(veths).extracting(TopologySvgTest::tooltip).containsExactly(
                "veth pair veth1 in the host — eth0 in ns1",
                "veth pair veth2 in the host — eth0 in ns2",
                "veth pair veth3p in the host — veth3 in the host",
                "veth pair v<&>\"x in the host — p'q in ns2",
                "veth pair veth-a in ns1 — veth-b in ns2");
    }

    @Test
    void joinsPortsToTheirBridgeAndDevicesToTheirParent() {
        assertThat(paths(doc, "port")).extracting(TopologySvgTest::tooltip)
                .containsExactly("veth1 is a port of br0", "veth2 is a port of br0");
        assertThat(paths(doc, "upper")).extracting(TopologySvgTest::tooltip)
                .containsExactlyInAnyOrder("vx0 is over br0", "mv0 is over br0", "mv1 is over eth0");
        assertThat(paths(doc, "wire lower")).extracting(TopologySvgTest::tooltip)
                .containsExactly("mvx in ns2 over veth3 in the host");
    }

    @Test
    void escapesWhatTheKernelAcceptsInANameButXmlDoesNot() {
        assertThat(svg).contains(">v&lt;&amp;&gt;&quot;x<", ">p&apos;q<");
        assertThat(svg).doesNotContain("v<&>");
        assertThat(Svg.escape("a\u0001b\uD800c")).isEqualTo("a\\u0001b\\ud800c");
    }

    @Test
    void aNameWithAControlCharacterStillGivesWellFormedXml() {
        NamespaceState host = snapshot.namespaces().get(0);
        Device tun0 = host.device("tun0").orElseThrow();
        Device renamed = new Device(new DeviceRef(Place.HOST, "t\u0007un"), tun0.ifindex(), tun0.kind(), tun0.detail(),
                tun0.mac(), tun0.addresses(), tun0.state(), tun0.mtu(), tun0.master(), tun0.portState(), tun0.peer(),
                tun0.lower(), tun0.unresolved());
        String drawn = TopologySvg.render(new TopologySnapshot(List.of(
                new NamespaceState(Place.HOST, List.of(renamed), Optional.empty()))));
        assertThat(texts(parse(drawn))).contains("t\\u0007un");
    }

    @Test
    void cardsDoNotOverlapAndStayInsideTheirNamespace() {
        List<Rect> boxes = elements(doc, "rect").stream().filter(r -> r.getAttribute("class").startsWith("ns"))
                .map(TopologySvgTest::rect).toList();
        List<Rect> cards = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("device"))
                .map(g -> rect((Element) g.getElementsByTagNameNS(SVG_NS, "rect").item(0))).toList();
        assertThat(boxes).hasSize(3);
        assertThat(cards).hasSize(16); // 19 devices, the three loopbacks in their box's title line
        for (Rect card : cards) {
            assertThat(cards).filteredOn(other -> other != card && other.overlaps(card)).isEmpty();
            assertThat(boxes).filteredOn(box -> box.x() <= card.x() && card.right() <= box.right()
                    && box.y() <= card.y() && card.bottom() <= box.bottom()).hasSize(1);
        }
    }

    @Test
    void aPeerThatWasNotReadGetsNoLineButANoteOnItsCard() {
        TopologySnapshot hostAndNs1 = TopologySnapshot.of(List.of(
                CapturedTopology.place(Place.HOST, "host"), CapturedTopology.place(NS1, "ns1")));
        Document drawn = parse(TopologySvg.render(hostAndNs1));
        assertThat(paths(drawn, "wire veth")).extracting(TopologySvgTest::tooltip).containsExactly(
                "veth pair veth1 in the host — eth0 in ns1", "veth pair veth3p in the host — veth3 in the host");
        assertThat(String.join(" ", texts(drawn)))
                .contains("not found: ifindex 2 in netns id 1, a namespace this scenario did not create");
    }

    @Test
    void anUnreadableNamespaceSaysWhy() {
        String drawn = TopologySvg.render(TopologySnapshot.of(List.of(CapturedTopology.place(Place.HOST, "host"),
                PlaceReadings.unreadable(NS1, "Cannot open network namespace \"ns1\": No such file or directory"))));
        assertThat(texts(parse(drawn))).contains("netns ns1", "could not be read:",
                "Cannot open network namespace \"ns1\": No such file or directory");
    }

    @Test
    void theSameSnapshotGivesTheSamePicture() {
        assertThat(TopologySvg.render(CapturedTopology.snapshot())).isEqualTo(svg);
    }
}
