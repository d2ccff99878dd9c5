package dev.statuslab.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;

/**
 * JSON text as the window shows it. Indents JSON with Jackson's streaming API, token by token: key order, duplicate keys and the
 * exact digits of numbers are kept (no tree, no double rounding). A truncated preview is
 * indented as far as it goes.
 */
public final class JsonText {

    /** Appended where a capped preview stops in the middle of a document. */
    public static final String PREVIEW_ENDS = "\n… (the preview ends here)";

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();

    private JsonText() {}

    /**
     * The document indented by two spaces, or empty when the text is not one JSON value.
     *
     * @param truncated the text is a preview cut short: indent what parses, then stop
     */
    public static Optional<String> print(String json, boolean truncated) {
        StringWriter out = new StringWriter(json.length() + json.length() / 4);
        int depth = 0;
        boolean rootDone = false;
        try (JsonParser parser = FACTORY.createParser(json);
                JsonGenerator generator = FACTORY.createGenerator(out).setPrettyPrinter(printer())) {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (rootDone) {
                        return Optional.empty();
                    }
                    switch (token) {
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
                        default -> generator.copyCurrentEvent(parser);
                    }
                    if (token.isStructStart()) {
                        depth++;
                    } else if (token.isStructEnd()) {
                        depth--;
                    }
                    rootDone = depth == 0;
                }
            } catch (IOException e) {
                generator.flush();
                if (!truncated || out.getBuffer().length() == 0) {
                    return Optional.empty();
                }
                return Optional.of(out + PREVIEW_ENDS);
            }
            generator.flush();
            return rootDone ? Optional.of(out.toString()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * "" for one well-formed JSON document, else where and why it breaks ("Invalid JSON at line 2,
     * column 5: …"). Streams the text: nothing but the parser's buffer is held.
     */
    public static String problem(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return "Invalid JSON: no content";
            }
            parser.skipChildren();
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                return "Invalid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + ": content after the document ('" + parser.getText() + "')";
            }
            return "";
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String reason = StrictJson.readable(e.getOriginalMessage());
            return at == null
                    ? "Invalid JSON: " + reason
                    : "Invalid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + reason;
        } catch (IOException e) {
            return "Invalid JSON: " + e.getMessage();
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators =
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
