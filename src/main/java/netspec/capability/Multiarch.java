package netspec.capability;

/** The target's multiarch name (x86_64-linux-gnu), where a BPF build finds the headers of its architecture. */
public final class Multiarch {

    /**
     * Shell that prints the name: Debian keeps asm/types.h, which linux/bpf.h needs, under
     * /usr/include/MULTIARCH only. Not every clang knows -print-multiarch (Debian 12's clang 14 does; Debian 11's
     * clang 11 and Debian 13's clang 19 do not), so the directory that holds asm/types.h answers when clang does not.
     */
    public static final String COMMAND = "clang -print-multiarch 2>/dev/null | grep . ||"
            + " { for h in /usr/include/*/asm/types.h; do h=${h#/usr/include/}; echo \"${h%/asm/types.h}\"; break; done; }";

    private Multiarch() {
    }
}
