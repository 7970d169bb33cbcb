package org.steward.registry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.token.TokenInfo;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.registry.domain.RegistryForms;
import org.steward.registry.domain.Parsed;
import org.steward.registry.domain.RegistryParams;

class RegistryActionsTest {

    private static final Address REGISTRY = Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    private static final TokenInfo STW = new TokenInfo(Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"), "Steward",
            Optional.of("STW"), Optional.of(18));

    @Test
    void aParameterProposalSetsTheStoredIntegerAndTellsVotersTheValueInItsUnit() {
        Parsed<BigInteger> typed = RegistryForms.parameterValue("unbondingPeriod", "14 days", STW);
        ProposalDraft draft = new RegistryActions(REGISTRY, STW).proposeParameter("unbondingPeriod", ((Parsed.Ok<BigInteger>) typed).value(),
                "Give curators time to react.");

        assertThat(Hex.encode(draft.actions().get(0).calldata())).isEqualTo(Hex.encode(AbiCalls.encode(AbiFunction.parse("setParam(bytes32,uint256)"),
                List.of(RegistryParams.key("unbondingPeriod").hex(), "1209600"))));
        assertThat(draft.description()).startsWith("# Set Unbonding period to 14 days\n\n`unbondingPeriod` becomes 1209600.")
                .endsWith("Give curators time to react.");
    }

    @Test
    void aReviewTitleReadsTheAmountInTheTokensSymbol() {
        BigInteger amount = ((Parsed.Ok<BigInteger>) RegistryForms.amount("250.5", STW)).value();
        assertThat(new RegistryActions(REGISTRY, STW).approve(amount).title()).isEqualTo("Allow the registry to take 250.5 STW");
        assertThat(new RegistryActions(REGISTRY, STW).endorse(16, amount).title()).isEqualTo("Endorse model 16 with 250.5 STW");
        assertThat(new RegistryActions(REGISTRY, STW).addStake(3, amount).decoded()).as("the call keeps the integer")
                .contains("250500000000000000000");
    }
}
