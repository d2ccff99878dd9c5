package dev.statuslab.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON document as a tree of labelled nodes, for a folding view: an object reads
 * {@code name {3}}, an array {@code name [2]}, a value {@code name: "text"} (as JSON writes it).
 *
 * @param label    what the row shows
 * @param children the members or items, in document order; empty for a value
 */
public record JsonTree(String label, List<JsonTree> children) {

    private static final JsonFactory FACTORY = new JsonFactory();

    public JsonTree {
        children = List.copyOf(children);
    }

    /** The tree of {@code text}, or empty when it is not one whole JSON document. */
    public static Optional<JsonTree> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            JsonTree tree = read("(root)", parser, first);
            return parser.nextToken() == null ? Optional.of(tree) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static JsonTree read(String name, JsonParser parser, JsonToken token) throws IOException {
        List<JsonTree> children = new ArrayList<>();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                children.add(read(key, parser, parser.nextToken()));
            }
            return new JsonTree(name + " {" + children.size() + "}", children);
        }
        if (token == JsonToken.START_ARRAY) {
            for (JsonToken next = parser.nextToken();
                    next != null && next != JsonToken.END_ARRAY;
                    next = parser.nextToken()) {
                children.add(read("[" + children.size() + "]", parser, next));
            }
            return new JsonTree(name + " [" + children.size() + "]", children);
        }
        if (token == null) {
            throw new IOException("the document ends early");
        }
        String value = token == JsonToken.VALUE_STRING
                ? "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(parser.getText())) + "\""
                : parser.getText();
        return new JsonTree(name + ": " + value, children);
    }
}
