package org.steward.app.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.Settings;
import org.steward.core.sign.DerivationPath;

/** The signing account chosen for each DAO profile, kept in the history file's settings. */
public final class SigningChoices {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "signing-account:";

    private final Settings settings;

    public SigningChoices(HistoryStore history) {
        this.settings = new Settings(history);
    }

    public Optional<SigningChoice> forProfile(String profile) {
        return settings.get(PREFIX + profile).flatMap(SigningChoices::parse);
    }

    public void save(String profile, SigningChoice choice) {
        ObjectNode o = JSON.createObjectNode();
        o.put("deviceKey", choice.deviceKey());
        o.put("deviceLabel", choice.deviceLabel());
        o.put("path", choice.path().toString());
        o.put("address", choice.address().checksummed());
        settings.put(PREFIX + profile, o.toString());
    }

    /** A stored choice this version cannot read is forgotten rather than trusted: the person chooses again. */
    private static Optional<SigningChoice> parse(String text) {
        try {
            JsonNode o = JSON.readTree(text);
            return Optional.of(new SigningChoice(o.path("deviceKey").asText(), o.path("deviceLabel").asText(),
                    DerivationPath.parse(o.path("path").asText()), Address.parse(o.path("address").asText())));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
