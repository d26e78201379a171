package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageQueueTest {

    @Test
    void listsTheQueuesOfTheIpcNamespace() {
        List<MessageQueue> queues = MessageQueue.parseIpcs(Captured.read("pod/ipcs-q.txt"));
        assertThat(queues).containsExactly(
                new MessageQueue("0x1e430f69", 0, "root", "644", 0, 0),
                new MessageQueue("0x54c57cd7", 1, "root", "644", 0, 0));
    }

    @Test
    void anotherIpcNamespaceHasNone() {
        assertThat(MessageQueue.parseIpcs(Captured.read("pod/ipcs-q-empty.txt"))).isEmpty();
    }

    @Test
    void readsTheIdIpcmkPrints() {
        List<String> lines = Captured.read("pod/ipcmk-q.txt").lines().toList();
        assertThat(MessageQueue.parseIpcmkId(lines.get(0))).isZero();
        assertThat(MessageQueue.parseIpcmkId(lines.get(1))).isEqualTo(1);
    }
}
