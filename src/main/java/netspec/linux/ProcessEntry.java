package netspec.linux;

/**
 * One line of {@code ps -e -o pid=,ppid=,stat=,pidns=,comm=}: a process as the sandbox's PID namespace
 * numbers it, with the PID namespace it lives in (the inode of /proc/PID/ns/pid).
 */
public record ProcessEntry(long pid, long ppid, String state, long pidNamespace, String comm) {

    /** Ended but not yet waited for by its parent: state Z in the process table. */
    public boolean isZombie() {
        return state.startsWith("Z");
    }

    @Override
    public String toString() {
        return "pid " + pid + " (" + comm + ") state " + state + ", parent " + ppid + ", pid namespace " + pidNamespace;
    }
}
