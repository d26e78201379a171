package netspec.host;

/** A target could not give a sandbox; the message says what the target said and how to fix it. */
public final class SandboxStartException extends RuntimeException {

    public SandboxStartException(String target, String said, boolean userNamespace) {
        super("cannot start a sandbox on " + target + ": " + said.strip() + hint(target, said, userNamespace));
    }

    private static String hint(String target, String said, boolean userNamespace) {
        if (userNamespace && (said.contains("Operation not permitted") || said.contains("Permission denied"))) {
            return ". Unprivileged user namespaces look restricted on " + target + ": run as root, or allow them"
                    + " (Ubuntu 24.04+: sysctl -w kernel.apparmor_restrict_unprivileged_userns=0;"
                    + " Debian before 11: sysctl -w kernel.unprivileged_userns_clone=1)."
                    + " Inside a chroot the kernel refuses them always: run in a container, or pivot_root instead";
        }
        if (said.contains("not found") || said.contains("No such file")) {
            return ". Install util-linux (unshare), bash, coreutils and iproute2 on the target";
        }
        return "";
    }
}
