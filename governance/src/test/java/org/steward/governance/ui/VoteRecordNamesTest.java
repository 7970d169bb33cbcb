package org.steward.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.ProposalState;

/** My votes reads a hub vote's choice by name when the proposal is known, and as signed when it is not. */
class VoteRecordNamesTest {

    @Test
    void aWeightedVoteReadsAsSharesAndAnUnknownProposalAsSigned() throws Exception {
        HubVote vote = new HubVote("0x01", null, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", 1_700_000_000L, "0xab",
                new ObjectMapper().readTree("{\"1\":5,\"3\":5}"), "", "steward", 1.0, List.of(1.0), "final");
        HubProposal pools = new HubProposal("0xab", "", "stewarddao.eth", "0x0", 0, "1", "STW", "weighted", List.of(), "Pools", null, "",
                List.of("Stablecoins", "ETH", "STW"), 0, 1, 0, null, null, ProposalState.ACTIVE, "", "", List.of(), List.of(), "final", 0, 0, false, 0);
        assertThat(VoteRecord.of(vote, Map.of("0xab", pools)).choice()).isEqualTo("Stablecoins 50 % · STW 50 %");
        assertThat(VoteRecord.of(vote, Map.of()).choice()).isEqualTo("{\"1\":5,\"3\":5}");
    }
}
