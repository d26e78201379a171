package netspec.topology;

/** Colours: one accent per device kind (border and chip) with a light tint for the header, one per state. */
final class Palette {

    record Colors(String tint, String accent) {
    }

    private Palette() {
    }

    static Colors of(String kind) {
        return switch (kind) {
            case "bridge" -> new Colors("#dbeafe", "#1d4ed8");
            case "veth" -> new Colors("#dcfce7", "#15803d");
            case "vxlan" -> new Colors("#f3e8ff", "#7e22ce");
            case "macvlan", "macvtap" -> new Colors("#ffedd5", "#c2410c");
            case "ipvlan", "ipvtap" -> new Colors("#ccfbf1", "#0f766e");
            case "vlan" -> new Colors("#fef9c3", "#a16207");
            case "bond" -> new Colors("#e0e7ff", "#4338ca");
            case "tun", "tap" -> new Colors("#fce7f3", "#be185d");
            default -> new Colors("#f1f5f9", "#64748b");
        };
    }

    static String of(LinkState state) {
        return switch (state) {
            case UP -> "#16a34a";
            case NO_CARRIER -> "#d97706";
            case DOWN -> "#dc2626";
        };
    }
}
