package org.steward.ui.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Hex;

class CallBuilderViewModelTest {

    private static final String TO = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

    @Test
    void encodesOnlyWhenEveryArgumentFitsAndPreviewsTheBytes() {
        CallBuilderViewModel m = new CallBuilderViewModel(Erc20Functions.all());
        assertThat(m.selected().get()).isEqualTo(Erc20Functions.TRANSFER);
        assertThat(m.calldata().get()).isNull();
        assertThat(m.preview().get()).as("nothing typed yet: a hint, no error").isEqualTo(CallBuilderViewModel.NOT_FILLED);

        m.arguments().get(0).text().set(TO);
        assertThat(m.preview().get()).as("the empty amount is still to fill in").isEqualTo(CallBuilderViewModel.NOT_FILLED);
        m.arguments().get(1).text().set("12x");
        assertThat(m.calldata().get()).isNull();
        assertThat(m.preview().get()).isEqualTo("Argument \"amount\" (uint256): \"12x\" is not a whole number (decimal, or hex with 0x).");

        m.arguments().get(1).text().set("1000");
        assertThat(m.calldataHex().get()).isEqualTo("0xa9059cbb000000000000000000000000" + TO.substring(2).toLowerCase()
                + "00000000000000000000000000000000000000000000000000000000000003e8");
        assertThat(m.preview().get()).contains("to (address): " + TO).contains("amount (uint256): 1000");
    }

    @Test
    void switchingFunctionsResetsTheArguments() {
        CallBuilderViewModel m = new CallBuilderViewModel(Erc20Functions.all());
        m.fill(List.of(TO, "5"));
        assertThat(m.calldata().get()).isNotNull();
        m.select(Erc20Functions.TRANSFER_FROM);
        assertThat(m.arguments()).extracting(a -> a.param().name()).containsExactly("from", "to", "amount");
        assertThat(m.calldata().get()).isNull();
    }

    @Test
    void loadsAPastedAbiAndKeepsTheOldOneWhenItCannot() {
        CallBuilderViewModel m = new CallBuilderViewModel(Erc20Functions.all());
        m.loadAbi("not json");
        assertThat(m.abiError().get()).startsWith("This is not JSON");
        assertThat(m.functions()).hasSize(3);

        m.loadAbi("[{\"type\":\"function\",\"name\":\"setParam\",\"stateMutability\":\"nonpayable\",\"inputs\":"
                + "[{\"name\":\"key\",\"type\":\"bytes32\"},{\"name\":\"value\",\"type\":\"uint256\"}]},"
                + "{\"type\":\"function\",\"name\":\"params\",\"stateMutability\":\"view\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\"}]}]");
        assertThat(m.abiError().get()).isEmpty();
        assertThat(m.functions()).extracting(AbiFunction::signature).containsExactly("setParam(bytes32,uint256)");
        m.fill(List.of(Hex.encode(new byte[32]), "7"));
        assertThat(m.calldata().get()).hasSize(4 + 64);
    }
}
