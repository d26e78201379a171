package netspec.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import netspec.evidence.args.NamespaceName;
import netspec.shell.ShellQuoting;

/**
 * Where in the sandbox a command runs: the sandbox's own network namespace ("the host") or a named
 * namespace created in it. Commands are written the way a user would type them in the sandbox, so that
 * every line of the report can be pasted into a terminal there.
 */
public record Place(Optional<NamespaceName> netns) {

    public static final Place HOST = new Place(Optional.empty());

    /** iproute2 tools take {@code -n NAME} themselves; anything else goes through {@code ip netns exec}. */
    private static final Set<String> NETNS_AWARE = Set.of("ip", "bridge", "tc");

    public static Place of(NamespaceName netns) {
        return new Place(Optional.of(netns));
    }

    public boolean isHost() {
        return netns.isEmpty();
    }

    /** The command line, quoted, that runs argv here. */
    public String command(List<String> argv) {
        if (netns.isEmpty()) {
            return ShellQuoting.join(argv);
        }
        List<String> placed = new ArrayList<>();
        if (NETNS_AWARE.contains(argv.get(0))) {
            placed.add(argv.get(0));
            placed.add("-n");
            placed.add(netns.get().value());
            placed.addAll(argv.subList(1, argv.size()));
        } else {
            placed.addAll(List.of("ip", "netns", "exec", netns.get().value()));
            placed.addAll(argv);
        }
        return ShellQuoting.join(placed);
    }

    public String command(String... argv) {
        return command(List.of(argv));
    }

    @Override
    public String toString() {
        return netns.map(NamespaceName::value).orElse("the host");
    }
}
