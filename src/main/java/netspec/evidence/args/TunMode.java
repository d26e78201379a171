package netspec.evidence.args;

/** The two faces of /dev/net/tun: tun carries IP packets, tap carries Ethernet frames. */
public enum TunMode {
    TUN, TAP;

    public static TunMode parse(String text) {
        return EnumWords.parse(TunMode.class, "tun device mode", text);
    }

    /** As ip tuntap and the kernel's info_data.type spell it. */
    public String word() {
        return EnumWords.word(this);
    }
}
