package org.steward.treasury.service;

import java.net.URI;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.service.share.SafeQueue;
import org.steward.treasury.service.share.ServiceQueue;

/** Sharing the queue with a Safe Transaction Service. Blocking. */
public interface SafeServiceDesk {

    /** @return how many signatures went out */
    int share(URI service, String apiKey, SafeState state, SafeQueue.Queued queued);

    ServiceQueue fetch(URI service, String apiKey, SafeState state);
}
