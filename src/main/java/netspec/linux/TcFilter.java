package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code tc -j filter show dev X ingress}. iproute2 6.1 prints each filter twice: first the
 * head of its chain (no {@code options}), then the filter itself; {@code options} is null for the head.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TcFilter(String protocol, int pref, String kind, int chain, Options options) {

    /** The kernel keeps 15 characters of a BPF program's name (BPF_OBJ_NAME_LEN 16, with the NUL). */
    public static final int PROGRAM_NAME_LIMIT = 15;

    /** A BPF filter holding a program, as opposed to a chain head or a filter of another kind. */
    public boolean isBpfProgram() {
        return "bpf".equals(kind) && options != null && options.prog() != null;
    }

    /**
     * Whether the program is the function {@code function} of its object file, as far as the kernel kept the name.
     * tc of iproute2 5.10 (Debian 11) prints no program name: then the name the filter was attached under, the
     * object file's, stands; netspec names a program after its source file ({@code icmp_echo_responder.o:[tc]}).
     */
    public boolean runs(String function) {
        if (!isBpfProgram()) {
            return false;
        }
        if (options.prog().name() == null) {
            return options.bpfName() != null && options.bpfName().startsWith(function + ".o:[");
        }
        String kept = function.length() > PROGRAM_NAME_LIMIT ? function.substring(0, PROGRAM_NAME_LIMIT) : function;
        return kept.equals(options.prog().name());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Options(String handle, @JsonProperty("bpf_name") String bpfName,
                          @JsonProperty("direct-action") boolean directAction, Program prog) {
    }

    /** The loaded program; {@code jited} is 1 when the kernel compiled it to machine code. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Program(int id, String name, String tag, int jited) {
        public boolean isJited() {
            return jited == 1;
        }
    }

    @Override
    public String toString() {
        if (options == null) {
            return kind + " chain " + chain + " pref " + pref + " (chain head)";
        }
        String program = options.prog() == null ? "no program"
                : "program " + (options.prog().name() == null ? "(no name shown)" : options.prog().name())
                + " id " + options.prog().id()
                + (options.prog().isJited() ? " jited" : " not jited");
        return kind + " " + options.bpfName() + (options.directAction() ? " direct-action, " : ", ") + program;
    }
}
