package org.steward.treasury.service;

import org.steward.core.chain.DeviceTransactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.SignatureVerifier;
import org.steward.core.sign.TypedDataRequest;
import org.steward.treasury.domain.SafeAbi;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.domain.SafeTxTypedData;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * An owner's confirmation of a Safe transaction, either as an EIP-712 signature made on the
 * device (kept off chain until execution) or as an on-chain {@code approveHash} sent from it.
 */
public final class SafeConfirmations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChainClient client;
    private final SignedItems history;
    private final DeviceTransactions transactions;

    public SafeConfirmations(ChainClient client, SignedItems history) {
        this.client = client;
        this.history = history;
        this.transactions = new DeviceTransactions(client, history);
    }

    /**
     * Signs the SafeTx's typed data on the device. The digest the device signs is derived from the
     * eth_signTypedData JSON by web3j and must equal the safeTxHash computed field by field, so two
     * independent encoders agree before the device is asked; the signature is verified against the
     * owner and stored before it is returned.
     */
    public SafeSignature.Eip712 signOffChain(DeviceTransactions.Account owner, SafeDomain domain, SafeTx tx, DevicePrompts prompts) {
        Hash32 safeTxHash = SafeTxHash.of(domain, tx).safeTxHash();
        TypedDataRequest request = TypedDataRequest.parse(owner.path(), SafeTxTypedData.json(domain, tx));
        if (!request.digest().equals(safeTxHash)) {
            throw new SafeInputException("The typed data would sign " + request.digest() + " but the transaction's safeTxHash is " + safeTxHash
                    + ": Steward refuses to sign; report this as a bug.");
        }
        EcdsaSignature signature = owner.signer().sign(request, prompts);
        SignatureVerifier.requireSignedBy(request, signature, owner.address());
        SafeSignature.Eip712 confirmation = SafeSignature.eip712(safeTxHash, signature.toRsv());
        history.store(new SignedItems.NewItem("safe-confirmation", domain.chainId().value(), owner.address(), safeTxHash.hex(),
                "Confirm Safe transaction " + safeTxHash + " of " + domain.safe() + " (nonce " + tx.nonce() + ")",
                JSON.createObjectNode()
                        .put("safe", domain.safe().checksummed())
                        .put("safeTxHash", safeTxHash.hex())
                        .put("signature", Hex.encode(confirmation.staticPart()))
                        .put("typedData", SafeTxTypedData.json(domain, tx))
                        .toString()));
        return confirmation;
    }

    /** {@code approveHash(safeTxHash)} from the owner's account, signed on its device. */
    public TransactionReceipt approveOnChain(DeviceTransactions.Account owner, SafeDomain domain, SafeTx tx, DevicePrompts prompts) {
        Hash32 safeTxHash = SafeTxHash.of(domain, tx).safeTxHash();
        TransactionReceipt receipt = transactions.send(owner, domain.safe(), SafeAbi.approveHash(safeTxHash),
                "Approve Safe transaction " + safeTxHash + " of " + domain.safe() + " on chain", prompts);
        if (!receipt.isStatusOK()) {
            throw new SafeInputException("approveHash from " + owner.address() + " failed in transaction " + receipt.getTransactionHash()
                    + ": check that the account is an owner of " + domain.safe() + ".");
        }
        return receipt;
    }

    /** v=1 entries for every owner whose {@code approvedHashes(owner, safeTxHash)} is set on chain, read in one batch. */
    public List<SafeSignature> onChainApprovals(Address safe, List<Address> owners, Hash32 safeTxHash) {
        List<ChainClient.Call> calls = owners.stream().map(o -> new ChainClient.Call(safe, SafeAbi.approvedHashes(o, safeTxHash))).toList();
        List<byte[]> answers = client.callBatch(calls);
        List<SafeSignature> out = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            if (new BigInteger(1, answers.get(i)).signum() != 0) {
                out.add(new SafeSignature.PreApproved(owners.get(i)));
            }
        }
        return out;
    }
}
