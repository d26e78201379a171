package netspec.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's {@code chromium}, headless, driven over the Chrome DevTools protocol (a WebSocket on a port the browser
 * chooses and writes into its fresh profile folder): opens pages and records every request they make.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String COMMAND = System.getProperty("netspec.chromium", "chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path profile;
    private final Process browser;
    private final WebSocket page;
    private final AtomicInteger ids = new AtomicInteger();
    private final ConcurrentHashMap<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    HeadlessChromium() throws IOException, InterruptedException {
        profile = Files.createTempDirectory("netspec-chromium");
        browser = new ProcessBuilder(COMMAND, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1400,1000", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!browser.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(COMMAND + " did not start its DevTools endpoint: "
                        + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
        String socket = null;
        for (JsonNode target : targets) {
            if (target.path("type").asText().equals("page")) {
                socket = target.path("webSocketDebuggerUrl").asText();
            }
        }
        if (socket == null) {
            throw new IllegalStateException(COMMAND + " has no page to drive: " + targets);
        }
        page = http.newWebSocketBuilder().buildAsync(URI.create(socket), new Listener()).join();
        call("Network.enable", null);
        call("Page.enable", null);
    }

    /** Opens the address and waits until the page has loaded and the given time has passed. */
    void open(String url, Duration settle) throws InterruptedException {
        ObjectNode params = JSON.createObjectNode().put("url", url);
        call("Page.navigate", params);
        Thread.sleep(settle.toMillis());
    }

    /** A PNG of the page as shown. */
    byte[] screenshot() {
        JsonNode answer = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        return java.util.Base64.getDecoder().decode(answer.path("data").asText());
    }

    void forgetRequests() {
        requests.clear();
    }

    /** Every address a page asked for since the browser started (or forgot), in order. */
    List<String> requests() {
        return new ArrayList<>(requests);
    }

    JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        page.sendText(message.toString(), true).join();
        try {
            return answer.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer from " + COMMAND, e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                handle(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        private void handle(String text) {
            try {
                JsonNode message = JSON.readTree(text);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> answer = answers.remove(message.path("id").asInt());
                    if (answer != null) {
                        answer.complete(message.path("result"));
                    }
                } else if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    requests.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new IllegalStateException("unreadable DevTools message: " + text, e);
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException, java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
        page.abort();
        // Chromium's helpers (zygote, renderer, GPU) outlive the browser for a moment and keep writing the profile
        List<ProcessHandle> helpers = browser.descendants().toList();
        browser.destroy();
        if (!browser.waitFor(10, TimeUnit.SECONDS)) {
            browser.destroyForcibly().waitFor();
        }
        for (ProcessHandle helper : helpers) {
            helper.destroyForcibly();
            helper.onExit().get(10, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
