package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** ChainClient against a real node: batched calls, reverts, balances. */
@ExtendWith(DevnetExtension.class)
class ChainClientOnDevnetIT {

    @Test
    void severalCallsTravelInOneBatchAndComeBackInOrder(Devnet devnet) {
        ChainClient client = devnet.client();
        DevnetDeployment d = devnet.deployment();
        Function threshold = new Function("getThreshold", List.of(), List.of(new TypeReference<Uint256>() { }));
        Function version = new Function("VERSION", List.of(), List.of(new TypeReference<Utf8String>() { }));
        Function symbol = new Function("symbol", List.of(), List.of(new TypeReference<Utf8String>() { }));

        List<byte[]> answers = client.callBatch(List.of(
                new ChainClient.Call(d.safe(), Hex.decode(FunctionEncoder.encode(threshold))),
                new ChainClient.Call(d.safe(), Hex.decode(FunctionEncoder.encode(version))),
                new ChainClient.Call(d.token(), Hex.decode(FunctionEncoder.encode(symbol)))));

        assertThat(decode(answers.get(0), threshold).getValue()).isEqualTo(BigInteger.TWO);
        assertThat(decode(answers.get(1), version).getValue()).isEqualTo("1.5.0");
        assertThat(decode(answers.get(2), symbol).getValue()).isEqualTo("STW");
    }

    @Test
    void aRevertedCallCarriesTheNodesReason(Devnet devnet) {
        Function notASafeFunction = new Function("getThreshold", List.of(), List.of(new TypeReference<Uint256>() { }));
        byte[] data = Hex.decode(FunctionEncoder.encode(notASafeFunction));
        assertThatThrownBy(() -> devnet.client().call(devnet.deployment().token(), data))
                .isInstanceOf(ChainException.class)
                .hasMessageContaining(devnet.deployment().token().checksummed())
                .hasMessageContaining("reverted (no reason given)");
    }

    @Test
    void demoAccountsAreFunded(Devnet devnet) {
        assertThat(devnet.client().balance(devnet.deployment().safeOwners().get(0)).value())
                .isGreaterThan(BigInteger.TEN.pow(21));
    }

    private static Type<?> decode(byte[] answer, Function f) {
        return FunctionReturnDecoder.decode(Hex.encode(answer), f.getOutputParameters()).get(0);
    }
}
