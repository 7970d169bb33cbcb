package org.steward.core.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/** Vectors from the Solidity ABI specification's "Examples" and "Use of Dynamic Types" sections. */
class AbiCallsTest {

    @Test
    void encodesTheSpecsStaticExample() {
        AbiFunction baz = AbiFunction.parse("function baz(uint32 x, bool y)");
        assertThat(baz.selectorHex()).isEqualTo("0xcdcd77c0");
        assertThat(Hex.encode(AbiCalls.encode(baz, List.of("69", "true")))).isEqualTo("0xcdcd77c0"
                + "0000000000000000000000000000000000000000000000000000000000000045"
                + "0000000000000000000000000000000000000000000000000000000000000001");
    }

    @Test
    void encodesTheSpecsFixedBytesArrayExample() {
        AbiFunction bar = AbiFunction.parse("bar(bytes3[2])");
        assertThat(Hex.encode(AbiCalls.encode(bar, List.of("[\"0x616263\", \"0x646566\"]")))).isEqualTo("0xfce353f6"
                + "6162630000000000000000000000000000000000000000000000000000000000"
                + "6465660000000000000000000000000000000000000000000000000000000000");
    }

    @Test
    void encodesTheSpecsDynamicExample() {
        AbiFunction sam = AbiFunction.parse("function sam(bytes name, bool z, uint[] data)");
        assertThat(sam.signature()).isEqualTo("sam(bytes,bool,uint256[])");
        assertThat(Hex.encode(AbiCalls.encode(sam, List.of("0x64617665", "true", "[1, 2, 3]")))).isEqualTo(SAM);
    }

    @Test
    void encodesTheSpecsMixedExample() {
        AbiFunction f = AbiFunction.parse("f(uint,uint32[],bytes10,bytes)");
        assertThat(Hex.encode(AbiCalls.encode(f, List.of("0x123", "[\"0x456\", \"0x789\"]", "0x31323334353637383930",
                "0x48656c6c6f2c20776f726c6421")))).isEqualTo(F);
    }

    @Test
    void encodesTheSpecsNestedDynamicArrays() {
        AbiFunction g = AbiFunction.parse("g(uint[][],string[])");
        assertThat(Hex.encode(AbiCalls.encode(g, List.of("[[1, 2], [3]]", "[\"one\", \"two\", \"three\"]")))).isEqualTo(G);
    }

    @Test
    void decodesTheSpecsExamplesBackToTheirValues() {
        DecodedCall sam = AbiCalls.decode(AbiFunction.parse("sam(bytes name, bool z, uint256[] data)"), Hex.decode(SAM));
        assertThat(sam.argument("name").raw()).isEqualTo("dave".getBytes());
        assertThat(sam.argument("z").raw()).isEqualTo(true);
        assertThat(sam.argument("data").value()).isEqualTo("[1, 2, 3]");

        DecodedCall f = AbiCalls.decode(AbiFunction.parse("f(uint256 a, uint32[] b, bytes10 c, bytes d)"), Hex.decode(F));
        assertThat(f.argument("a").raw()).isEqualTo(BigInteger.valueOf(0x123));
        assertThat(f.argument("b").value()).isEqualTo("[1110, 1929]");
        assertThat(f.argument("d").raw()).isEqualTo("Hello, world!".getBytes());

        DecodedCall g = AbiCalls.decode(AbiFunction.parse("g(uint256[][] a, string[] b)"), Hex.decode(G));
        assertThat(g.argument("a").value()).isEqualTo("[[1, 2], [3]]");
        assertThat(g.argument("b").value()).isEqualTo("[\"one\", \"two\", \"three\"]");
    }

    @Test
    void encodesAndDecodesTuples() {
        AbiFunction f = AbiFunction.parse("function put((address who, uint96 amount)[] items, (string label, bytes data) extra)");
        assertThat(f.signature()).isEqualTo("put((address,uint96)[],(string,bytes))");
        String alice = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        byte[] data = AbiCalls.encode(f, List.of("[[\"" + alice + "\", 5], [\"" + alice + "\", 7]]", "[\"hi\", \"0x0102\"]"));
        DecodedCall d = AbiCalls.decode(f, data);
        assertThat(d.argument("items").value()).isEqualTo("[[" + alice + ", 5], [" + alice + ", 7]]");
        assertThat(d.argument("extra").value()).isEqualTo("[\"hi\", 0x0102]");
    }

    @Test
    void erc20TransferMatchesItsWellKnownEncoding() {
        String to = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        byte[] data = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(to, "1000"));
        assertThat(Hex.encode(data)).isEqualTo("0xa9059cbb"
                + "0000000000000000000000005aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
                + "00000000000000000000000000000000000000000000000000000000000003e8");
        DecodedCall d = AbiCalls.decode(Erc20Functions.all(), data).orElseThrow();
        assertThat(d.argument("to").raw()).isEqualTo(Address.parse(to));
        assertThat(d.render()).isEqualTo("transfer(address to, uint256 amount)\n  to (address): " + to + "\n  amount (uint256): 1000");
    }

    @Test
    void namesTheArgumentThatDoesNotFit() {
        assertThatThrownBy(() -> AbiCalls.encode(Erc20Functions.TRANSFER, List.of("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "1")))
                .isInstanceOf(AbiException.class).hasMessageContaining("\"to\"").hasMessageContaining("checksum");
        assertThatThrownBy(() -> AbiCalls.validate(AbiParam.of("n", "uint8"), "256"))
                .hasMessage("Argument \"n\" (uint8): \"256\" is not a number from 0 to 255.");
        assertThatThrownBy(() -> AbiCalls.validate(AbiParam.of("n", "int8"), "-129")).hasMessageContaining("from -128 to 127");
        assertThatThrownBy(() -> AbiCalls.validate(AbiParam.of("ok", "bool"), "yes")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> AbiCalls.validate(AbiParam.of("h", "bytes32"), "0x12")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> AbiCalls.validate(AbiParam.of("xs", "uint256[2]"), "[1]")).hasMessageContaining("exactly 2 values");
    }

    @Test
    void refusesCallDataThatDoesNotDecodeCleanly() {
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "1"));
        byte[] dirty = transfer.clone();
        dirty[4] = 1;
        assertThatThrownBy(() -> AbiCalls.decode(Erc20Functions.TRANSFER, dirty)).hasMessageContaining("stray bytes");
        assertThatThrownBy(() -> AbiCalls.decode(Erc20Functions.TRANSFER, java.util.Arrays.copyOf(transfer, 40)))
                .hasMessageContaining("ends early");
        assertThatThrownBy(() -> AbiCalls.decode(Erc20Functions.APPROVE, transfer)).hasMessageContaining("different function");
        byte[] hugeLength = Hex.decode(SAM);
        hugeLength[4 + 3 * 32 + 31] = (byte) 0xff;
        hugeLength[4 + 3 * 32 + 30] = (byte) 0xff;
        assertThatThrownBy(() -> AbiCalls.decode(AbiFunction.parse("sam(bytes,bool,uint256[])"), hugeLength))
                .hasMessageContaining("larger than the data");
    }

    @Test
    void decodesReturnDataWithoutASelector() {
        byte[] ret = java.util.Arrays.copyOfRange(Hex.decode(F), 4, Hex.decode(F).length);
        List<DecodedArgument> values = AbiCalls.decodeReturn("uint256 a, uint32[] b, bytes10 c, bytes d", ret);
        assertThat(values).extracting(DecodedArgument::name).containsExactly("a", "b", "c", "d");
        assertThat(values.get(1).raw()).isEqualTo(List.of(BigInteger.valueOf(0x456), BigInteger.valueOf(0x789)));
    }

    static final String SAM = "0xa5643bf2"
            + "0000000000000000000000000000000000000000000000000000000000000060"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "00000000000000000000000000000000000000000000000000000000000000a0"
            + "0000000000000000000000000000000000000000000000000000000000000004"
            + "6461766500000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000003";

    static final String F = "0x8be65246"
            + "0000000000000000000000000000000000000000000000000000000000000123"
            + "0000000000000000000000000000000000000000000000000000000000000080"
            + "3132333435363738393000000000000000000000000000000000000000000000"
            + "00000000000000000000000000000000000000000000000000000000000000e0"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000456"
            + "0000000000000000000000000000000000000000000000000000000000000789"
            + "000000000000000000000000000000000000000000000000000000000000000d"
            + "48656c6c6f2c20776f726c642100000000000000000000000000000000000000";

    static final String G = "0x2289b18c"
            + "0000000000000000000000000000000000000000000000000000000000000040"
            + "0000000000000000000000000000000000000000000000000000000000000140"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000040"
            + "00000000000000000000000000000000000000000000000000000000000000a0"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "0000000000000000000000000000000000000000000000000000000000000060"
            + "00000000000000000000000000000000000000000000000000000000000000a0"
            + "00000000000000000000000000000000000000000000000000000000000000e0"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "6f6e650000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "74776f0000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000005"
            + "7468726565000000000000000000000000000000000000000000000000000000";
}
