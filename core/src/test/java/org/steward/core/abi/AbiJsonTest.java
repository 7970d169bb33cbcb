package org.steward.core.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbiJsonTest {

    @Test
    void readsFunctionsFromAnArtifactAndSkipsEventsAndErrors() {
        String artifact = """
                {"contractName":"T","abi":[
                  {"type":"event","name":"Transfer","inputs":[]},
                  {"type":"error","name":"Nope","inputs":[]},
                  {"type":"function","name":"execute","stateMutability":"payable","inputs":[
                    {"name":"calls","type":"tuple[]","components":[{"name":"target","type":"address"},{"name":"data","type":"bytes"}]},
                    {"name":"n","type":"uint"}]},
                  {"constant":true,"name":"owner","inputs":[],"type":"function"}
                ]}""";
        List<AbiFunction> fs = AbiJson.functions(artifact);
        assertThat(fs).extracting(AbiFunction::signature).containsExactly("execute((address,bytes)[],uint256)", "owner()");
        assertThat(fs.get(0).payable()).isTrue();
        assertThat(fs.get(1).readOnly()).isTrue();
        assertThat(fs.get(0).display()).isEqualTo("execute((address,bytes)[] calls, uint256 n)");
    }

    @Test
    void saysWhatIsWrongWithSomethingThatIsNotAnAbi() {
        assertThatThrownBy(() -> AbiJson.functions("{not json")).isInstanceOf(AbiException.class).hasMessageStartingWith("This is not JSON");
        assertThatThrownBy(() -> AbiJson.functions("{\"a\":1}")).hasMessageStartingWith("This JSON holds no ABI");
        assertThatThrownBy(() -> AbiJson.functions("[{\"type\":\"function\",\"name\":\"f\",\"inputs\":[{\"name\":\"x\"}]}]"))
                .hasMessageContaining("has no type");
    }

    @Test
    void parsesHumanReadableDeclarations() {
        AbiFunction f = AbiFunction.parse("function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns (uint256)");
        assertThat(f.selectorHex()).isEqualTo("0x7d5e81e2");
        assertThat(AbiFunction.parse("castVote(uint256,uint8)").selectorHex()).isEqualTo("0x56781388");
    }
}
