package org.steward.app.devices;

import org.steward.wallet.DeviceBus;

/**
 * The devices the app can sign with: real ones on USB, or the demo's simulators. Reached only
 * through {@link org.steward.wallet.DeviceSessions}, which opens each device once; both calls block.
 */
public interface DeviceCatalog extends DeviceBus {
}
