package dev.statuslab.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The streaming half of {@link StrictJson}: a document into plain values, and readable parser messages. */
final class JsonValues {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonValues() {}

    /**
     * The whole document as plain values.
     *
     * @throws IOException when it is empty, not well-formed JSON, has a key twice in one object,
     *                     or goes on after its value
     */
    static Object parse(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() == null) {
                throw new IOException("the document is empty");
            }
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw new IOException("unexpected content after the document" + at(parser.currentLocation()));
            }
            return value;
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return token == JsonToken.VALUE_TRUE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token + at(parser.currentLocation()));
        }
    }

    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

    /**
     * A parser's message as a person should read it: its first line, with Jackson's
     * "[Source: REDACTED (…); line: 1, column: 1]" shortened to "line 1, column 1".
     */
    static String readable(String parserMessage) {
        if (parserMessage == null || parserMessage.isBlank()) {
            return "malformed JSON";
        }
        int newline = parserMessage.indexOf('\n');
        String first = newline < 0 ? parserMessage : parserMessage.substring(0, newline);
        return SOURCE_LOCATION.matcher(first).replaceAll("line $1, column $2");
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
