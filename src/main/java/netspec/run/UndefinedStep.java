package netspec.run;

/** A scenario uses a step no definition matches; the message says which and what to write instead. */
public final class UndefinedStep extends RuntimeException {
    public UndefinedStep(String message) {
        super(message, null, false, false); // the writer needs the message, not where in netspec it was raised
    }
}
