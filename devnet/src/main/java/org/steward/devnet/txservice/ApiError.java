package org.steward.devnet.txservice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * An answer other than success, with the status and body Django REST framework gives it in the
 * real service: serializer errors keyed by camelCased field ({@code nonFieldErrors} for the
 * serializer's own validate), {@code detail} for NotFound, the views' {@code code/message/arguments}.
 */
final class ApiError extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    final int status;
    final String body;

    private ApiError(int status, String body) {
        super(body);
        this.status = status;
        this.body = body;
    }

    /** Field errors: DRF's {@code serializer.errors}, one list of messages per camelCased field. */
    static ApiError fields(int status, Map<String, List<String>> errors) {
        ObjectNode o = JSON.createObjectNode();
        errors.forEach((field, messages) -> {
            ArrayNode list = o.putArray(field);
            messages.forEach(list::add);
        });
        return new ApiError(status, o.toString());
    }

    static ApiError field(int status, String field, String message) {
        return fields(status, Map.of(field, List.of(message)));
    }

    /** A ValidationError raised in a serializer's validate(): DRF files it under non_field_errors. */
    static ApiError nonField(int status, String message) {
        return field(status, "nonFieldErrors", message);
    }

    static ApiError detail(int status, String detail) {
        return new ApiError(status, JSON.createObjectNode().put("detail", detail).toString());
    }

    /** The views' own refusal of a path address that is not EIP-55 checksummed. */
    static ApiError checksum(String address) {
        ObjectNode o = JSON.createObjectNode().put("code", 1).put("message", "Checksum address validation failed");
        o.putArray("arguments").add(address);
        return new ApiError(422, o.toString());
    }

    /** {@code Response(status=404)} with no data, as SafeInfoView answers for a Safe it has not indexed. */
    static ApiError empty(int status) {
        return new ApiError(status, "");
    }
}
