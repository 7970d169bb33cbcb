package org.steward.app.account;

import java.util.Objects;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;

/**
 * The account a person signs with: which device (its key, which survives re-enumeration, and the
 * name it showed), which path on it, and the address that path gave when it was chosen. The
 * address is kept so that another device in the same place (another seed) is refused, never used.
 */
public record SigningChoice(String deviceKey, String deviceLabel, DerivationPath path, Address address) {

    public SigningChoice {
        Objects.requireNonNull(deviceKey, "deviceKey");
        Objects.requireNonNull(deviceLabel, "deviceLabel");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(address, "address");
    }

    /** "Ledger Nano X (simulated device) · m/44'/60'/0'/0/1 · 0x7099…79C8", as reviews name the signer. */
    public String describe() {
        return deviceLabel + " · " + path + " · " + address.checksummed();
    }
}
