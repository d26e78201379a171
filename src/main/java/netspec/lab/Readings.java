package netspec.lab;

import netspec.evidence.Reading;

import netspec.shell.CommandResult;

/** Facts that need two readings (one link in each of two namespaces, say) judged as one piece of evidence. */
public final class Readings {

    private Readings() {
    }

    /** One reading whose transcript holds both commands and both answers, in order, with the value derived from them. */
    public static <T> Reading<T> together(Reading<?> first, Reading<?> second, T value) {
        CommandResult both = new CommandResult(first.command() + "; " + second.command(), 0,
                "# in " + first.place() + "\n" + first.result().stdout()
                        + "# in " + second.place() + "\n" + second.result().stdout(), "",
                first.result().duration().plus(second.result().duration()));
        return new Reading<>(first.place(), both, value);
    }

    /** Like {@link #together} for any number of readings, e.g. a plugin's answer and the kernel state it describes. */
    public static <T> Reading<T> all(java.util.List<Reading<?>> readings, T value) {
        StringBuilder transcript = new StringBuilder();
        java.time.Duration took = java.time.Duration.ZERO;
        for (Reading<?> reading : readings) {
            transcript.append("# in ").append(reading.place()).append(": ").append(reading.command()).append('\n')
                    .append(reading.result().stdout());
            took = took.plus(reading.result().duration());
        }
        String commands = readings.stream().map(Reading::command).collect(java.util.stream.Collectors.joining("; "));
        return new Reading<>(readings.get(0).place(), new CommandResult(commands, 0, transcript.toString(), "", took),
                value);
    }
}
