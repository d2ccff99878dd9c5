package dev.statuslab.core.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Timings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a field's variables stand for on screen (secrets masked), and secrets kept out of an exported exchange. */
class VariableHintsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    private static final Environment LOCAL = new Environment(
            "local",
            List.of(
                    Variable.of("base", "{{simulator}}/api"),
                    Variable.secret("token", "abc.def"),
                    Variable.of("auth", "Bearer {{token}}")));
    private static final VariableContext CONTEXT =
            new VariableContext(LOCAL, List.of(), SimulatorAddress.of("http://127.0.0.1:8765"), null, CLOCK, () -> ID);

    private static List<VariableHints.Use> uses(String text) {
        return VariableHints.uses(text, name -> CONTEXT.lookup(name, ""));
    }

    @Test
    void eachReferenceIsShownWithItsValueSecretsMaskedAndValuesMadeOfVariablesResolved() {
        List<VariableHints.Use> uses = uses("{{simulator}}/x?t={{token}}&a={{auth}}&b={{base}}&id={{$uuid}}");

        assertEquals(
                List.of("http://127.0.0.1:8765", "••••", "Bearer ••••", "http://127.0.0.1:8765/api", ID.toString()),
                uses.stream().map(VariableHints.Use::shown).toList());
        assertEquals(
                """
                {{simulator}} → http://127.0.0.1:8765
                {{token}} → ••••
                {{auth}} → Bearer ••••
                {{base}} → http://127.0.0.1:8765/api
                {{$uuid}} → 123e4567-e89b-12d3-a456-426614174000 (a new one on each send)""",
                VariableHints.hover(uses));
        assertFalse(VariableHints.hover(uses).contains("abc.def"));
    }

    @Test
    void anUnknownNameIsNamedWithItsPlaceAndWhereToDefineIt() {
        List<VariableHints.Use> uses = uses("{{simulator}}/{{nope}}/{{nope}}/{{other}}");

        assertNull(uses.get(1).shown());
        assertEquals(List.of("nope", "other"), VariableHints.unknown(uses));
        assertEquals(14, uses.get(1).start(), "where to underline");
        assertEquals(22, uses.get(1).end());
        assertEquals(
                "Unknown variables {{nope}}, {{other}} in the URL: define them in an environment"
                        + " (Request → Environments…) or the collection",
                VariableHints.unknownMessage(VariableHints.unknown(uses), "URL"));
        assertTrue(VariableHints.hover(uses).contains("{{nope}} is not defined"));
        assertEquals("", VariableHints.unknownMessage(List.of(), "URL"));
        assertEquals(List.of(), uses("no variables here"));
    }

    @Test
    void aBasicCredentialHoldingASecretIsMaskedOnScreenAndWrittenWithReferencesForExport() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("ada:s3cret".getBytes(StandardCharsets.UTF_8));
        Map<String, String> secrets = Map.of("pass", "s3cret");

        assertEquals("Basic ada:••••", Secrets.mask(basic, secrets));
        assertEquals("Bearer ••••", Secrets.mask("Bearer s3cret", secrets));
        assertEquals("Bearer other", Secrets.mask("Bearer other", secrets));
        assertEquals(
                Map.of("pass", "s3cret"),
                Secrets.values(List.of(
                        Variable.secret("pass", "s3cret"), Variable.of("user", "ada"), Variable.secret("empty", ""))));
    }

    @Test
    void anExportedExchangeCarriesNoSecretInItsRequestHeadsResponseOrTarget() {
        HttpRequest request = new HttpRequest(
                HttpMethod.GET,
                "http://127.0.0.1:8765/echo?key=abc.def",
                Headers.of("Authorization", "Bearer abc.def"),
                Body.empty());
        HttpResponse response = new HttpResponse(
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("X-Echo", "abc.def"),
                Body.of("{\"authorization\": \"Bearer abc.def\"}"));
        Exchange exchange = new Exchange(
                        "1",
                        Instant.EPOCH,
                        request,
                        response,
                        null,
                        "GET /echo?key=abc.def HTTP/1.1\r\nAuthorization: Bearer abc.def\r\n\r\n",
                        "HTTP/1.1 200 OK\r\nX-Echo: abc.def\r\n\r\n",
                        new Timings(0, -1, 1, -1, 1, 5, 1))
                .withSimulatorTarget("{{simulator}}/echo?key=abc.def");

        Exchange written = Secrets.redact(exchange, Map.of("token", "abc.def"));

        assertEquals(
                "http://127.0.0.1:8765/echo?key={{token}}", written.request().url());
        assertEquals(
                "Bearer {{token}}",
                written.request().headers().first("Authorization").orElseThrow());
        assertEquals(
                "GET /echo?key={{token}} HTTP/1.1\r\nAuthorization: Bearer {{token}}\r\n\r\n", written.requestHead());
        assertEquals("{{token}}", written.response().headers().first("X-Echo").orElseThrow());
        assertEquals(
                "{\"authorization\": \"Bearer {{token}}\"}",
                written.response().body().text());
        assertEquals("{{simulator}}/echo?key={{token}}", written.simulatorTarget());
        assertFalse(written.toString().contains("abc.def"));
        assertEquals(exchange, Secrets.redact(exchange, Map.of()), "no secrets: unchanged");
    }
}
