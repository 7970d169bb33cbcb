package org.steward.treasury.ui;

import java.net.URI;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.service.SafeServiceDesk;
import org.steward.treasury.service.share.ServiceQueue;
import org.steward.ui.ViewModel;

/**
 * The Queue tab's Transaction Service section: share the selected transaction's signatures with a
 * Safe Transaction Service, or fetch its queue into the local one, every item checked.
 */
public final class TxServiceViewModel extends ViewModel {

    private final SafeSession session;
    private final SafeQueueViewModel queue;
    private final SafeServiceDesk desk;
    private final StringProperty serviceUrl = new SimpleStringProperty(this, "serviceUrl", "");
    private final StringProperty serviceKey = new SimpleStringProperty(this, "serviceKey", "");

    /** @param queue whose selected transaction is shared */
    public TxServiceViewModel(SafeSession session, SafeQueueViewModel queue, SafeServiceDesk desk) {
        this.session = Objects.requireNonNull(session);
        this.queue = Objects.requireNonNull(queue);
        this.desk = Objects.requireNonNull(desk);
    }

    /** Sends the selected transaction's signatures to the Transaction Service; the API key never appears in a message. */
    public void share() {
        QueueRow row = queue.selected().get();
        SafeState s = session.state().get();
        if (row != null && s != null) {
            URI url = URI.create(serviceUrl.get().strip());
            String key = serviceKey.get();
            session.run("Share with the Transaction Service", p -> desk.share(url, key, s, row.queued()),
                    n -> session.report(n + " signature(s) sent to the service."));
        }
    }

    public void fetch() {
        SafeState s = session.state().get();
        if (s != null) {
            URI url = URI.create(serviceUrl.get().strip());
            String key = serviceKey.get();
            session.run("Read the Transaction Service's queue", p -> desk.fetch(url, key, s), q -> session.refresh(fetched(q)));
        }
    }

    /** How many were taken, then each refused item with the reason, so one bad item never hides the rest. */
    static String fetched(ServiceQueue q) {
        StringBuilder out = new StringBuilder(q.verified().size() + " transaction(s) read from the service, each hash checked.");
        for (ServiceQueue.Refused r : q.refused()) {
            out.append(" Refused ").append(r.safeTxHash().startsWith("0x") ? r.safeTxHash() : "an item").append(r.nonce().startsWith("(") ? "" : " (nonce " + r.nonce() + ")")
                    .append(": ").append(r.reason()).append('.');
        }
        return out.toString();
    }

    public StringProperty serviceUrl() {
        return serviceUrl;
    }

    /** Kept out of every message and log. */
    public StringProperty serviceKey() {
        return serviceKey;
    }
}
