package dev.statuslab.core.transcript;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming cursor over a HAR file: typed reads of the current value that fail with a
 * {@link HarFormatException} naming the value's path ({@code log.entries[3].response.status}),
 * and loops over objects and arrays. The path comes from the parser's own context, so it costs
 * nothing until a message needs it.
 */
final class HarInput {

    /** Reads the value of one field; the parser is on its first token and must be left on its last. */
    @FunctionalInterface
    interface FieldReader {
        void read(String name) throws IOException;
    }

    /** Reads one element of an array, with the same contract as {@link FieldReader}. */
    @FunctionalInterface
    interface ItemReader {
        void read() throws IOException;
    }

    private final JsonParser parser;

    HarInput(JsonParser parser) {
        this.parser = parser;
    }

    JsonParser parser() {
        return parser;
    }

    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    /**
     * Reads an object field by field; fails when it is not an object or lacks one of the
     * {@code required} fields (a field that is null counts as missing).
     */
    void object(FieldReader fields, String... required) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error("expected an object");
        }
        boolean[] seen = new boolean[required.length];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            for (int i = 0; i < required.length; i++) {
                if (required[i].equals(name) && value != JsonToken.VALUE_NULL) {
                    seen[i] = true;
                }
            }
            fields.read(name);
        }
        for (int i = 0; i < required.length; i++) {
            if (!seen[i]) {
                throw errorAt(required[i], "missing (HAR 1.2 requires it)");
            }
        }
    }

    /** Reads an array element by element; fails when it is not an array. */
    void array(ItemReader items) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error("expected an array");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.read();
        }
    }

    /** An array of {name, value} objects, as HAR writes headers, cookies, query strings. */
    List<Header> pairs() throws IOException {
        List<Header> out = new ArrayList<>();
        array(() -> {
            String[] nameValue = new String[2];
            object(
                    field -> {
                        switch (field) {
                            case "name" -> nameValue[0] = string();
                            case "value" -> nameValue[1] = string();
                            default -> skip();
                        }
                    },
                    "name",
                    "value");
            out.add(new Header(nameValue[0], nameValue[1]));
        });
        return out;
    }

    Headers headers() throws IOException {
        return Headers.of(pairs());
    }

    void skip() throws IOException {
        parser.skipChildren();
    }

    String string() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw error("expected a string");
        }
        return parser.getText();
    }

    /** A string, or null for JSON null (optional fields). */
    String optionalString() throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : string();
    }

    double number() throws IOException {
        if (!parser.currentToken().isNumeric()) {
            throw error("expected a number");
        }
        return parser.getDoubleValue();
    }

    /** An optional number: {@code fallback} for JSON null. */
    double number(double fallback) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? fallback : number();
    }

    long wholeNumber() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        double value = number();
        if (value != Math.rint(value) || Math.abs(value) > 1e15) {
            throw error("expected a whole number");
        }
        return (long) value;
    }

    boolean bool() throws IOException {
        JsonToken t = parser.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error("expected true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** An error at the current value (or, on an end token, at the object or array it closes). */
    HarFormatException error(String reason) {
        return new HarFormatException(here(), reason);
    }

    /** An error at a field of the current object. */
    HarFormatException errorAt(String field, String reason) {
        String at = here();
        return new HarFormatException(at.isEmpty() ? field : at + "." + field, reason);
    }

    /** The path of the current value, e.g. {@code log.entries[3].response.status}. */
    String here() {
        return path(parser.getParsingContext());
    }

    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            } else if (c.inArray() && c.hasCurrentIndex()) {
                parts.add(0, "[" + c.getCurrentIndex() + "]");
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
