package netspec.evidence.args;

/** The modes ip-link accepts for an ipvlan: l2 switches frames, l3 and l3s route packets. */
public enum IpvlanMode {
    L2, L3, L3S;

    public static IpvlanMode parse(String text) {
        return EnumWords.parse(IpvlanMode.class, "ipvlan mode", text);
    }

    public String word() {
        return EnumWords.word(this);
    }
}
