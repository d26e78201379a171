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
}
