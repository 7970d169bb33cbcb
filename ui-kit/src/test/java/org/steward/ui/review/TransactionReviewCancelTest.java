package org.steward.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.core.abi.CallNode;
import org.steward.core.chain.CallSender;
import org.steward.core.chain.PreparedCall;
import org.steward.core.eth.Address;
import org.steward.core.format.Shown;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.ExecutorTaskRunner;

/**
 * The review's own Cancel while the device is asked: it must reach the device's exchange as the
 * device prompt's Cancel does. The sender here stands in for a device that waits for a press until
 * its exchange is cancelled; the devnet flow test drives the real simulated device through the prompt.
 */
class TransactionReviewCancelTest {

    private static final PreparedCall CALL = new PreparedCall("Vote For", Address.parse("0x" + "60".repeat(20)), BigInteger.ZERO,
            new byte[4], "castVote", CallNode.leaf("castVote", new Shown("castVote", "castVote")), "vote");

    @Test
    void cancelWhileTheDeviceAsksStopsTheDevicesExchangeAndNothingIsSent() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch deviceCancelled = new CountDownLatch(1);
        AtomicInteger cancels = new AtomicInteger();
        DevicePrompts prompts = new DevicePrompts() {
            @Override
            public void cancel() {
                cancels.incrementAndGet();
                deviceCancelled.countDown();
            }
        };
        CallSender device = (call, p) -> {
            asked.countDown();
            try {
                if (!deviceCancelled.await(10, TimeUnit.SECONDS)) {
                    return "0xsent";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UserFacingException("Cancelled: the device stopped asking and nothing was signed.");
        };
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner(Runnable::run)) {
            TransactionReview review = new TransactionReview(runner, device, () -> prompts);
            review.prepare("Prepare the vote", p -> CALL, () -> { });
            waitUntil(() -> review.pending().get() != null);

            review.confirm();
            assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
            review.cancel();
            waitUntil(() -> !review.outcome().get().isEmpty());

            assertThat(cancels.get()).isEqualTo(1);
            assertThat(review.busy().get()).isFalse();
            assertThat(review.outcome().get()).isEqualTo("Cancelled: the device stopped asking and nothing was signed.");
            assertThat(review.pending().get()).isNull();
        }
    }

    @Test
    void cancelWithNothingUnderWayDropsThePendingCall() {
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner(Runnable::run)) {
            TransactionReview review = new TransactionReview(runner, (call, p) -> "0xsent", () -> DevicePrompts.NONE);
            review.prepare("Prepare the vote", p -> CALL, () -> { });
            waitUntil(() -> review.pending().get() != null);

            review.cancel();

            assertThat(review.pending().get()).isNull();
            assertThat(review.outcome().get()).isEqualTo("Nothing was signed.");
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(end);
            Thread.onSpinWait();
        }
    }
}
