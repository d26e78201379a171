package netspec.lab;

/** Something an earlier step of the scenario makes and a later one uses: missing, it names the step to add. */
public final class EarlierStep {

    private EarlierStep() {
    }

    /**
     * @param missing  what is missing, e.g. "no connection was made"
     * @param example  a step that makes it, e.g. "When container sidecar connects to 127.0.0.1 port 8080"
     */
    public static <T> T require(T value, String missing, String example) {
        if (value == null) {
            throw new IllegalStateException(missing + " before this step; add a step like '" + example + "'");
        }
        return value;
    }
}
