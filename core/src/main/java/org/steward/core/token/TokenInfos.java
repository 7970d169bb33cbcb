package org.steward.core.token;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;

/**
 * Name, symbol and decimals of the tokens on one chain, read from the contract once and then kept
 * in the history file: a token's metadata does not change in practice, and reading it again for
 * every screen would cost three calls per token per refresh. A token whose contract answered
 * nothing usable (no decimals) is not kept, so a later look asks again. Blocking: background tasks only.
 */
public final class TokenInfos {

    /** What the chain says of one token; {@link TokenMetadataReader#read} bound to a client. */
    @FunctionalInterface
    public interface Source {
        TokenInfo read(Address token);
    }

    private final ChainId chain;
    private final Optional<TokenInfoStore> store;
    private final Source source;
    private final Map<Address, TokenInfo> known = new ConcurrentHashMap<>();

    /** @param store empty when there is no history file (a one-shot command) */
    public TokenInfos(ChainId chain, Optional<TokenInfoStore> store, Source source) {
        this.chain = Objects.requireNonNull(chain);
        this.store = Objects.requireNonNull(store);
        this.source = Objects.requireNonNull(source);
    }

    /** Token facts on {@code chain}'s connection, kept in {@code history}: one per profile or desk. */
    public static TokenInfos over(org.steward.core.chain.ChainConnection chain, org.steward.core.history.HistoryStore history) {
        return new TokenInfos(chain.network().chainId(), Optional.of(new TokenInfoStore(history)), t -> TokenMetadataReader.read(chain.get(), t));
    }

    public TokenInfo of(Address token) {
        TokenInfo cached = known.get(token);
        if (cached != null) {
            return cached;
        }
        TokenInfo info = store.flatMap(s -> s.get(chain, token)).orElse(null);
        if (info == null) {
            info = source.read(token);
            if (info.decimals().isPresent()) {
                TokenInfo read = info;
                store.ifPresent(s -> s.put(chain, read));
            }
        }
        if (info.decimals().isPresent()) {
            known.put(token, info);
        }
        return info;
    }

    /** What is already known, without asking the chain: for places that must not block on the network. */
    public Optional<TokenInfo> known(Address token) {
        return Optional.ofNullable(known.get(token));
    }

    public ChainId chain() {
        return chain;
    }
}
