package org.steward.core.sign;

import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/** ecrecover: which address made a signature over a digest, and the check that it is the expected one. */
public final class SignatureVerifier {

    private SignatureVerifier() {
    }

    public static Address recover(Hash32 digest, EcdsaSignature signature) {
        BigInteger key = Sign.recoverFromSignature(signature.yParity(),
                new ECDSASignature(signature.rValue(), signature.sValue()), digest.bytes());
        if (key == null) {
            throw new SignerException(SignerException.Reason.PROTOCOL);
        }
        return Address.parse("0x" + Keys.getAddress(key));
    }

    /** Throws {@link SignerException.Reason#WRONG_SIGNER} unless the signature over the request recovers to {@code expected}. */
    public static void requireSignedBy(SigningRequest request, EcdsaSignature signature, Address expected) {
        if (!recover(request.digest(), signature).equals(expected)) {
            throw new SignerException(SignerException.Reason.WRONG_SIGNER);
        }
    }
}
