package netspec.shell;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands in a long-lived bash fed over its standard input.
 *
 * <p>Each command is sent as {@code eval '<command>' </dev/null} followed by a marker line on stderr and a
 * marker line with the exit status on stdout. The marker holds a random token, so no output can forge it,
 * and {@code eval} keeps a syntax error in one command from derailing the shell. This costs one write and
 * two reads per command instead of a fork/exec of a new shell.
 */
public final class FramedShell implements Shell {

    private static final String END = "__netspec_end_";

    private final String description;
    private final OutputStream stdin;
    private final MarkerReader stdout;
    private final MarkerReader stderr;
    private final Runnable terminator;
    private final String token;
    /** Why the shell can run no more commands, or null while it can. */
    private volatile String broken;

    /**
     * @param description names the shell in error messages (which sandbox on which target)
     * @param terminator  ends the process or channel behind the streams, used when a command times out
     */
    public FramedShell(String description, OutputStream stdin, InputStream stdout, InputStream stderr,
                       Runnable terminator) {
        this.description = description;
        this.stdin = stdin;
        this.terminator = terminator;
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        this.token = END + HexFormat.of().formatHex(random);
        this.stdout = new MarkerReader(stdout, token, description + " stdout");
        this.stderr = new MarkerReader(stderr, token, description + " stderr");
    }

    @Override
    public synchronized CommandResult run(String command, Duration timeout) {
        if (broken != null) {
            throw new ShellException(description + " is no longer usable (" + broken + "); cannot run: " + command);
        }
        long start = System.nanoTime();
        String framed = "eval " + ShellQuoting.quote(command) + " </dev/null; __netspec_rc=$?; "
                + "printf '\\n%s\\n' " + token + " >&2; printf '\\n%s %d\\n' " + token + " \"$__netspec_rc\"\n";
        try {
            stdin.write(framed.getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            broken = "its input failed: " + e.getMessage();
            throw new ShellException(description + " has gone (" + e.getMessage() + "); cannot run: " + command, e);
        }
        long deadline = start + timeout.toNanos();
        Frame out = stdout.next(deadline);
        Frame err = out == null || out.eof() ? null : stderr.next(deadline);
        if (out == null || err == null && !out.eof()) {
            // the command may still print: its output would be taken for the next command's
            broken = (Thread.currentThread().isInterrupted() ? "interrupted while running: "
                    : "gave up after " + timeout.toMillis() + " ms on: ") + command;
            terminator.run();
            throw new CommandTimeoutException(command, timeout);
        }
        if (out.eof() || err.eof()) {
            broken = "ended while running: " + command;
            String said = (out.text() + (err == null ? "" : err.text())).strip();
            throw new ShellException(description + " ended while running: " + command
                    + (said.isEmpty() ? "" : "\n" + said));
        }
        int status = Integer.parseInt(out.marker().substring(token.length()).trim());
        return new CommandResult(command, status, out.text(), err.text(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Waits for the shell to end by itself, for example after its stdin was closed; returns what it printed last. */
    public String drainToEnd(Duration timeout) {
        Frame out = stdout.next(System.nanoTime() + timeout.toNanos());
        Frame err = stderr.next(System.nanoTime() + timeout.toNanos());
        return ((out == null ? "" : out.text()) + (err == null ? "" : err.text())).strip();
    }

    @Override
    public boolean isAlive() {
        return broken == null;
    }

    @Override
    public void close() {
        broken = "closed";
        try {
            stdin.close();
        } catch (IOException ignored) {
            // the other side is already gone: nothing left to close
        }
    }

    private record Frame(String text, String marker, boolean eof) {
    }

    /**
     * Reads one stream on its own thread and cuts it into frames at the marker lines. It splits on '\n' only,
     * byte by byte, so carriage returns and other bytes of the output reach the frame untouched.
     */
    private static final class MarkerReader implements Runnable {
        private final InputStream in;
        private final byte[] token;
        private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();

        MarkerReader(InputStream in, String token, String name) {
            this.in = new BufferedInputStream(in);
            this.token = token.getBytes(StandardCharsets.US_ASCII);
            Thread thread = new Thread(this, "netspec " + name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                for (int b; (b = in.read()) != -1; ) {
                    if (b != '\n') {
                        line.write(b);
                        continue;
                    }
                    byte[] complete = line.toByteArray();
                    line.reset();
                    if (startsWithToken(complete)) {
                        // the marker is preceded by a newline of its own; drop it
                        byte[] output = text.toByteArray();
                        int end = Math.max(0, output.length - 1);
                        frames.add(new Frame(new String(output, 0, end, StandardCharsets.UTF_8),
                                new String(complete, StandardCharsets.US_ASCII), false));
                        text.reset();
                    } else {
                        text.write(complete);
                        text.write('\n');
                    }
                }
            } catch (IOException ignored) {
                // a closed stream ends the shell just like end of file
            }
            text.writeBytes(line.toByteArray());
            frames.add(new Frame(text.toString(StandardCharsets.UTF_8), "", true));
        }

        private boolean startsWithToken(byte[] line) {
            return line.length >= token.length && Arrays.equals(line, 0, token.length, token, 0, token.length);
        }

        /** The next frame, or null when the deadline passes first. */
        Frame next(long deadlineNanos) {
            try {
                Frame frame = frames.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (frame != null && frame.eof()) {
                    frames.add(frame); // later callers see the end too
                }
                return frame;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
