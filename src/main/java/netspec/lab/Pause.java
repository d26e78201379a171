package netspec.lab;

/** Time passing on purpose in a scenario ("5 seconds pass"), bounded so that a typo cannot stall a run. */
public final class Pause {

    private Pause() {
    }

    public static void seconds(int seconds) {
        if (seconds < 1 || seconds > 60) {
            throw new IllegalArgumentException("a pause of " + seconds + " s is invalid: use 1 to 60 seconds");
        }
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
