package netspec.topology;

/**
 * The key under the picture: what the lines and the state badges mean, and what is left out. Its sample
 * lines carry the class "key" besides their own, so they are never taken for lines of the topology.
 */
final class Legend {

    /** Narrow enough that a small topology is shown at its own size in the report's scenario pane (about 650 px). */
    static final double WIDTH = 540;
    static final double HEIGHT = 118;

    private Legend() {
    }

    static void draw(Svg svg, double x, double y) {
        double lineY = y + 8;
        svg.path(Svg.d("M", x, lineY) + Svg.d(" H", x + 34), "wire veth key", "");
        svg.text(x + 42, lineY + 4, "legend", "veth pair");
        double port = x + 150;
        svg.path(Svg.d("M", port, lineY - 7) + Svg.d(" V", lineY) + Svg.d(" H", port + 34), "port key", "");
        svg.text(port + 42, lineY + 4, "legend", "port of a bridge (master)");
        double upperY = lineY + 20;
        svg.path(Svg.d("M", x, upperY) + Svg.d(" H", x + 34), "upper key", "");
        svg.text(x + 42, upperY + 4, "legend", "over its parent device (macvlan, vlan, vxlan…)");

        double badgeY = y + 42;
        double bx = badge(svg, x, badgeY, LinkState.UP, "up, with carrier");
        badge(svg, bx, badgeY, LinkState.DOWN, "administratively down");
        badge(svg, x, badgeY + 22, LinkState.NO_CARRIER, "up, no carrier (peer down, no reader)");

        svg.text(x, y + 98, "note", "Read in every namespace with ip -j -d -s address show and"
                + " ip -j netns list-id.");
        svg.text(x, y + 113, "note", "IPv6 link-local addresses are not shown.");
    }

    private static double badge(Svg svg, double x, double y, LinkState state, String meaning) {
        double w = Fonts.monoWidth(state.label(), Card.SMALL_SIZE) + 14;
        svg.rect(x, y, w, 17, 8.5, Palette.of(state), "none");
        svg.text(x + w / 2, y + 12.5, "badge", "middle", state.label());
        svg.text(x + w + 8, y + 13, "legend", meaning);
        return x + w + 8 + Fonts.sansWidth(meaning, 12) + 26;
    }
}
