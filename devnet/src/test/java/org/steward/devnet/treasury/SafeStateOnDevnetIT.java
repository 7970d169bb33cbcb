package org.steward.devnet.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetExtension;
import org.steward.treasury.domain.SafeAbi;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.service.SafeReader;

/** SafeReader on the demo treasury: the storage-slot fields, token balances and modules, each moved by a real transaction. */
@ExtendWith(DevnetExtension.class)
class SafeStateOnDevnetIT {

    @TempDir
    Path dir;

    @Test
    void theStorageSlotsHoldTheDeployedSingletonAndFallbackHandler(Devnet devnet) {
        DevnetDeployment d = devnet.deployment();
        try (SafeOnDevnet s = new SafeOnDevnet(devnet, d.safe(), dir)) {
            SafeState state = s.state();
            assertThat(state.singleton()).isEqualTo(d.safeSingleton());
            assertThat(state.fallbackHandler()).isEqualTo(d.fallbackHandler());
            assertThat(state.guard()).isEqualTo(Address.ZERO);
            assertThat(state.chainId()).isEqualTo(d.chainId());
        }
    }

    @Test
    void anErc20TransferAndAnEnabledModuleAreReadBack(Devnet devnet) {
        DevnetDeployment d = devnet.deployment();
        try (SafeOnDevnet s = new SafeOnDevnet(devnet, d.safe(), dir)) {
            SafeState before = s.state();
            BigInteger held = before.tokenBalances().get(d.token());
            assertThat(held).as("the demo treasury's STW").isPositive();
            Address recipient = SafeOnDevnet.freshAddress("token recipient");
            Address module = SafeOnDevnet.freshAddress("module");

            assertThat(s.confirmByTwoAndExecute(SafeTx.call(d.token(), BigInteger.ZERO,
                    SafeAbi.erc20Transfer(recipient, BigInteger.valueOf(5)), before.nonce())).succeeded()).isTrue();
            assertThat(s.confirmByTwoAndExecute(SafeTx.call(d.safe(), BigInteger.ZERO,
                    SafeAbi.enableModule(module), before.nonce().add(BigInteger.ONE))).succeeded()).isTrue();

            SafeState after = s.state();
            assertThat(after.tokenBalances().get(d.token())).isEqualTo(held.subtract(BigInteger.valueOf(5)));
            assertThat(after.modules()).containsExactly(module);
            assertThat(after.nonce()).isEqualTo(before.nonce().add(BigInteger.TWO));
        }
    }

    @Test
    void aContractWithoutBalanceOfInTheTokenListIsNamed(Devnet devnet) {
        DevnetDeployment d = devnet.deployment();
        SafeReader reader = new SafeReader(devnet.client());

        assertThatThrownBy(() -> reader.read(d.safe(), List.of(d.token(), d.governor())))
                .isInstanceOf(ChainException.class)
                .hasMessage("balanceOf on " + d.governor() + " failed (no reason given), so it is not an ERC-20 token on chain 31337: "
                        + "remove it from the token list.");
    }
}
