package org.steward.devnet.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.UserFacingException;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.devnet.txservice.LoopbackTxService;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.share.SignedSafeTxFile;
import org.steward.treasury.service.share.SafeTxServiceClient;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/**
 * Sharing confirmations through a Transaction Service (the loopback double, which checks hashes,
 * signers and nonces against the devnet): propose with the first owner's device signature, confirm
 * with the second's, read the queue back verified, execute; a non-owner, a double confirmation and
 * a service that lies about the hash are all refused.
 */
@ExtendWith(DevnetExtension.class)
class TxServiceOnDevnetIT {

    @Test
    void proposeConfirmReadBackAndExecute(Devnet devnet, @TempDir Path dir) {
        try (SafeOnDevnet s = new SafeOnDevnet(devnet, "1.5.0", dir); LoopbackTxService service = LoopbackTxService.start(devnet.client())) {
            SafeTxServiceClient client = new SafeTxServiceClient(service.url(), "test-api-key");
            SafeDomain domain = s.domain();
            Address payee = SafeOnDevnet.freshAddress("tx service payee");
            SafeTx tx = SafeTx.call(payee, BigInteger.valueOf(7), new byte[0], s.state().nonce());

            client.propose(domain, tx, s.confirmations.signOffChain(s.ledgerOwner0, domain, tx, DevicePrompts.NONE));
            SafeSignature second = s.confirmations.signOffChain(s.oneKeyOwner1, domain, tx, DevicePrompts.NONE);
            client.confirm(client.pending(domain, tx.nonce()).get(0).safeTxHash(), second);
            assertThatThrownBy(() -> client.confirm(client.pending(domain, tx.nonce()).get(0).safeTxHash(), second))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("already exists");

            Account stranger = Account.of(SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour()), DerivationPath.bip44(7));
            SafeSignature notOwner = s.confirmations.signOffChain(stranger, domain, tx, DevicePrompts.NONE);
            assertThatThrownBy(() -> client.confirm(client.pending(domain, tx.nonce()).get(0).safeTxHash(), notOwner))
                    .hasMessageContaining("is not an owner");

            SignedSafeTxFile queued = client.pending(domain, tx.nonce()).get(0);
            assertThat(queued.tx()).isEqualTo(tx);
            assertThat(queued.signatures()).containsOnlyKeys(s.ledgerOwner0.address(), s.oneKeyOwner1.address());
            s.executor.execute(s.ledgerOwner2, domain, tx, queued.ownersSignatures(s.state().owners()), DevicePrompts.NONE);
            assertThat(s.balance(payee)).isEqualTo(BigInteger.valueOf(7));
            assertThat(client.pending(domain, tx.nonce())).as("executed: off the queue").isEmpty();

            SafeTx next = SafeTx.call(payee, BigInteger.ONE, new byte[0], s.state().nonce());
            client.propose(domain, next, s.confirmations.signOffChain(s.ledgerOwner0, domain, next, DevicePrompts.NONE));
            service.tamperWithHashes();
            assertThatThrownBy(() -> client.pending(domain, next.nonce())).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("refused").hasMessageNotContaining("test-api-key");
        }
    }
}
