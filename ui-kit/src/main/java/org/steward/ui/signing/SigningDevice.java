package org.steward.ui.signing;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.screen.DeviceModel;
import org.steward.core.sign.screen.ScreenPreview;

/**
 * The device the reviews preview: how its screens are derived, its model, and the account that
 * signs. Set by the shell with the signing account, like {@link org.steward.ui.control.SigningAccountLine};
 * until then the reviews page for a Ledger Nano X and show no screens.
 */
public final class SigningDevice {

    /** What a review needs to preview a request on the signing device. */
    public record Current(ScreenPreview preview, DeviceModel model, DerivationPath path, Address signer) {
    }

    private static final Current NONE = new Current(ScreenPreview.NONE, DeviceModel.NANO_X, DerivationPath.bip44(0), null);
    private static final ReadOnlyObjectWrapper<Current> CURRENT = new ReadOnlyObjectWrapper<>(NONE);

    private SigningDevice() {
    }

    /** On the FX thread. */
    public static void set(Current current) {
        CURRENT.set(current);
    }

    public static ReadOnlyObjectProperty<Current> current() {
        return CURRENT.getReadOnlyProperty();
    }

    /** The path requests are built with for a preview; the device screens never show it. */
    public static DerivationPath path() {
        return CURRENT.get().path();
    }
}
