package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.token.TokenInfo;
import org.steward.core.token.TokenMetadataReader;

/** name/symbol/decimals read from the devnet's real ERC-20 (an OpenZeppelin ERC20Votes) and from contracts that are no token. */
@ExtendWith(DevnetExtension.class)
class TokenMetadataOnDevnetIT {

    @Test
    void theDaoTokenSaysWhatItIs(Devnet devnet) {
        TokenInfo stw = TokenMetadataReader.read(devnet.client(), devnet.deployment().token());
        assertThat(stw.symbol()).contains("STW");
        assertThat(stw.decimals()).contains(18);
        assertThat(stw.name()).isNotBlank();
        assertThat(stw.amount(BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(200))).text()).isEqualTo("200 STW");
    }

    @Test
    void aContractThatIsNoTokenGivesNothingToBelieve(Devnet devnet) {
        // The Safe has no name(), symbol() or decimals(): its fallback handler answers or the call reverts; either way nothing is kept.
        TokenInfo safe = TokenMetadataReader.read(devnet.client(), devnet.deployment().safe());
        assertThat(safe.decimals()).isEmpty();
        assertThat(safe.label()).isEqualTo(devnet.deployment().safe().shortForm());
    }
}
