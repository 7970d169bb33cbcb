package org.steward.devnet.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.task.Progress;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.treasury.domain.timelock.TimelockCalls;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.domain.timelock.TimelockOperation;
import org.steward.treasury.domain.timelock.TimelockState;
import org.steward.treasury.service.timelock.TimelockReader;
import org.web3j.crypto.Hash;

/**
 * The Safe as a TimelockController's proposer and executor: schedule (single and batch) and cancel
 * as Safe transactions signed on simulated devices, the delay waited out, then execute; the
 * operation ids computed locally equal the timelock's own hashOperation / hashOperationBatch.
 */
@ExtendWith(DevnetExtension.class)
class TimelockThroughSafeOnDevnetIT {

    private static final long DELAY = 3600;

    @Test
    void scheduleWaitExecuteAndCancelAsSafeTransactions(Devnet devnet, @TempDir Path dir) {
        try (SafeOnDevnet s = new SafeOnDevnet(devnet, devnet.deployment().safe(), dir)) {
            Address timelock = devnet.deployTimelock(DELAY, List.of(s.safe), List.of(s.safe));
            Address payee = SafeOnDevnet.freshAddress("timelock payee");
            TimelockOperation pay = new TimelockOperation(List.of(new TimelockOperation.Call(payee, BigInteger.TEN, new byte[0])),
                    TimelockOperation.NONE, Hash32.of(Hash.sha3("salt-1".getBytes())));
            assertThat(onChainId(s, timelock, pay)).isEqualTo(pay.id());
            TimelockOperation batch = new TimelockOperation(List.of(new TimelockOperation.Call(payee, BigInteger.ONE, new byte[0]),
                    new TimelockOperation.Call(timelock, BigInteger.ZERO, AbiCalls.encode(AbiFunction.parse("updateDelay(uint256)"), List.of("7200")))),
                    TimelockOperation.NONE, Hash32.of(Hash.sha3("salt-2".getBytes())));
            assertThat(onChainId(s, timelock, batch)).isEqualTo(batch.id());

            s.confirmByTwoAndExecute(TimelockCalls.schedule(timelock, pay, DELAY, s.state().nonce()));
            s.confirmByTwoAndExecute(TimelockCalls.schedule(timelock, batch, DELAY, s.state().nonce()));
            TimelockReader reader = new TimelockReader(s.client, timelock, s.store);
            List<TimelockEntry> waiting = reader.operations(Progress.NONE);
            assertThat(waiting).hasSize(2).allSatisfy(e -> {
                assertThat(e.state()).isEqualTo(TimelockState.WAITING);
                assertThat(e.idVerified()).isTrue();
                assertThat(e.eta() - e.scheduledAt()).isEqualTo(DELAY);
            });
            assertThat(waiting.get(0).operation().calls()).hasSize(2);

            s.confirmByTwoAndExecute(TimelockCalls.cancel(timelock, batch.id(), s.state().nonce()));
            devnet.increaseTime(DELAY + 1);
            devnet.mine(1);
            assertThat(reader.operations(Progress.NONE)).extracting(TimelockEntry::state)
                    .containsExactly(TimelockState.CANCELLED, TimelockState.READY);

            s.setBalance(s.safe, BigInteger.TEN.pow(18));
            s.confirmByTwoAndExecute(TimelockCalls.execute(timelock, pay, s.state().nonce()));
            assertThat(s.balance(payee)).isEqualTo(BigInteger.TEN);
            assertThat(reader.operations(Progress.NONE)).extracting(TimelockEntry::state)
                    .containsExactly(TimelockState.CANCELLED, TimelockState.DONE);
        }
    }

    private static Hash32 onChainId(SafeOnDevnet s, Address timelock, TimelockOperation op) {
        AbiFunction f = op.batch() ? AbiFunction.parse("hashOperationBatch(address[],uint256[],bytes[],bytes32,bytes32)")
                : AbiFunction.parse("hashOperation(address,uint256,bytes,bytes32,bytes32)");
        List<String> args = op.batch()
                ? List.of(json(op.calls().stream().map(c -> c.target().lowerHex()).toList()), json(op.calls().stream().map(c -> c.value().toString()).toList()),
                        json(op.calls().stream().map(c -> org.steward.core.eth.Hex.encode(c.data())).toList()), op.predecessor().hex(), op.salt().hex())
                : List.of(op.calls().get(0).target().lowerHex(), op.calls().get(0).value().toString(),
                        org.steward.core.eth.Hex.encode(op.calls().get(0).data()), op.predecessor().hex(), op.salt().hex());
        return Hash32.of(s.client.call(timelock, AbiCalls.encode(f, args)));
    }

    private static String json(List<String> items) {
        return items.stream().map(i -> "\"" + i + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
