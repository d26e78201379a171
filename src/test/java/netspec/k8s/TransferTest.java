package netspec.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import netspec.linux.Captured;
import org.junit.jupiter.api.Test;

class TransferTest {

    @Test
    void aTransferShapedAt500000BytesPerSecondTookLongerThanTheRateAllows() {
        Transfer transfer = Transfer.parse(Captured.read("cni/chain-timed-transfer.txt"));
        assertThat(transfer.complete()).isTrue();
        assertThat(transfer.received()).isEqualTo(1_000_000);
        assertThat(transfer.nanoseconds()).isEqualTo(2_352_136_179L);
        assertThat(transfer.bytesPerSecond()).isBetween(420_000.0, 430_000.0);
    }

    @Test
    void aTransferThatLostBytesOrWhoseSenderFailedIsIncomplete() {
        assertThat(Transfer.parse("sent 1000 exit 0 received 999 nanoseconds 5").complete()).isFalse();
        assertThat(Transfer.parse("sent 1000 exit 1 received 1000 nanoseconds 5").complete()).isFalse();
        assertThatThrownBy(() -> Transfer.parse("2026/11/30 socat[1] E connect: Connection refused"))
                .hasMessageContaining("not the line of timed-transfer.sh");
    }
}
