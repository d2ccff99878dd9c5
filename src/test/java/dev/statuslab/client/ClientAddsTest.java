package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.ClientDefaults;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.transcript.Exchange;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fields the client adds on its own (User-Agent, Accept), against a real simulator on port 0. */
class ClientAddsTest {

    @RegisterExtension
    static final ClientAgainstSimulator LAB = new ClientAgainstSimulator();

    private static long count(Exchange e, String name) {
        return Arrays.stream(e.requestHead().split("\r\n"))
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .count();
    }

    @Test
    void userAgentAndAcceptArriveAfterHostWhenTheRequestHasNone() throws Exception {
        Exchange e = LAB.send(HttpRequest.get(LAB.simulator().url("/anything")));

        JsonNode echo = Simulator.json(e.response().body());
        assertEquals("StatusLab/" + ClientDefaults.version(), Simulator.echoedField(echo, "User-Agent"));
        assertEquals("*/*", Simulator.echoedField(echo, "Accept"));
        String[] lines = e.requestHead().split("\r\n");
        assertEquals("Host: 127.0.0.1:" + LAB.simulator().port(), lines[1]);
        assertEquals("User-Agent: StatusLab/" + ClientDefaults.version(), lines[2]);
        assertEquals("Accept: */*", lines[3]);
    }

    @Test
    void fieldsTheUserSetAreNotDuplicated() throws Exception {
        HttpRequest request = new HttpRequest(
                HttpMethod.GET,
                LAB.simulator().url("/anything"),
                Headers.of("user-agent", "mine/1", "Accept", "application/json"),
                Body.empty());

        Exchange e = LAB.send(request);

        assertEquals(1, count(e, "User-Agent"));
        assertEquals(1, count(e, "Accept"));
        JsonNode echo = Simulator.json(e.response().body());
        assertEquals("mine/1", Simulator.echoedField(echo, "User-Agent"));
        assertEquals("application/json", Simulator.echoedField(echo, "Accept"));
    }

    @Test
    void aDefaultSwitchedOffIsNotSent() throws Exception {
        SendOptions options = SendOptions.defaults().withOmitted(Set.of("User-Agent"));

        Exchange e = LAB.client()
                .send(HttpRequest.get(LAB.simulator().url("/anything")), options)
                .get(20, TimeUnit.SECONDS);

        assertEquals(0, count(e, "User-Agent"));
        assertEquals(1, count(e, "Accept"));
        JsonNode echo = Simulator.json(e.response().body());
        assertNull(Simulator.echoedField(echo, "User-Agent"));
        assertFalse(e.requestHead().contains("StatusLab/"));
    }
}
