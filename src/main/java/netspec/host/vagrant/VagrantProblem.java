package netspec.host.vagrant;

/** The vagrant target cannot be used; the message is one line saying what to do. */
public final class VagrantProblem extends RuntimeException {
    VagrantProblem(String message) {
        super(message);
    }
}
