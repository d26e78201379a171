package netspec.evidence;

/** A Then-step's fact did not hold; the message says what was expected, what the kernel showed and how it was read. */
public class FactViolation extends AssertionError {
    public FactViolation(String expected, String actual, String readWith) {
        super("\nExpected:  " + expected + "\nActual:    " + actual + "\nRead with: " + readWith);
    }
}
