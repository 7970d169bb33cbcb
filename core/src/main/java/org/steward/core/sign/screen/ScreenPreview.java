package org.steward.core.sign.screen;

import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.sign.SigningRequest;

/**
 * The screens a device will show for a request, derived from the bytes Steward would send it.
 * Implemented next to the device protocols (wallet-hw); the reviews use it through this port so
 * that the feature modules need no device code.
 */
public interface ScreenPreview {

    /**
     * @param model  the device model to page for
     * @param signer the address that signs (devices that show "Confirm address" show it)
     */
    List<DeviceScreen> screens(DeviceModel model, SigningRequest request, Address signer);

    /** No preview: used until the application names the device code that derives one. */
    ScreenPreview NONE = (model, request, signer) -> List.of();
}
