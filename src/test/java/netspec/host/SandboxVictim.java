package netspec.host;

import java.time.Duration;

/**
 * A runner to be killed: {@link SandboxTeardownTest} starts it as a child JVM and SIGKILLs it mid-command.
 *
 * <p>It opens a sandbox, fills it with what a scenario leaves around (a bridge, a veth pair, a named netns with a
 * process in it), prints one line {@code sandbox <init pid> <netns> <ns1 netns>} and then blocks in a long
 * foreground command, the way a runner is busy when it is killed.
 */
public final class SandboxVictim {

    private SandboxVictim() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalSandbox sandbox = (LocalSandbox) new LocalTarget().openSandbox();
        check(sandbox, "ip link add br0 type bridge && ip link add veth0 type veth peer name veth1"
                + " && ip link set veth1 master br0 && ip netns add ns1");
        // a process inside ns1 makes ns1 visible in /proc, so the test can see it go away
        check(sandbox, "ip netns exec ns1 sleep 900 >/dev/null 2>&1 &");
        String netns = check(sandbox, "readlink /proc/self/ns/net");
        String ns1 = check(sandbox, "ip netns exec ns1 readlink /proc/self/ns/net");
        System.out.println("sandbox " + sandbox.initPid() + " " + netns + " " + ns1);
        System.out.flush();

        Thread busy = new Thread(() -> sandbox.run("sleep 600", Duration.ofMinutes(15)), "busy");
        busy.start();
        busy.join();
    }

    private static String check(Sandbox sandbox, String command) {
        var result = sandbox.run(command);
        if (!result.succeeded()) {
            throw new IllegalStateException(result.transcript());
        }
        return result.stdout().strip();
    }
}
