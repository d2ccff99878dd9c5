package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.transcript.Curl;
import dev.statuslab.testing.Shell;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copy as curl, run by a real shell and a real curl against a real simulator. */
class CurlEndToEndTest {

    @Test
    void aRealCurlSendsWhatTheCommandSays() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
        Simulator simulator = Simulator.start();
        try {
            HttpRequest r = new HttpRequest(
                    HttpMethod.POST,
                    simulator.url("/anything"),
                    Headers.of("Content-Type", "application/json", "X-Quote", "it's"),
                    Body.of("{\"q\":\"it's\"}"));
            String out = new String(Shell.run(List.of("sh", "-c", Curl.command(r) + " -s")), StandardCharsets.UTF_8);

            assertTrue(out.startsWith("HTTP/1.1 200 OK"), out);
            JsonNode echo = Simulator.json(Body.of(out.substring(out.indexOf("\r\n\r\n") + 4)));
            assertEquals("it's", Simulator.echoedField(echo, "X-Quote"));
            assertEquals("it's", echo.get("json").get("q").asText());
            assertFalse(echo.has("form"), out);
        } finally {
            simulator.stop();
        }
    }
}
