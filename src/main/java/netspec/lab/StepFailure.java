package netspec.lab;

import netspec.evidence.Place;

import netspec.shell.CommandResult;

/** A command that set something up failed; the message carries its full transcript. */
public final class StepFailure extends RuntimeException {
    public StepFailure(String what, Place place, CommandResult result) {
        super(what + " failed (exit " + result.exitStatus() + ", in " + place + "):\n" + result.transcript());
    }
}
