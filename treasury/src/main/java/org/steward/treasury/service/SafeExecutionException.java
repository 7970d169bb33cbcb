package org.steward.treasury.service;

import java.util.Optional;
import org.steward.core.UserFacingException;

/** The Safe would refuse (or fail) an execution; {@link #safeErrorCode()} is its GS code when it gave one. */
public final class SafeExecutionException extends UserFacingException {

    private final String safeErrorCode;

    public SafeExecutionException(String message, Optional<String> safeErrorCode) {
        super(message);
        this.safeErrorCode = safeErrorCode.orElse(null);
    }

    public Optional<String> safeErrorCode() {
        return Optional.ofNullable(safeErrorCode);
    }
}
