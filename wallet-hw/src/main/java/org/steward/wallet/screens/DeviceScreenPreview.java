package org.steward.wallet.screens;

import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.sign.SigningRequest;
import org.steward.core.sign.screen.DeviceModel;
import org.steward.core.sign.screen.DeviceScreen;
import org.steward.core.sign.screen.ScreenPreview;
import org.steward.wallet.ledger.LedgerSigner;
import org.steward.wallet.trezor.OneKeySigner;

/**
 * The preview the reviews show: the request is encoded exactly as the signers encode it (the
 * Ledger APDUs, the OneKey request message) and those bytes are read the way the device reads them.
 */
public final class DeviceScreenPreview implements ScreenPreview {

    private final boolean ledgerFullEip712;

    /**
     * @param ledgerFullEip712 whether the Ledger's Ethereum app takes full EIP-712 (1.9.19 and later;
     *                         GET CONFIGURATION says); otherwise typed data goes in hashed mode
     */
    public DeviceScreenPreview(boolean ledgerFullEip712) {
        this.ledgerFullEip712 = ledgerFullEip712;
    }

    @Override
    public List<DeviceScreen> screens(DeviceModel model, SigningRequest request, Address signer) {
        if (model.isLedger()) {
            return LedgerApduScreens.of(model, LedgerSigner.requestApdus(request, ledgerFullEip712));
        }
        return OneKeyScreens.of(OneKeySigner.requestMessage(request), signer);
    }
}
