package netspec.lab;

import netspec.evidence.Place;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import netspec.evidence.args.NamespaceName;
import netspec.evidence.Evidence;
import netspec.shell.CommandResult;
import netspec.shell.ShellQuoting;
import netspec.host.Sandbox;
import netspec.host.Setting;

/**
 * One scenario's world: its sandbox, the namespaces it made, and the only way steps run commands. Setup
 * commands land in the report as they run; reads are attached by the fact that judges them.
 */
public final class Lab implements AutoCloseable {

    private Sandbox sandbox;
    private final Set<NamespaceName> namespaces = new LinkedHashSet<>();
    /** How long one command may take; raised for slow targets (a VM under software emulation). */
    private final Duration commandTimeout = Setting.COMMAND_TIMEOUT.seconds();

    public void open(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public boolean isOpen() {
        return sandbox != null;
    }

    /** Whether commands can still run: the sandbox is open and its shell has not died (a command timed out). */
    public boolean isAlive() {
        return sandbox != null && sandbox.shell().isAlive();
    }

    public String description() {
        return sandbox == null ? "no sandbox" : sandbox.description();
    }

    /** Runs a setup command and fails the step, with its transcript, when the command fails. */
    public CommandResult run(String what, Place place, String... argv) {
        CommandResult result = attempt(place, argv);
        if (!result.succeeded()) {
            throw new StepFailure(what, place, result);
        }
        return result;
    }

    /** Runs a command whose failure is itself the evidence (a refusal, a ping without reply). */
    public CommandResult attempt(Place place, String... argv) {
        return attempt(place, commandTimeout, argv);
    }

    public CommandResult attempt(Place place, Duration timeout, String... argv) {
        checkPlace(place);
        CommandResult result = sandbox().run(place.command(argv), timeout);
        Evidence.command(place, result);
        return result;
    }

    /**
     * Starts a command that outlives the step (a capture, a listener) with its output going to logFile in the
     * sandbox; returns its PID there. It ends with the sandbox if nobody stops it first.
     */
    public long startInBackground(String what, Place place, String logFile, String... argv) {
        checkPlace(place);
        String command = place.command(argv) + " >" + ShellQuoting.quote(logFile) + " 2>&1 & echo $!";
        CommandResult result = sandbox().run(command, commandTimeout);
        Evidence.command(place, result);
        if (!result.succeeded() || !result.stdout().strip().matches("\\d+")) {
            throw new StepFailure(what, place, result);
        }
        return Long.parseLong(result.stdout().strip());
    }

    /** Runs a command that only reads state; the caller attaches it as evidence. */
    public CommandResult read(Place place, String... argv) {
        checkPlace(place);
        return sandbox().run(place.command(argv), commandTimeout);
    }

    public KernelView kernel(Place place) {
        return new KernelView(this, place);
    }

    public void addNamespace(NamespaceName name) {
        run("creating namespace " + name, Place.HOST, "ip", "netns", "add", name.value());
        namespaces.add(name);
        // every namespace starts with its loopback down; up is what a container runtime would give it
        run("bringing up lo in " + name, Place.of(name), "ip", "link", "set", "lo", "up");
    }

    /** After {@code ip netns delete}: the namespace is no place of the scenario any more. */
    public void forgetNamespace(NamespaceName name) {
        namespaces.remove(name);
    }

    public List<Place> places() {
        List<Place> places = new ArrayList<>();
        places.add(Place.HOST);
        namespaces.forEach(ns -> places.add(Place.of(ns)));
        return places;
    }

    private void checkPlace(Place place) {
        place.netns().ifPresent(ns -> {
            if (!namespaces.contains(ns)) {
                throw new IllegalArgumentException("namespace " + ns + " was not created in this scenario"
                        + (namespaces.isEmpty() ? "" : " (it has: " + namespaces + ")")
                        + "; add a step like 'Given a namespace " + ns + "'");
            }
        });
    }

    private Sandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the scenario has no sandbox (did the Before hook run?)");
        }
        return sandbox;
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
