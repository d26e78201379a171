package netspec.evidence.args;

/** The modes of the bonding driver, as ip-link and the kernel's info_data spell them. */
public enum BondMode {
    BALANCE_RR("balance-rr"),
    ACTIVE_BACKUP("active-backup"),
    BALANCE_XOR("balance-xor"),
    BROADCAST("broadcast"),
    LACP("802.3ad"),
    BALANCE_TLB("balance-tlb"),
    BALANCE_ALB("balance-alb");

    private final String word;

    BondMode(String word) {
        this.word = word;
    }

    public static BondMode parse(String text) {
        return EnumWords.parse(BondMode.class, "bond mode", text, BondMode::word);
    }

    public String word() {
        return word;
    }
}
