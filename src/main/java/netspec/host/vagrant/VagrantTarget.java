package netspec.host.vagrant;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import netspec.host.Sandbox;
import netspec.host.Target;
import netspec.host.Setting;
import netspec.host.ssh.SshTarget;

/**
 * A machine of {@code vagrant/Vagrantfile}, reached over SSH with the settings {@code vagrant ssh-config}
 * prints. Optionally brought up before the run and halted or destroyed after it.
 */
public final class VagrantTarget implements Target {

    /** The demo machines of the source text; a scenario tagged with one of them is meant for that machine. */
    public static final Set<String> DEMO_MACHINES = Set.of("pause", "ipvs", "flannel", "bash", "ebpf");

    private static final Pattern MACHINE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Duration QUICK = Duration.ofMinutes(2);
    private static final Duration BOOT = Duration.ofMinutes(30);

    enum After { KEEP, HALT, DESTROY }

    private final String machine;
    private final Vagrant vagrant;
    private final boolean bringUp;
    private final After after;
    private final Duration connectTimeout;
    private final boolean allMachines;
    private SshTarget ssh;
    private VagrantProblem failure;

    VagrantTarget(String machine, Vagrant vagrant, boolean bringUp, After after, Duration connectTimeout,
            boolean allMachines) {
        if (machine == null || machine.isBlank()) {
            throw new IllegalArgumentException("netspec.target=vagrant needs the machine: set"
                    + " -Dnetspec.vagrant.machine=<" + String.join("|", new java.util.TreeSet<>(DEMO_MACHINES))
                    + "> (or NETSPEC_VAGRANT_MACHINE)");
        }
        if (!MACHINE_NAME.matcher(machine).matches()) {
            throw new IllegalArgumentException("netspec.vagrant.machine '" + machine + "' is invalid: use letters,"
                    + " digits, '.', '-' or '_'");
        }
        this.machine = machine;
        this.vagrant = vagrant;
        this.bringUp = bringUp;
        this.after = after;
        this.connectTimeout = connectTimeout;
        this.allMachines = allMachines;
    }

    /** From {@code netspec.vagrant.*} system properties or {@code NETSPEC_VAGRANT_*} variables (README). */
    public static VagrantTarget fromSystem() {
        String afterRun = Setting.VAGRANT_AFTER.value();
        After after;
        try {
            after = After.valueOf(afterRun.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("netspec.vagrant.after '" + afterRun + "' is invalid: use keep, halt or destroy");
        }
        return new VagrantTarget(Setting.VAGRANT_MACHINE.valueOr(""),
                new Vagrant(Setting.VAGRANT_COMMAND.value(), Path.of(Setting.VAGRANT_DIR.value()).toAbsolutePath()),
                Boolean.parseBoolean(Setting.VAGRANT_UP.value()), after,
                Duration.ofSeconds(Long.parseLong(Setting.VAGRANT_CONNECT_TIMEOUT.value())),
                Boolean.parseBoolean(Setting.VAGRANT_ALL_MACHINES.value()));
    }

    public String machine() {
        return machine;
    }

    @Override
    public String name() {
        return "vagrant:" + machine;
    }

    @Override
    public Sandbox openSandbox() {
        return ssh().openSandbox();
    }

    @Override
    public boolean installsWithSudo() {
        return true;
    }

    @Override
    public netspec.shell.CommandResult runOnHost(String command) {
        return ssh().runOnHost(command);
    }

    /** Vagrant is asked once; after a failure every scenario fails at once with the same line. */
    private synchronized SshTarget ssh() {
        if (failure != null) {
            throw new VagrantProblem(failure.getMessage());
        }
        if (ssh == null) {
            try {
                ssh = new SshTarget(connect().sshSettings(connectTimeout));
            } catch (VagrantProblem e) {
                failure = e;
                throw e;
            }
        }
        return ssh;
    }

    private VagrantSshConfig connect() {
        Vagrant.Outcome version = vagrant.run(QUICK, "--version");
        if (!version.succeeded()) {
            throw problem("the vagrant command does not work: " + lastLine(version.output()));
        }
        if (bringUp) {
            Vagrant.Outcome up = vagrant.run(BOOT, "up", machine);
            if (!up.succeeded()) {
                throw problem("'vagrant up " + machine + "' failed: " + lastLine(up.output()));
            }
        }
        Vagrant.Outcome config = vagrant.run(QUICK, "ssh-config", machine);
        if (!config.succeeded()) {
            throw problem(explain(config.output()));
        }
        try {
            return VagrantSshConfig.parse(config.output());
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    /** Vagrant's long explanations, turned into what to do. */
    String explain(String output) {
        String text = output.replaceAll("\\s+", " ");
        if (text.contains("not found configured") || text.contains("was not found")) {
            return "there is no machine '" + machine + "' in " + vagrant.directory().resolve("Vagrantfile")
                    + "; 'vagrant status' there lists the machines (the demo machines are " + DEMO_MACHINES + ")";
        }
        if (text.contains("not yet ready for SSH") || text.contains("not created") || text.contains("not running")
                || text.contains("poweroff") || text.contains("shutoff")) {
            return "machine '" + machine + "' is not running: run 'vagrant up " + machine + "' in " + vagrant.directory()
                    + ", or add -Dnetspec.vagrant.up=true";
        }
        return "'vagrant ssh-config " + machine + "' failed: " + lastLine(output);
    }

    private VagrantProblem problem(String what) {
        return new VagrantProblem("cannot use target " + name() + ": " + what);
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1).strip();
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
        if (after != After.KEEP && failure == null) {
            String verb = after == After.HALT ? "halt" : "destroy";
            vagrant.run(BOOT, after == After.HALT ? new String[]{verb, machine} : new String[]{verb, "-f", machine});
        }
    }

    /**
     * Why a scenario is not run on this machine: it is meant for another demo machine. Empty when it runs here,
     * and always with {@code netspec.vagrant.allMachines=true}, where one machine stands in for all five (they
     * share one box, so one kernel: what differs is the name the machine was provisioned with).
     */
    @Override
    public Optional<netspec.evidence.SkipCause> whyNotHere(java.util.Collection<String> tags) {
        if (allMachines) {
            return Optional.empty();
        }
        return machineOf(tags).filter(m -> !m.equals(machine)).map(m -> new netspec.evidence.SkipCause(
                netspec.evidence.SkipCause.ELSEWHERE, m, "meant for the demo machine '" + m
                + "'; this run targets " + name() + " (select with -Dnetspec.tags, or run every demo machine's"
                + " scenarios here with -Dnetspec.vagrant.allMachines=true)"));
    }

    /** The demo machine a scenario is meant for, if its tags name one. */
    public static Optional<String> machineOf(java.util.Collection<String> tags) {
        return tags.stream().map(t -> t.substring(1)).filter(DEMO_MACHINES::contains).findFirst();
    }
}
