package netspec.linux;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.shell.CommandResult;

/** Reads the real output of tools kept under src/test/resources/captured (see its READMEs). */
public final class Captured {

    private Captured() {
    }

    public static String read(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Captured {@code ip -j -d link show} output of the host, as a reading of it. */
    public static Reading<List<Link>> hostLinks(String name) {
        String json = read(name);
        return new Reading<>(Place.HOST, new CommandResult("ip -j -d link show", 0, json, "", Duration.ZERO),
                KernelJson.links(json));
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Captured.class.getResourceAsStream("/captured/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no captured output " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
