package org.steward.governance.domain.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.governor.ProposalAction;
import org.web3j.crypto.Hash;

/**
 * Expected values computed independently with ethers 5.4.0 (contracts/node_modules):
 * {@code keccak256(defaultAbiCoder.encode(["address[]","uint256[]","bytes[]","bytes32"], …))} for the id, and
 * {@code keccak256(new Interface([propose]).encodeFunctionData(…))} for the call data. The devnet test
 * checks the same id against the deployed Governor's own {@code hashProposal}.
 */
class ProposalDraftTest {

    private static final String DESCRIPTION = "# Raise the challenge bond\n\nTo 200 STW.";
    private static final ProposalDraft DRAFT = new ProposalDraft(List.of(
            new ProposalAction(Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"), BigInteger.ZERO, Hex.decode("0x12345678")),
            new ProposalAction(Address.parse("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"), new BigInteger("1000000000000000000"), new byte[0])),
            DESCRIPTION);

    @Test
    void idEqualsOpenZeppelinsHashProposalAsEthersComputesIt() {
        assertThat(DRAFT.descriptionHash().hex()).isEqualTo("0xedf93f8306a3a842d57e0d8ca50adb5518d543863e08b4ae950569b31e6802e9");
        assertThat(DRAFT.proposalId()).isEqualTo(new BigInteger(
                "111468799850281021231200344787696108607226113863504089593331264669418965697204"));
    }

    @Test
    void proposeCallDataEqualsEthersEncoding() {
        assertThat(Hex.encode(Hash.sha3(DRAFT.proposeCalldata())))
                .isEqualTo("0x7088afce79b25b971625325d72454672b6e91e8cd62365016f173999d1062b9e");
    }

    @Test
    void queueAndExecuteCarryTheDescriptionHash() {
        assertThat(Hex.encode(DRAFT.queueCalldata())).startsWith("0x160cbed7");
        assertThat(Hex.encode(DRAFT.executeCalldata())).startsWith("0x2656227d");
        assertThat(DRAFT.totalValue()).isEqualTo(new BigInteger("1000000000000000000"));
    }

    @Test
    void titleIsTheFirstHeadingElseTheFirstLine() {
        assertThat(DRAFT.title()).isEqualTo("Raise the challenge bond");
        assertThat(new ProposalDraft(DRAFT.actions(), "\n  Slash model 9\nbecause").title()).isEqualTo("Slash model 9");
    }
}
