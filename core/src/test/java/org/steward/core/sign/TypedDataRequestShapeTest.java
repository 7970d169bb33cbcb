package org.steward.core.sign;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents that are not EIP-712 are refused with a sentence naming what is missing, never a NullPointerException. */
class TypedDataRequestShapeTest {

    private static final DerivationPath PATH = DerivationPath.parse("m/44'/60'/0'/0/0");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|no \"types\" object",
        "[]|must be a JSON object",
        "null|must be a JSON object",
        "{\"types\":{\"EIP712Domain\":[]}}|\"primaryType\" must name one of its types",
        "{\"types\":{\"EIP712Domain\":[],\"Mail\":[]},\"primaryType\":\"Mail\"}|no \"domain\" object",
        "{\"types\":{\"EIP712Domain\":[],\"Mail\":[]},\"primaryType\":\"Mail\",\"domain\":{}}|no \"message\" object",
        "{\"types\":|is not JSON",
    })
    void namesWhatIsMissing(String json, String sentence) {
        assertThatThrownBy(() -> TypedDataRequest.parse(PATH, json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(sentence)
                .hasMessageNotContaining("NullPointer");
    }
}
