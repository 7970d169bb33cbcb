package org.steward.registry.service;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedCall;
import org.steward.core.abi.tree.CallTree;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.chain.PreparedCall;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.format.Shown;
import org.steward.core.governor.ProposalAction;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.registry.domain.ParameterUnits;
import org.steward.registry.domain.RegistryParams;

/**
 * The provider, curator, challenger and guardian calls of the model registry, each prepared with
 * its decoded preview before the device is asked, and the Governor proposals that slash or change a parameter.
 */
public final class RegistryActions {

    private final Address registry;
    private final Address token;
    private final org.steward.core.token.TokenInfo tokenInfo;

    public RegistryActions(Address registry, Address token) {
        this(registry, org.steward.core.token.TokenInfo.unknown(token));
    }

    /** @param token the registry's token with what it says of itself, so approvals read in its symbol */
    public RegistryActions(Address registry, org.steward.core.token.TokenInfo token) {
        this.registry = registry;
        this.token = token.token();
        this.tokenInfo = token;
    }

    /** The registry pulls stake, endorsements and bonds with transferFrom: approve it first. */
    public PreparedCall approve(BigInteger amount) {
        return call("Allow the registry to take " + tokens(amount), token, Erc20Functions.APPROVE, registry.lowerHex(), amount.toString());
    }

    public PreparedCall register(String name, String version, Hash32 weightsHash, String metadataUri, BigInteger stake) {
        return call("Register model \"" + name + "\" " + version + " with " + tokens(stake) + " staked", registry, fn("register"), name, version, weightsHash.hex(), metadataUri, stake.toString());
    }

    public PreparedCall addStake(long modelId, BigInteger amount) {
        return call("Add " + tokens(amount) + " stake to model " + modelId, registry, fn("addStake"), Long.toString(modelId), amount.toString());
    }

    public PreparedCall startUnbonding(long modelId, BigInteger amount) {
        return call("Start unbonding " + tokens(amount) + " of model " + modelId + "'s stake", registry, fn("startUnbonding"), Long.toString(modelId), amount.toString());
    }

    public PreparedCall withdraw(long modelId) {
        return call("Withdraw unbonded stake of model " + modelId, registry, fn("withdraw"), Long.toString(modelId));
    }

    public PreparedCall endorse(long modelId, BigInteger amount) {
        return call("Endorse model " + modelId + " with " + tokens(amount), registry, fn("endorse"), Long.toString(modelId), amount.toString());
    }

    public PreparedCall startEndorsementExit(long modelId, BigInteger amount) {
        return call("Start withdrawing " + tokens(amount) + " of your endorsement of model " + modelId, registry, fn("startEndorsementExit"), Long.toString(modelId),
                amount.toString());
    }

    public PreparedCall withdrawEndorsement(long modelId) {
        return call("Withdraw your endorsement of model " + modelId, registry, fn("withdrawEndorsement"), Long.toString(modelId));
    }

    public PreparedCall challenge(long modelId, String evidenceUri) {
        return call("Challenge model " + modelId, registry, fn("challenge"), Long.toString(modelId), evidenceUri);
    }

    public PreparedCall submitEvidence(long challengeId, String uri) {
        return call("Add evidence to challenge " + challengeId, registry, fn("submitEvidence"), Long.toString(challengeId), uri);
    }

    public PreparedCall cancelChallenge(long challengeId) {
        return call("Cancel challenge " + challengeId + " (its deadline passed undecided)", registry, fn("cancelChallenge"), Long.toString(challengeId));
    }

    public PreparedCall pause() {
        return call("Pause the registry (emergency)", registry, fn("pause"));
    }

    public PreparedCall unpause() {
        return call("Unpause the registry", registry, fn("unpause"));
    }

    /** A Governor proposal upholding {@code challengeId} with a slash of {@code slashBps}, described for voters. */
    public ProposalDraft proposeSlash(long challengeId, long modelId, int slashBps, String reason) {
        byte[] data = AbiCalls.encode(fn("resolveChallenge"), List.of(Long.toString(challengeId), "true", Integer.toString(slashBps)));
        String description = "# Slash model " + modelId + " for challenge " + challengeId + "\n\n"
                + "Uphold challenge " + challengeId + " and slash " + slashBps / 100.0 + "% of the model's stake, unbonding stake and endorsements.\n\n"
                + reason;
        return new ProposalDraft(List.of(new ProposalAction(registry, BigInteger.ZERO, data)), description);
    }

    /** A Governor proposal setting registry parameter {@code name} to {@code value}. */
    public ProposalDraft proposeParameter(String name, BigInteger value, String reason) {
        if (!RegistryParams.NAMES.contains(name)) {
            throw new IllegalArgumentException("the registry has no parameter " + name);
        }
        byte[] data = AbiCalls.encode(fn("setParam"), List.of(RegistryParams.key(name).hex(), value.toString()));
        // Voters read the value in its unit; the stored integer follows, since that is what the call sets.
        Shown shown = ParameterUnits.shown(name, value, tokenInfo);
        return new ProposalDraft(List.of(new ProposalAction(registry, BigInteger.ZERO, data)),
                "# Set " + ParameterUnits.title(name) + " to " + shown.text() + "\n\n`" + name + "` becomes " + value + ".\n\n" + reason);
    }

    /** "250 STW": a review's title reads the amount as the person typed it; the decoded call below it keeps the integer. */
    private String tokens(BigInteger amount) {
        return tokenInfo.amount(amount).text();
    }

    private static AbiFunction fn(String name) {
        return KnownCalls.REGISTRY.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private PreparedCall call(String title, Address to, AbiFunction f, String... args) {
        byte[] data = AbiCalls.encode(f, List.of(args));
        DecodedCall decoded = AbiCalls.decode(f, data);
        // The registry counts stakes, endorsements and bonds in its token, as the token counts its own approvals.
        CallTree tree = new CallTree(KnownCalls.ALL).names(a -> a.equals(registry) ? Optional.of("Model registry") : Optional.empty())
                .amounts(a -> a.equals(registry) || a.equals(token) ? Optional.of(tokenInfo) : Optional.empty());
        return new PreparedCall(title, to, BigInteger.ZERO, data, decoded.render(), tree.decoded(to, BigInteger.ZERO, decoded), "registry:" + f.name());
    }
}
