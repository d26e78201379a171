package netspec.evidence;

import netspec.shell.CommandResult;

/** A fact read back from the kernel, with the command that read it: the evidence behind every Then-step. */
public record Reading<T>(Place place, CommandResult result, T value) {

    public String command() {
        return result.command();
    }
}
