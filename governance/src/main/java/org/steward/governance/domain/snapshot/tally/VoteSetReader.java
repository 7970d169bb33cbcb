package org.steward.governance.domain.snapshot.tally;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.UserFacingException;

/**
 * Reads snapshot.js's voting example format
 * ({@code {"proposal":{"choices":[...]},"strategies":[...],"votes":[{"choice","balance","scores"}]}})
 * with a streaming parser straight into a {@link VoteSet}: a million votes never become a million
 * objects. Values are interpreted as JavaScript would see them after {@code JSON.parse}.
 */
public final class VoteSetReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private VoteSetReader() {
    }

    public static VoteSet read(Reader source) {
        try (JsonParser p = FACTORY.createParser(source)) {
            return readRoot(p);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new UserFacingException("The votes file is not valid JSON (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + "): fix it or export it again.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VoteSet readRoot(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new UserFacingException("The votes file must be one JSON object with proposal, strategies and votes.");
        }
        int options = -1;
        int strategies = -1;
        VoteSet.Builder votes = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "proposal" -> options = value == JsonToken.START_OBJECT ? readChoiceCount(p) : skip(p);
                case "strategies" -> strategies = value == JsonToken.START_ARRAY ? countItems(p) : skip(p);
                case "votes" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new UserFacingException("\"votes\" in the votes file must be a list of votes.");
                    }
                    votes = readVotes(p);
                }
                default -> p.skipChildren();
            }
        }
        if (options < 0) {
            throw new UserFacingException("The votes file has no proposal.choices list: add the proposal's options.");
        }
        if (strategies < 0) {
            throw new UserFacingException("The votes file has no strategies list: add the proposal's strategies.");
        }
        if (votes == null) {
            throw new UserFacingException("The votes file has no votes list: add \"votes\": [] when nobody voted.");
        }
        return votes.build(options, strategies);
    }

    private static int skip(JsonParser p) throws IOException {
        p.skipChildren();
        return -1;
    }

    private static int readChoiceCount(JsonParser p) throws IOException {
        int count = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("choices") && value == JsonToken.START_ARRAY) {
                count = countItems(p);
            } else {
                p.skipChildren();
            }
        }
        return count;
    }

    private static int countItems(JsonParser p) throws IOException {
        int count = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            count++;
        }
        return count;
    }

    private static VoteSet.Builder readVotes(JsonParser p) throws IOException {
        VoteSet.Builder votes = VoteSet.builder();
        ObjectChoice objectChoice = new ObjectChoice();
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw new UserFacingException("Vote " + (index + 1) + " in the votes file is not an object with choice, balance and scores.");
            }
            votes.beginVote(VoteSet.OTHER, Double.NaN);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "choice" -> readChoice(p, value, votes, objectChoice);
                    case "balance" -> votes.balance(numberOrNaN(p, value));
                    case "scores" -> readScores(p, value, votes);
                    default -> p.skipChildren();
                }
            }
            votes.endVote();
            index++;
        }
        return votes;
    }

    private static void readScores(JsonParser p, JsonToken value, VoteSet.Builder votes) throws IOException {
        votes.clearScores();
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            votes.score(numberOrNaN(p, t));
        }
    }

    private static void readChoice(JsonParser p, JsonToken value, VoteSet.Builder votes, ObjectChoice objectChoice) throws IOException {
        votes.clearElements();
        switch (value) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                votes.shape(VoteSet.NUMBER);
                votes.element(JsNumbers.option(p.getDoubleValue()), 0);
            }
            case START_ARRAY -> {
                votes.shape(VoteSet.ARRAY);
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    votes.element(t.isNumeric() ? JsNumbers.option(p.getDoubleValue()) : VoteSet.NOT_AN_OPTION, 0);
                    p.skipChildren();
                }
            }
            case START_OBJECT -> {
                votes.shape(VoteSet.OBJECT);
                objectChoice.clear();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    objectChoice.put(key, numberOrNaN(p, p.nextToken()));
                }
                objectChoice.emitInJavaScriptOrder(votes);
            }
            default -> {
                votes.shape(VoteSet.OTHER);
                p.skipChildren();
            }
        }
    }

    private static double numberOrNaN(JsonParser p, JsonToken t) throws IOException {
        if (t.isNumeric()) {
            return p.getDoubleValue();
        }
        p.skipChildren();
        return Double.NaN;
    }

    /**
     * One weights object, kept as {@code JSON.parse} keeps it: a repeated key keeps its first
     * place and its last value; integer-like keys come first in ascending order, the rest in
     * insertion order.
     */
    private static final class ObjectChoice {
        private final List<String> keys = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();

        void clear() {
            keys.clear();
            values.clear();
        }

        void put(String key, double value) {
            int at = keys.indexOf(key);
            if (at >= 0) {
                values.set(at, value);
            } else {
                keys.add(key);
                values.add(value);
            }
        }

        void emitInJavaScriptOrder(VoteSet.Builder votes) {
            List<long[]> indexKeys = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                long index = JsNumbers.arrayIndex(keys.get(i));
                if (index >= 0) {
                    indexKeys.add(new long[] {index, i});
                }
            }
            indexKeys.sort((a, b) -> Long.compare(a[0], b[0]));
            for (long[] k : indexKeys) {
                int i = (int) k[1];
                votes.element(JsNumbers.keyOption(keys.get(i)), values.get(i));
            }
            for (int i = 0; i < keys.size(); i++) {
                if (JsNumbers.arrayIndex(keys.get(i)) < 0) {
                    votes.element(JsNumbers.keyOption(keys.get(i)), values.get(i));
                }
            }
        }
    }
}
