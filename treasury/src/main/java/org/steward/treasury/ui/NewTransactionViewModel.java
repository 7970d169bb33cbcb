package org.steward.treasury.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.eth.Address;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.core.token.TokenInfo;
import org.steward.treasury.domain.MultiSendCall;
import org.steward.treasury.domain.OwnerChange;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxForms;
import org.steward.treasury.service.SafeImportDesk;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * The New transaction tab: an ETH payment, an ERC-20 transfer in whole tokens, a contract call,
 * owner and threshold changes, each queued at the next free nonce or collected into one batch;
 * and transactions imported from a Transaction Builder batch or a signed-transaction file.
 */
public final class NewTransactionViewModel extends ViewModel {

    private final SafeSession session;
    private final SafeImportDesk desk;
    private final TaskRunner runner;
    private final Function<Address, TokenInfo> tokens;
    private final BooleanProperty collecting = new SimpleBooleanProperty(this, "collecting");
    private final ObservableList<MultiSendCall> batch = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<MultiSendCall> batchView = FXCollections.unmodifiableObservableList(batch);
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final StringProperty tokenAmount = new SimpleStringProperty(this, "tokenAmount", "");
    private final ReadOnlyStringWrapper tokenUnit = new ReadOnlyStringWrapper(this, "tokenUnit", "");
    private final ReadOnlyStringWrapper tokenAmountProblem = new ReadOnlyStringWrapper(this, "tokenAmountProblem", "");
    /** What the token typed says of itself; empty until read, or when the field holds no address. */
    private Optional<TokenInfo> tokenInfo = Optional.empty();
    private String tokenReadFailure = "";

    /** @param tokens what a token contract says of itself (blocking: read in a background task) */
    public NewTransactionViewModel(SafeSession session, SafeImportDesk desk, TaskRunner runner, Function<Address, TokenInfo> tokens) {
        this.session = Objects.requireNonNull(session);
        this.desk = Objects.requireNonNull(desk);
        this.runner = Objects.requireNonNull(runner);
        this.tokens = Objects.requireNonNull(tokens);
        token.addListener((obs, before, now) -> readToken(now));
        tokenAmount.addListener((obs, before, now) -> checkTokenAmount());
    }

    public void payEth(String to, String ether) {
        build("Queue the payment", () -> SafeTxForms.payEth(to, ether, session.nextNonce()));
    }

    /** Transfers {@link #tokenAmount()} whole tokens of {@link #token()}, converted with the token's decimals. */
    public void payToken(String to) {
        if (tokenInfo.isEmpty()) {
            session.report(tokenReadFailure.isEmpty() ? "Check the form: type the token contract's address and wait for its symbol to show."
                    : "Check the form: " + tokenReadFailure);
            return;
        }
        TokenInfo info = tokenInfo.get();
        if (info.decimals().isEmpty()) {
            session.report("Check the form: " + noDecimals(info));
            return;
        }
        if (!tokenAmountProblem.get().isEmpty()) {
            session.report("Check the form: " + tokenAmountProblem.get());
            return;
        }
        String amount = tokenAmount.get();
        build("Queue the token transfer", () -> SafeTxForms.payToken(info.token().checksummed(), to, amount, info.decimals().get(), session.nextNonce()));
    }

    /** @param ether the value sent with the call, in ether; empty for none */
    public void call(String to, String ether, byte[] data) {
        if (data == null) {
            session.report("The call is not complete: fill every argument first.");
            return;
        }
        build("Queue the contract call", () -> SafeTxForms.call(to, ether, data, session.nextNonce()));
    }

    public void addOwner(String owner, String threshold) {
        build("Queue the owner change", () -> selfCall(OwnerChange.add(owners(), Address.parse(owner), Integer.parseInt(threshold.strip()))));
    }

    public void removeOwner(String owner, String threshold) {
        build("Queue the owner change", () -> selfCall(OwnerChange.remove(owners(), Address.parse(owner), Integer.parseInt(threshold.strip()))));
    }

    public void swapOwner(String oldOwner, String newOwner) {
        build("Queue the owner change", () -> selfCall(OwnerChange.swap(owners(), Address.parse(oldOwner), Address.parse(newOwner))));
    }

    public void changeThreshold(String threshold) {
        build("Queue the threshold change", () -> selfCall(OwnerChange.changeThreshold(owners(), Integer.parseInt(threshold.strip()))));
    }

    private List<Address> owners() {
        return session.state().get().owners();
    }

    private SafeTx selfCall(byte[] data) {
        return SafeTxForms.selfCall(session.state().get(), data, session.nextNonce());
    }

    /** Checks the form, then queues the transaction, or adds it to the batch while collecting. */
    private void build(String title, Supplier<SafeTx> tx) {
        if (session.state().get() == null) {
            session.report("The Safe has not been read yet: wait for the refresh.");
            return;
        }
        SafeTx built;
        try {
            built = tx.get();
        } catch (RuntimeException e) {
            session.report("Check the form: " + (e instanceof NumberFormatException ? "a threshold is a whole number." : UserMessages.sentence(e)));
            return;
        }
        if (collecting.get()) {
            batch.add(new MultiSendCall(built.operation(), built.to(), built.value(), built.data()));
            session.report(batch.size() + " call(s) collected: queue them as one batch when complete.");
            return;
        }
        session.enqueue(title, built, "built", "Queued: review it, then sign on your device.");
    }

    /** The collected calls as one transaction: a delegatecall to the version's canonical MultiSendCallOnly. */
    public void queueBatch() {
        SafeState s = session.state().get();
        if (s == null || batch.isEmpty()) {
            return;
        }
        SafeTx tx = SafeTxForms.batch(s, List.copyOf(batch), session.nextNonce());
        batch.clear();
        session.enqueue("Queue the batch", tx, "built", "Batch queued: review every call, then sign.");
    }

    public void importBuilder(String text) {
        SafeState s = session.state().get();
        session.run("Import the batch", p -> desk.importBuilder(s, text), q -> session.queued(q, "Batch imported: review every call before signing."));
    }

    public void importSigned(String text) {
        session.run("Import the signed transaction", p -> desk.importSigned(text), q -> session.queued(q, "Signatures merged into the queue."));
    }

    /** Reads the token's symbol and decimals as soon as the field holds an address; a later edit wins over an earlier read. */
    private void readToken(String text) {
        tokenInfo = Optional.empty();
        tokenReadFailure = "";
        tokenUnit.set("");
        Address address;
        try {
            address = Address.parse(text.strip());
        } catch (RuntimeException notYet) {
            checkTokenAmount();
            return;
        }
        checkTokenAmount();
        runner.run(BackgroundTask.of("Read the token's symbol and decimals", p -> tokens.apply(address))
                .onSuccess(info -> {
                    if (text.equals(token.get())) {
                        tokenInfo = Optional.of(info);
                        tokenUnit.set(info.label());
                        checkTokenAmount();
                    }
                })
                .onFailure(e -> {
                    if (text.equals(token.get())) {
                        tokenReadFailure = "the token's decimals could not be read: " + UserMessages.sentence(e);
                        checkTokenAmount();
                    }
                }));
    }

    /** The sentence beside the amount, once something was typed: what is wrong with it for this token. */
    private void checkTokenAmount() {
        String amount = tokenAmount.get();
        if (amount.isBlank() || tokenInfo.isEmpty()) {
            tokenAmountProblem.set(tokenReadFailure.isEmpty() ? "" : capitalised(tokenReadFailure));
            return;
        }
        TokenInfo info = tokenInfo.get();
        if (info.decimals().isEmpty()) {
            tokenAmountProblem.set(noDecimals(info));
            return;
        }
        try {
            SafeTxForms.smallestUnits(amount, info.decimals().get(), info.label());
            tokenAmountProblem.set("");
        } catch (RuntimeException e) {
            tokenAmountProblem.set(UserMessages.sentence(e));
        }
    }

    private static String noDecimals(TokenInfo info) {
        return info.label() + " gave no decimals Steward accepts, so an amount in whole tokens cannot be converted.";
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    public BooleanProperty collecting() {
        return collecting;
    }

    public ObservableList<MultiSendCall> batch() {
        return batchView;
    }

    /** The ERC-20 transfer's token contract, as typed. */
    public StringProperty token() {
        return token;
    }

    /** The ERC-20 transfer's amount in whole tokens, as typed ("12.5"). */
    public StringProperty tokenAmount() {
        return tokenAmount;
    }

    /** The token's symbol (or shortened address) once read, shown beside the amount. */
    public ReadOnlyStringProperty tokenUnit() {
        return tokenUnit.getReadOnlyProperty();
    }

    /** Empty, or why the amount typed cannot be sent in this token. */
    public ReadOnlyStringProperty tokenAmountProblem() {
        return tokenAmountProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return session.status();
    }
}
