package dev.statuslab.ui.mocks;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HopByHop;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.Formats;
import dev.statuslab.ui.common.Limits;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * "Mock this response": a draft made from an exchange, with the request's method and path and the
 * response's status, reason phrase (only when it is not the registry's), headers and body. Fields
 * that belong to one connection or that the server sets itself are left out; a body that is not
 * text, compressed, on disk or too large to edit is left out too, and the draft's note says why.
 * Nothing here reads a file: it runs on the FX thread.
 */
final class ExchangeDrafts {

    private ExchangeDrafts() {}

    /** @throws IllegalArgumentException for an exchange without a response */
    static MockEditorViewModel draft(Exchange exchange, StatusCatalog statuses, List<MockRoute> others) {
        HttpResponse response = exchange.responseIfAny()
                .orElseThrow(() -> new IllegalArgumentException("that exchange has no response to mock"));
        List<String> notes = new ArrayList<>();
        String encoding =
                response.headers().first("Content-Encoding").orElse("identity").strip();
        boolean encoded = !encoding.isEmpty() && !encoding.equalsIgnoreCase("identity");
        String body = body(response.body(), encoded ? encoding : null, notes);

        String reason = response.statusLine().reason();
        boolean registryPhrase = response.code() >= 100
                && response.code() <= 599
                && statuses.describe(response.code()).reason().equals(reason);
        List<Header> headers = new ArrayList<>();
        for (Header h : response.headers()) {
            if (!HopByHop.notReplayed(h.name())
                    && !h.name().startsWith(":")
                    && !(encoded && h.is("Content-Encoding"))) {
                headers.add(h);
            }
        }
        MockEditorViewModel draft = new MockEditorViewModel(statuses, null, -1, others, String.join("; ", notes));
        draft.fill(
                exchange.request().method().name(),
                path(exchange.request().url()),
                response.code(),
                reason == null || registryPhrase ? "" : reason,
                headers,
                body);
        return draft;
    }

    /** The decoded path of a URL ("/" when it has none or cannot be parsed): what a mock matches. */
    static String path(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static String body(Body body, String encoding, List<String> notes) {
        if (body.isEmpty()) {
            return "";
        }
        String size = Formats.size(body.size());
        if (encoding != null) {
            notes.add("The body was not copied: it is compressed (" + encoding + ")");
            return "";
        }
        if (!body.inMemory() || body.size() > Limits.EDITOR_CAP) {
            notes.add("The body was not copied: at " + size + " it is too large to edit here");
            return "";
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.bytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            notes.add("The body was not copied: its " + size + " are not UTF-8 text");
            return "";
        }
    }
}
