package netspec.host.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What is left on this machine, read from /proc: which processes carry a word in their command line, and
 * which network namespaces are still held by a process or by a mount (as {@code ip netns add} does).
 */
final class HostView {

    private static final Path PROC = Path.of("/proc");

    private HostView() {
    }

    /** Processes whose command line contains the word (unique words keep other runs on the machine out). */
    static List<Long> processesWith(String word) {
        return pids().filter(pid -> read(PROC.resolve(pid + "/cmdline")).replace('\0', ' ').contains(word)).toList();
    }

    /** Every network namespace in use, as {@code net:[inode]}: entered by a process or bind-mounted somewhere. */
    static Set<String> networkNamespacesInUse() {
        Set<String> inUse = new HashSet<>();
        pids().forEach(pid -> {
            try {
                inUse.add(Files.readSymbolicLink(PROC.resolve(pid + "/ns/net")).toString());
            } catch (IOException | UnsupportedOperationException e) {
                // the process ended meanwhile
            }
            // mountinfo: "id parent major:minor root mountpoint ... - nsfs nsfs rw"; root is net:[inode]
            read(PROC.resolve(pid + "/mountinfo")).lines().filter(l -> l.contains(" - nsfs "))
                    .map(l -> l.split(" ")[3]).filter(root -> root.startsWith("net:[")).forEach(inUse::add);
        });
        return inUse;
    }

    private static Stream<Long> pids() {
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
