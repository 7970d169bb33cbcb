package org.steward.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.notify.Notice;
import org.steward.core.notify.NoticeBoard;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.devnet.txservice.LoopbackTxService;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.service.TreasuryDesk;
import org.steward.treasury.service.share.SafeQueue;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/**
 * A co-signer elsewhere proposes and signs a payment through the Safe Transaction Service (the
 * loopback double, which checks hashes and owners against the chain); this machine has never seen
 * it, yet its notifications ask the other owners, and only them, for their signature.
 */
@ExtendWith(DevnetExtension.class)
class ProfileNoticesOnDevnetIT {

    @Test
    void aTransactionProposedOnTheServiceAsksTheOwnersWhoHaveNotSigned(Devnet devnet, @TempDir Path dir) {
        Account owner1 = Account.of(SimulatedDevices.oneKey(SimulatedSeed.demo(), new SimulatedBehaviour()), DerivationPath.bip44(1));
        Address safe = devnet.deployment().safe();
        try (LoopbackTxService service = LoopbackTxService.start(devnet.client());
             HistoryStore theirs = HistoryStore.open(dir.resolve("theirs.db"));
             HistoryStore mine = HistoryStore.open(dir.resolve("mine.db"));
             TreasuryDesk elsewhere = new TreasuryDesk(devnet.client().network(), safe, List.of(), theirs, () -> owner1)) {
            SafeState state = elsewhere.controls();
            SafeQueue.Queued queued = elsewhere.enqueue(state, SafeTx.call(Address.parse("0x00000000000000000000000000000000000beef1"),
                    BigInteger.TEN, new byte[0], state.nonce()), "co-signer");
            queued = elsewhere.confirmOffChain(state, queued, DevicePrompts.NONE);
            elsewhere.share(service.url(), null, state, queued);
            String hash = queued.safeTxHash().hex();

            DaoProfile profile = new DaoProfile("Demo", devnet.client().network(), Optional.empty(), Optional.empty(), Optional.of(safe),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(service.url()), Optional.empty(), Optional.empty());
            List<Address> owners = devnet.accounts().subList(0, 3);

            NoticeBoard.Poll forOwner0 = poll(profile, mine, Optional.of(owners.get(0)));
            assertThat(forOwner0.problems()).isEmpty();
            assertThat(forOwner0.entries()).extracting(e -> e.notice().kind(), e -> e.notice().target().subject())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Notice.Kind.SIGNATURE_WANTED, hash));
            assertThat(forOwner0.entries().get(0).notice().detail()).startsWith("nonce " + state.nonce() + " · 1 of 2 signatures");

            assertThat(poll(profile, mine, Optional.of(owners.get(1))).entries()).as("owner 1 has signed").isEmpty();
            assertThat(poll(profile, mine, Optional.of(devnet.accounts().get(5))).entries()).as("not an owner: nothing to sign").isEmpty();
        }
    }

    private static NoticeBoard.Poll poll(DaoProfile profile, HistoryStore history, Optional<Address> me) {
        try (org.steward.simulation.ChainSession chain = new org.steward.simulation.ChainSession(profile.network())) {
            ProfileNotices notices = new ProfileNotices(profile, history, chain, () -> me);
            return new NoticeBoard(history, notices.sources()).poll(System.currentTimeMillis() / 1000);
        }
    }
}
