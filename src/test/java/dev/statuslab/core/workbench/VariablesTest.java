package dev.statuslab.core.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {{name}} resolution: environment, then collection, then built-ins; unknown names block with their place. */
class VariablesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    private static final SimulatorAddress SIMULATOR = SimulatorAddress.of("http://127.0.0.1:8765");

    private static VariableContext context(Environment env, List<Variable> collection, CookieJar jar) {
        return new VariableContext(env, collection, SIMULATOR, jar, CLOCK, () -> ID);
    }

    @Test
    void theActiveEnvironmentWinsOverTheCollectionWhichWinsOverBuiltIns() {
        Environment env = new Environment("local", List.of(Variable.of("host", "env-host")));
        List<Variable> collection = List.of(
                Variable.of("host", "collection-host"),
                Variable.of("path", "/p"),
                Variable.of("simulator", "http://shadowed:1"));
        VariableContext c = context(env, collection, null);
        RequestDraft draft = RequestDraft.get("http://{{host}}{{path}}?id={{$uuid}}&t={{ $timestamp }}");
        HttpRequest r = RequestBuilder.build(draft, c).request();
        assertEquals("http://env-host/p?id=" + ID + "&t=" + CLOCK.instant().getEpochSecond(), r.url());
        assertEquals(
                "http://127.0.0.1:8765/x",
                RequestBuilder.build(RequestDraft.get("{{simulator}}/x"), context(null, List.of(), null))
                        .request()
                        .url());
    }

    @Test
    void aSwitchedOffVariableIsNotUsed() {
        Environment env = new Environment("local", List.of(new Variable("a", "off", false, false)));
        RequestBuilder.Built built = RequestBuilder.build(
                RequestDraft.get("http://x/{{a}}"), context(env, List.of(Variable.of("a", "on")), null));
        assertEquals("http://x/on", built.request().url());
    }

    @Test
    void unknownVariablesAreReportedWithNameFieldAndPositionAndBlockSending() {
        RequestDraft draft = RequestDraft.get("{{simulator}}/{{missing}}")
                .withHeaders(List.of(RequestDraft.Row.of("X-Token", "t={{nope}}")))
                .withBody(BodyKind.TEXT, "hello {{who}}");
        RequestBuilder.Built built = RequestBuilder.build(draft, context(null, List.of(), null));
        assertFalse(built.ok());
        assertNull(built.request());
        assertEquals(3, built.problems().size());
        RequestBuilder.Problem url = built.problems().get(0);
        assertEquals("URL", url.place());
        assertEquals("missing", url.name());
        assertEquals(14, url.start());
        assertEquals(25, url.end());
        assertEquals("{{missing}}", draft.url().substring(url.start(), url.end()));
        assertEquals("header 1 value (X-Token)", built.problems().get(1).place());
        assertEquals("body", built.problems().get(2).place());
        assertTrue(
                built.problems().get(2).message().contains("{{who}}"),
                built.problems().get(2).message());
    }

    @Test
    void switchedOffHeaderRowsAreNeitherResolvedNorSent() {
        RequestDraft draft = RequestDraft.get("http://x/")
                .withHeaders(
                        List.of(new RequestDraft.Row("X-Off", "{{unknown}}", false), RequestDraft.Row.of("A", "1")));
        HttpRequest r =
                RequestBuilder.build(draft, context(null, List.of(), null)).request();
        assertEquals(Headers.of("A", "1"), r.headers());
    }

    @Test
    void textThatIsNotAReferenceStaysAsWritten() {
        String json = "{{\"a\": 1}} and {{ not a name }} and {{";
        VariableText.Resolved r = VariableText.resolve(json, n -> Optional.empty());
        assertEquals(json, r.text());
        assertTrue(r.complete());
        assertThrows(IllegalArgumentException.class, () -> Variable.of("has space", "x"));
    }

    @Test
    void authHelpersYieldTheirHeaderWithVariablesResolved() {
        Environment env = new Environment(
                "local",
                List.of(
                        Variable.secret("token", "abc.def"),
                        Variable.of("user", "ada"),
                        Variable.secret("pass", "pw:1")));
        RequestBuilder.Built bearer = RequestBuilder.build(
                RequestDraft.get("http://x/").withAuth(new Auth.Bearer("{{token}}")), context(env, List.of(), null));
        assertEquals(
                "Bearer abc.def",
                bearer.request().headers().first("Authorization").orElseThrow());
        assertEquals("Authorization", bearer.added().get(0).name());
        assertEquals(Map.of("token", "abc.def"), bearer.secrets());

        RequestBuilder.Built basic = RequestBuilder.build(
                RequestDraft.get("http://x/").withAuth(new Auth.Basic("{{user}}", "{{pass}}")),
                context(env, List.of(), null));
        String value = basic.request().headers().first("Authorization").orElseThrow();
        assertEquals("Basic " + Base64.getEncoder().encodeToString("ada:pw:1".getBytes(StandardCharsets.UTF_8)), value);

        RequestBuilder.Built typed = RequestBuilder.build(
                RequestDraft.get("http://x/")
                        .withHeaders(List.of(RequestDraft.Row.of("Authorization", "Custom 1")))
                        .withAuth(new Auth.Bearer("t")),
                context(env, List.of(), null));
        assertEquals(List.of("Custom 1"), typed.request().headers().all("Authorization"));

        RequestBuilder.Built none = RequestBuilder.build(RequestDraft.get("http://x/"), context(env, List.of(), null));
        assertFalse(none.request().headers().has("Authorization"));
        assertTrue(none.added().isEmpty());
    }

    @Test
    void anUnknownVariableInTheAuthTokenIsNamed() {
        RequestBuilder.Built built = RequestBuilder.build(
                RequestDraft.get("http://x/").withAuth(new Auth.Bearer("{{token}}")), context(null, List.of(), null));
        assertEquals("auth token", built.problems().get(0).place());
        assertEquals("token", built.problems().get(0).name());
    }

    @Test
    void theBodyKindAddsItsContentTypeUnlessOneIsTyped() {
        RequestBuilder.Built json = RequestBuilder.build(
                RequestDraft.get("http://x/").withMethod("POST").withBody(BodyKind.JSON, "{}"),
                context(null, List.of(), null));
        assertEquals(
                "application/json",
                json.request().headers().first("Content-Type").orElseThrow());
        assertEquals("{}", json.request().body().text());
    }

    @Test
    void secretsAreWrittenBackAsReferencesForExport() {
        Environment env = new Environment(
                "local",
                List.of(
                        Variable.secret("token", "abc.def"),
                        Variable.secret("pass", "pw"),
                        Variable.of("user", "ada")));
        RequestBuilder.Built built = RequestBuilder.build(
                RequestDraft.get("http://x/?key={{token}}")
                        .withMethod("POST")
                        .withBody(BodyKind.JSON, "{\"t\": \"{{token}}\"}")
                        .withAuth(new Auth.Basic("{{user}}", "{{pass}}")),
                context(env, List.of(), null));
        HttpRequest redacted = Secrets.redact(built.request(), built.secrets());
        assertEquals("http://x/?key={{token}}", redacted.url());
        assertEquals("{\"t\": \"{{token}}\"}", redacted.body().text());
        assertEquals(
                "Basic ada:{{pass}}", redacted.headers().first("Authorization").orElseThrow());
        assertFalse(redacted.toString().contains("abc.def"));
    }

    @Test
    void anInvalidMethodIsAProblemToo() {
        RequestBuilder.Built built =
                RequestBuilder.build(RequestDraft.get("http://x/").withMethod("GE T"), context(null, List.of(), null));
        assertEquals("method", built.problems().get(0).place());
    }
}
