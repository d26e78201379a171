package netspec.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The process table as {@code ps -e -o pid=,ppid=,stat=,pidns=,comm=} prints it (procps-ng 4.0). */
public record ProcessTable(List<ProcessEntry> processes) {

    /** The columns, in the order {@link #parse} expects them. */
    public static final String COLUMNS = "pid=,ppid=,stat=,pidns=,comm=";

    public ProcessTable {
        processes = List.copyOf(processes);
    }

    public static ProcessTable parse(String text) {
        List<ProcessEntry> entries = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            // comm is last and may hold spaces; a process without a PID namespace (a kernel thread seen
            // from outside) prints "-" there
            String[] fields = line.strip().split("\\s+", 5);
            if (fields.length < 5) {
                throw new IllegalArgumentException("not a line of ps -o " + COLUMNS + ": " + line);
            }
            try {
                entries.add(new ProcessEntry(Long.parseLong(fields[0]), Long.parseLong(fields[1]), fields[2],
                        fields[3].equals("-") ? -1 : Long.parseLong(fields[3]), fields[4]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a line of ps -o " + COLUMNS + ": " + line, e);
            }
        }
        return new ProcessTable(entries);
    }

    public Optional<ProcessEntry> process(long pid) {
        return processes.stream().filter(p -> p.pid() == pid).findFirst();
    }

    /** The processes of one PID namespace, given by its inode. */
    public List<ProcessEntry> inPidNamespace(long inode) {
        return processes.stream().filter(p -> p.pidNamespace() == inode).toList();
    }
}
