package netspec.host;

import netspec.shell.CommandResult;

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
    default java.util.Optional<netspec.evidence.SkipCause> whyNotHere(java.util.Collection<String> tags) {
        return java.util.Optional.empty();
    }

    /**
     * Runs one command on the target's machine itself, outside any sandbox, as the user netspec runs as there
     * (the runner locally, the login user over SSH): for setting the target up before the first scenario. It runs
     * in bash with the sandbox's PATH ({@link SandboxCommand#STANDARD_PATH}), so a check finds a program where the
     * scenarios' commands will: an SSH login's PATH lacks /usr/sbin for a user other than root on Debian.
     */
    CommandResult runOnHost(String command);

    /** Whether set-up may use passwordless {@code sudo -n} there when the user is not root (SSH, Vagrant). */
    default boolean installsWithSudo() {
        return false;
    }

    @Override
    default void close() {
    }
}
