package org.steward.governance.domain.governor;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.core.governor.ProposalAction;
import org.web3j.abi.DefaultFunctionEncoder;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;

/**
 * A Governor proposal before it is sent: its actions and its Markdown description. The id is
 * OpenZeppelin's {@code hashProposal}, computed here so the person sees it before the device signs,
 * and so Steward can recognise the proposal on chain afterwards.
 */
public record ProposalDraft(List<ProposalAction> actions, String description) {

    public static final AbiFunction PROPOSE = AbiFunction.parse(
            "function propose(address[] targets, uint256[] values, bytes[] calldatas, string description)");
    public static final AbiFunction QUEUE = AbiFunction.parse(
            "function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)");
    public static final AbiFunction EXECUTE = AbiFunction.parse(
            "function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable");

    public ProposalDraft {
        actions = List.copyOf(actions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("a Governor proposal needs at least one action");
        }
        description = description == null ? "" : description;
    }

    /** The draft a ProposalCreated log describes: what queue and execute send again. */
    public static ProposalDraft of(org.steward.core.governor.GovernorEvent.Created created) {
        return new ProposalDraft(created.actions(), created.description());
    }

    public Hash32 descriptionHash() {
        return Hash32.of(Hash.sha3(description.getBytes(StandardCharsets.UTF_8)));
    }

    /** uint256(keccak256(abi.encode(targets, values, calldatas, descriptionHash))). */
    public BigInteger proposalId() {
        List<Type> values = List.of(targets(), values(), calldatas(), new Bytes32(descriptionHash().bytes()));
        return new BigInteger(1, Hash.sha3(Hex.decode("0x" + new DefaultFunctionEncoder().encodeParameters(values))));
    }

    public byte[] proposeCalldata() {
        return AbiCalls.encode(PROPOSE, List.of(targetsJson(), valuesJson(), calldatasJson(), description));
    }

    public byte[] queueCalldata() {
        return AbiCalls.encode(QUEUE, List.of(targetsJson(), valuesJson(), calldatasJson(), descriptionHash().hex()));
    }

    public byte[] executeCalldata() {
        return AbiCalls.encode(EXECUTE, List.of(targetsJson(), valuesJson(), calldatasJson(), descriptionHash().hex()));
    }

    /** The ETH the execute call must carry: the timelock forwards each action's value. */
    public BigInteger totalValue() {
        return actions.stream().map(ProposalAction::value).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** The first Markdown heading, else the first line: how Tally and the Governor UIs title a proposal. */
    public String title() {
        return ProposalTitle.of(description);
    }

    private DynamicArray<org.web3j.abi.datatypes.Address> targets() {
        return new DynamicArray<>(org.web3j.abi.datatypes.Address.class,
                actions.stream().map(a -> new org.web3j.abi.datatypes.Address(a.target().lowerHex())).toList());
    }

    private DynamicArray<Uint256> values() {
        return new DynamicArray<>(Uint256.class, actions.stream().map(a -> new Uint256(a.value())).toList());
    }

    private DynamicArray<DynamicBytes> calldatas() {
        return new DynamicArray<>(DynamicBytes.class, actions.stream().map(a -> new DynamicBytes(a.calldata())).toList());
    }

    private String targetsJson() {
        return json(actions.stream().map(a -> a.target().lowerHex()).toList());
    }

    private String valuesJson() {
        return json(actions.stream().map(a -> a.value().toString()).toList());
    }

    private String calldatasJson() {
        return json(actions.stream().map(a -> Hex.encode(a.calldata())).toList());
    }

    private static String json(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (String s : items) {
            b.append(b.length() > 1 ? "," : "").append('"').append(s).append('"');
        }
        return b.append(']').toString();
    }
}
