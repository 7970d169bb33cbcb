package org.steward.wallet.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import org.steward.wallet.transport.PacketQueue;
import org.steward.wallet.transport.PacketTransport;

/** Plays a recorded APDU exchange: each APDU the host sends must equal the recording byte for byte. */
final class ReplayTransport implements PacketTransport {

    private final Deque<String[]> exchanges;
    private final PacketQueue answers = new PacketQueue();
    private final LedgerHidFraming.Reader reader = new LedgerHidFraming.Reader();

    ReplayTransport(List<String[]> exchanges) {
        this.exchanges = new ArrayDeque<>(exchanges);
    }

    @Override
    public void write(byte[] packet) {
        reader.accept(packet).ifPresent(apdu -> {
            String[] next = exchanges.poll();
            assertThat(next).as("an APDU the recording does not have: %s", HexFormat.of().formatHex(apdu)).isNotNull();
            assertThat(HexFormat.of().formatHex(apdu)).isEqualTo(next[0]);
            LedgerHidFraming.frame(HexFormat.of().parseHex(next[1])).forEach(answers::offer);
        });
    }

    @Override
    public byte[] read(Duration timeout) {
        return answers.take(Duration.ofSeconds(1));
    }

    @Override
    public void cancel() {
        answers.cancel();
    }

    @Override
    public void close() {
    }

    boolean finished() {
        return exchanges.isEmpty();
    }
}
