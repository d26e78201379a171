package netspec.evidence.args;

/** The modes ip-link accepts for a macvlan, as it spells them. */
public enum MacvlanMode {
    PRIVATE, VEPA, BRIDGE, PASSTHRU, SOURCE;

    public static MacvlanMode parse(String text) {
        return EnumWords.parse(MacvlanMode.class, "macvlan mode", text);
    }

    public String word() {
        return EnumWords.word(this);
    }
}
