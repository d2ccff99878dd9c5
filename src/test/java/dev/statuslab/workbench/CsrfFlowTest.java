package dev.statuslab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.Cookie;
import dev.statuslab.core.workbench.CookieJar;
import dev.statuslab.core.workbench.RequestBuilder;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.core.workbench.VariableContext;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Django's CSRF flow end to end, against a real simulator on port 0 through the real client: the
 * GET sets csrftoken, the jar keeps it, and the CSRF scenario's third ready request carries the
 * cookie and {{cookie.csrftoken}} and is accepted with 302.
 */
class CsrfFlowTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static SimulatorServer server;
    private static WireClient client;

    @BeforeAll
    static void start() throws Exception {
        server = new SimulatorServer(SimulatorOptions.loopback(0), STATUSES);
        server.start();
        client = new WireClient(WireClient.Options.defaults());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop();
    }

    private static Exchange send(RequestDraft draft, VariableContext context, CookieJar jar) throws Exception {
        RequestBuilder.Built built = RequestBuilder.build(draft, context);
        assertTrue(built.ok(), () -> built.problems().toString());
        Exchange exchange = client.send(built.request()).get(10, TimeUnit.SECONDS);
        assertFalse(exchange.failed(), exchange::failure);
        jar.receive(exchange);
        return exchange;
    }

    private static List<ReadyRequest> csrfRequests() {
        return ScenarioCatalog.load(STATUSES).find("csrf").orElseThrow().requests();
    }

    @Test
    void theThirdReadyRequestPassesWithTheCookieAndItsToken() throws Exception {
        CookieJar jar = new CookieJar();
        VariableContext context = VariableContext.of(null, List.of(), new SimulatorAddress(server.baseUri()), jar);
        List<ReadyRequest> ready = csrfRequests();
        assertEquals(3, ready.size());

        Exchange form = send(RequestDraft.of(ready.get(0)), context, jar);
        assertEquals(200, form.code());
        Cookie token = jar.all().stream()
                .filter(c -> c.name().equals("csrftoken"))
                .findFirst()
                .orElseThrow();
        assertEquals(32, token.value().length());
        assertEquals("Lax", token.sameSite());

        Exchange refused = send(RequestDraft.of(ready.get(1)), context, jar);
        assertEquals(403, refused.code(), "the cookie alone is not enough");

        Exchange accepted = send(RequestDraft.of(ready.get(2)), context, jar);
        assertEquals(302, accepted.code(), () -> accepted.response().body().text());
        assertEquals(
                "csrftoken=" + token.value(),
                accepted.request().headers().first("Cookie").orElseThrow());
        assertTrue(accepted.request().body().text().startsWith("csrfmiddlewaretoken=" + token.value() + "&"));
        assertTrue(accepted.requestHead().contains("Cookie: csrftoken=" + token.value()), accepted.requestHead());
        assertEquals(
                "/secure/contact/",
                accepted.response().headers().first("Location").orElseThrow());
    }

    @Test
    void withTheJarSwitchedOffThePostIsRefused() throws Exception {
        CookieJar jar = new CookieJar();
        VariableContext context = VariableContext.of(null, List.of(), new SimulatorAddress(server.baseUri()), jar);
        List<ReadyRequest> ready = csrfRequests();
        send(RequestDraft.of(ready.get(0)), context, jar);
        Exchange refused = send(RequestDraft.of(ready.get(2)).withCookies(false), context, jar);
        assertFalse(refused.request().headers().has("Cookie"));
        assertEquals(403, refused.code());
    }

    @Test
    void withoutTheCookieTheTokenVariableIsUnknownAndNothingIsSent() {
        CookieJar jar = new CookieJar();
        VariableContext context = VariableContext.of(null, List.of(), new SimulatorAddress(server.baseUri()), jar);
        RequestBuilder.Built built =
                RequestBuilder.build(RequestDraft.of(csrfRequests().get(2)), context);
        assertFalse(built.ok());
        assertEquals("cookie.csrftoken", built.problems().get(0).name());
        assertEquals("body", built.problems().get(0).place());
    }
}
