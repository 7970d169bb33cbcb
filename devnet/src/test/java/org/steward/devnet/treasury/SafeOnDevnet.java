package org.steward.devnet.treasury;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.devnet.Devnet;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.treasury.service.SafeConfirmations;
import org.steward.treasury.service.SafeExecutor;
import org.steward.treasury.service.SafeReader;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.DefaultBlockParameterName;

/**
 * A fresh 2-of-3 Safe of one version on the devnet, its owners holding their keys in the
 * simulated devices (owner 0 a Ledger, owner 1 a OneKey, owner 2 a Ledger), and the services
 * wired to a history file of the test's own.
 */
final class SafeOnDevnet implements AutoCloseable {

    static final BigInteger ETHER = BigInteger.TEN.pow(18);

    final Devnet devnet;
    final ChainClient client;
    final Address safe;
    final Account ledgerOwner0;
    final Account oneKeyOwner1;
    final Account ledgerOwner2;
    final HistoryStore store;
    final SignedItems history;
    final SafeReader reader;
    final SafeConfirmations confirmations;
    final SafeExecutor executor;

    /** A new 2-of-3 Safe of {@code version} owned by accounts 0, 1 and 2, holding 10 ETH. */
    SafeOnDevnet(Devnet devnet, String version, Path historyDir) {
        this(devnet, devnet.createSafe(version, devnet.accounts().subList(0, 3), 2), historyDir);
        setBalance(safe, ETHER.multiply(BigInteger.TEN));
    }

    /** An existing Safe owned by accounts 0, 1 and 2, such as the devnet's demo treasury. */
    SafeOnDevnet(Devnet devnet, Address safe, Path historyDir) {
        this.devnet = devnet;
        this.client = devnet.client();
        this.safe = safe;
        SimulatedSeed seed = SimulatedSeed.demo();
        this.ledgerOwner0 = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(0));
        this.oneKeyOwner1 = Account.of(SimulatedDevices.oneKey(seed, new SimulatedBehaviour()), DerivationPath.bip44(1));
        this.ledgerOwner2 = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(2));
        this.store = HistoryStore.open(historyDir.resolve("steward.db"));
        this.history = new SignedItems(store);
        this.reader = new SafeReader(client);
        this.confirmations = new SafeConfirmations(client, history);
        this.executor = new SafeExecutor(client, history);
    }

    SafeState state() {
        return reader.read(safe, List.of(devnet.deployment().token()));
    }

    SafeDomain domain() {
        return state().domain();
    }

    /** Two off-chain EIP-712 confirmations (Ledger owner 0, OneKey owner 1), executed from owner 2's device. */
    SafeExecutor.Execution confirmByTwoAndExecute(SafeTx tx) {
        SafeDomain domain = domain();
        List<SafeSignature> sigs = List.of(
                confirmations.signOffChain(ledgerOwner0, domain, tx, DevicePrompts.NONE),
                confirmations.signOffChain(oneKeyOwner1, domain, tx, DevicePrompts.NONE));
        return executor.execute(ledgerOwner2, domain, tx, sigs, DevicePrompts.NONE);
    }

    /** An address nobody holds a key for, distinct per label, so each test pays a recipient of its own. */
    static Address freshAddress(String label) {
        byte[] h = Hash.sha3(label.getBytes(StandardCharsets.UTF_8));
        return Address.fromBytes(Arrays.copyOfRange(h, 12, 32));
    }

    BigInteger balance(Address a) {
        return client.balance(a).value();
    }

    BigInteger transactionCount(Address a) {
        try {
            return client.web3j().ethGetTransactionCount(a.lowerHex(), DefaultBlockParameterName.LATEST).send().getTransactionCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void setBalance(Address a, BigInteger wei) {
        devnet.setBalance(a, wei);
    }

    @Override
    public void close() {
        store.close();
    }
}
