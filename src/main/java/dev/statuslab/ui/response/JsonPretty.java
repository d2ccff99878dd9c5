package dev.statuslab.ui.response;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;

/**
 * Indents JSON with Jackson's streaming API, token by token: key order, duplicate keys and the
 * exact digits of numbers are kept (no tree, no double rounding). A truncated preview is
 * indented as far as it goes.
 */
final class JsonPretty {

    /** Appended where a capped preview stops in the middle of a document. */
    static final String PREVIEW_ENDS = "\n… (the preview ends here)";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private JsonPretty() {
    }

    /**
     * The document indented by two spaces, or empty when the text is not one JSON value.
     *
     * @param truncated the text is a preview cut short: indent what parses, then stop
     */
    static Optional<String> print(String json, boolean truncated) {
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

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
