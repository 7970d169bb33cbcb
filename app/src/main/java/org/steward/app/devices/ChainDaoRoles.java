package org.steward.app.devices;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.chain.ChainConnection;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.net.DaoProfile;
import org.steward.core.token.TokenInfo;
import org.steward.core.token.TokenInfos;
import org.steward.core.token.TokenMetadataReader;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.crypto.Hash;

/**
 * An account's place in the profile's DAO, in one JSON-RPC batch per account: Safe owner
 * ({@code isOwner}), voting power and delegation on the token ({@code getVotes}, {@code delegates}),
 * and the registry's roles ({@code hasRole}). A contract that does not answer leaves its part out:
 * the list is a guide for choosing an account, not a check made before signing.
 */
public final class ChainDaoRoles implements DaoRoles {

    private static final List<String> REGISTRY_ROLES = List.of("CURATOR_ROLE", "GUARDIAN_ROLE", "VALIDATOR_ROLE");

    private final DaoProfile profile;
    private final ChainConnection chain;
    private final TokenInfos tokens;

    /** Token facts read from the chain for this list alone: for a probe without a history file. */
    public ChainDaoRoles(DaoProfile profile, ChainConnection chain) {
        this(profile, chain, new TokenInfos(chain.network().chainId(), Optional.empty(), t -> chain.use(c -> TokenMetadataReader.read(c, t))));
    }

    /**
     * @param chain the profile's connection
     * @param tokens the voting token's symbol and decimals, as every screen of the profile reads them
     */
    public ChainDaoRoles(DaoProfile profile, ChainConnection chain, TokenInfos tokens) {
        this.profile = profile;
        this.chain = chain;
        this.tokens = tokens;
    }

    @Override
    public String of(Address account) {
        List<String> roles = new ArrayList<>();
        profile.safe().ifPresent(safe -> single(safe, call("isOwner", address(account))).filter(w -> w.signum() != 0)
                .ifPresent(w -> roles.add("Safe owner")));
        profile.token().ifPresent(token -> {
            single(token, call("getVotes", address(account))).filter(v -> v.signum() > 0)
                    .ifPresent(v -> roles.add(votes(token, v) + " votes"));
            single(token, call("delegates", address(account))).map(ChainDaoRoles::asAddress)
                    .filter(to -> !to.equals(Address.ZERO) && !to.equals(account))
                    .ifPresent(to -> roles.add("delegates to " + to.shortForm()));
        });
        profile.registry().ifPresent(registry -> {
            for (String role : REGISTRY_ROLES) {
                Bytes32 id = new Bytes32(Hash.sha3(role.getBytes(StandardCharsets.UTF_8)));
                single(registry, call("hasRole", id, address(account))).filter(w -> w.signum() != 0)
                        .ifPresent(w -> roles.add(role.replace("_ROLE", "").toLowerCase(java.util.Locale.ROOT)));
            }
        });
        return String.join(" · ", roles);
    }

    private Optional<BigInteger> single(Address to, byte[] data) {
        try {
            byte[] word = chain.use(c -> c.call(to, data));
            return word.length < 32 ? Optional.empty() : Optional.of(new BigInteger(1, java.util.Arrays.copyOfRange(word, 0, 32)));
        } catch (ChainException e) {
            return Optional.empty();
        }
    }

    private static byte[] call(String name, Type<?>... args) {
        return Hex.decode(FunctionEncoder.encode(new Function(name, List.of(args), List.of())));
    }

    private static org.web3j.abi.datatypes.Address address(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }

    private static Address asAddress(BigInteger word) {
        return Address.parse(String.format("0x%040x", word));
    }

    /** "400,000 STW" in the token's own symbol and decimals; a token that will not say reads in raw units of its address. */
    private String votes(Address token, BigInteger units) {
        try {
            return tokens.of(token).amount(units).text();
        } catch (ChainException e) {
            return TokenInfo.unknown(token).amount(units).text();
        }
    }
}
