package netspec.evidence;

import org.opentest4j.TestAbortedException;

/** A scenario skipped before it ran, carrying its {@link SkipCause} for the results file. */
public final class ScenarioSkipped extends TestAbortedException {

    private final transient SkipCause cause;

    public ScenarioSkipped(SkipCause cause) {
        super(cause.message());
        this.cause = cause;
    }

    public SkipCause skipCause() {
        return cause;
    }
}
