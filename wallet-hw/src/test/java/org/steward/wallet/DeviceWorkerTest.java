package org.steward.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

class DeviceWorkerTest {

    @Test
    void operationsRunInOrderOnTheDevicesOwnThreadWithScanningPausedDuringThePrompt() throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        DeviceWorker.ScanPause scan = new DeviceWorker.ScanPause() {
            @Override
            public void pause() {
                log.add("scan paused");
            }

            @Override
            public void resume() {
                log.add("scan resumed");
            }
        };
        DevicePrompts dialog = new DevicePrompts() {
            @Override
            public void confirmOnDevice(String text) {
                log.add("dialog: " + text);
            }
        };
        try (DeviceWorker worker = new DeviceWorker(SimulatedDevices.oneKey(SimulatedSeed.demo(), new SimulatedBehaviour()), scan)) {
            var first = worker.submit(dialog, (s, p) -> Thread.currentThread().getName());
            var second = worker.submit(dialog, (s, p) -> s.sign(PersonalMessageRequest.utf8(DerivationPath.bip44(0), "gm"), p));

            assertThat(first.get(5, TimeUnit.SECONDS)).startsWith("device OneKey");
            assertThat(second.get(5, TimeUnit.SECONDS).yParity()).isBetween(0, 1);
        }
        assertThat(log).containsExactly("scan paused", "dialog: gm", "scan resumed");
    }

    /**
     * Seen in a flow test: a window closing while its account read waited interrupted that wait,
     * and the cancel reached the registry's address read that the new window had running on the
     * same device. A waiter that gives up stops its own exchange only.
     */
    @Test
    void cancellingAJobThatHasNotStartedLeavesTheRunningOneAloneAndCancellingTheRunningOneStopsIt() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger deviceCancels = new java.util.concurrent.atomic.AtomicInteger();
        org.steward.core.sign.Signer device = new org.steward.core.sign.Signer() {
            @Override
            public String label() {
                return "slow device";
            }

            @Override
            public boolean simulated() {
                return true;
            }

            @Override
            public org.steward.core.eth.Address address(DerivationPath path, boolean show, DevicePrompts prompts) {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.steward.core.sign.EcdsaSignature sign(org.steward.core.sign.SigningRequest request, DevicePrompts prompts) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void cancel() {
                deviceCancels.incrementAndGet();
                release.countDown();
            }
        };
        DeviceWorker.ScanPause none = new DeviceWorker.ScanPause() {
            @Override
            public void pause() {
            }

            @Override
            public void resume() {
            }
        };
        try (DeviceWorker worker = new DeviceWorker(device, none)) {
            java.util.concurrent.atomic.AtomicBoolean secondRan = new java.util.concurrent.atomic.AtomicBoolean();
            var running = worker.submit(DevicePrompts.NONE, (s, p) -> {
                try {
                    return release.await(5, TimeUnit.SECONDS) ? "released" : "timed out";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
            });
            var queued = worker.submit(DevicePrompts.NONE, (s, p) -> secondRan.getAndSet(true));
            Thread.sleep(100);

            worker.cancel(queued);
            assertThat(deviceCancels).as("the running exchange is another's").hasValue(0);
            assertThat(queued.isCancelled()).isTrue();

            worker.cancel(running);
            assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("released");
            assertThat(deviceCancels).hasValue(1);
            assertThat(worker.submit(DevicePrompts.NONE, (s, p) -> "ready").get(5, TimeUnit.SECONDS)).isEqualTo("ready");
            assertThat(secondRan).as("a job cancelled before it started never runs").isFalse();
        }
    }
}
