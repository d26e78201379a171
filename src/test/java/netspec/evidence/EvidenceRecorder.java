package netspec.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;

/**
 * Lets a unit test run lab code as if a scenario of the report were running, and keeps what it attaches in
 * memory (outside a scenario Allure has nowhere to attach and logs an error per attachment).
 */
public final class EvidenceRecorder implements AutoCloseable {

    public record Attachment(String name, String type, String content) {
    }

    private final AllureLifecycle previous = Allure.getLifecycle();
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();
    private final AllureLifecycle lifecycle = new AllureLifecycle(new AllureResultsWriter() {
        @Override
        public void write(TestResult testResult) {
        }

        @Override
        public void write(TestResultContainer container) {
        }

        @Override
        public void write(String source, InputStream attachment) {
            try {
                written.put(source, attachment.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    });
    private final String uuid = UUID.randomUUID().toString();
    private final TestResult result = new TestResult().setUuid(uuid).setName("unit test");

    public EvidenceRecorder() {
        Allure.setLifecycle(lifecycle);
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
    }

    public List<Attachment> attachments() {
        return result.getAttachments().stream().map(a -> new Attachment(a.getName(), a.getType(),
                new String(written.getOrDefault(a.getSource(), new byte[0]), StandardCharsets.UTF_8))).toList();
    }

    @Override
    public void close() {
        lifecycle.stopTestCase(uuid);
        Allure.setLifecycle(previous);
    }
}
