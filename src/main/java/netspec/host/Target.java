package netspec.host;

/** A Linux kernel the specs run on: this machine, an SSH host or a Vagrant machine. */
public interface Target extends AutoCloseable {

    /** Short name shown in reports, e.g. {@code local} or {@code ssh:root@10.0.0.5:22}. */
    String name();

    /** Starts a fresh sandbox; fails with one clear line when the target cannot make one. */
    Sandbox openSandbox();

    /**
     * Why a scenario with these tags is not run on this target (e.g. it is meant for another demo machine), or
     * empty when it runs here.
     */
    default java.util.Optional<String> whyNotHere(java.util.Collection<String> tags) {
        return java.util.Optional.empty();
    }

    @Override
    default void close() {
    }
}
