package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.testing.Shell;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copy-as-curl commands, parsed back by a real POSIX shell. */
class CurlTest {

    private static final String URL = "http://127.0.0.1:8000/api/messages/";
    private static final String JSON = "{\"message\":\"it's \\\"quoted\\\" $HOME `id` \\\\ %s\"}";

    @Test
    void singleQuotesInValuesAndJsonBodiesSurviveTheShell() throws Exception {
        HttpRequest r = new HttpRequest(
                HttpMethod.POST, URL, Headers.of("Content-Type", "application/json", "X-Quote", "it's"), Body.of(JSON));
        String command = Curl.command(r);

        assertTrue(command.contains("-H 'X-Quote: it'\\''s'"), command);
        assertEquals(
                List.of("-i", URL, "-H", "Content-Type: application/json", "-H", "X-Quote: it's", "--data-raw", JSON),
                parse(command).args());
    }

    @Test
    void getHasNoMethodFlagAndHeadUsesDashCapitalI() throws Exception {
        assertEquals(
                List.of("-i", URL), parse(Curl.command(HttpRequest.get(URL))).args());
        HttpRequest head = new HttpRequest(HttpMethod.HEAD, URL, Headers.empty(), Body.empty());
        assertEquals(List.of("-I", URL), parse(Curl.command(head)).args());
    }

    @Test
    void otherMethodsAndOddFieldsAreSpelledOut() throws Exception {
        HttpRequest brew = new HttpRequest(
                HttpMethod.of("BREW"),
                "http://127.0.0.1:8000/status/418?x=[1]",
                Headers.of("Host", "127.0.0.1:8000", "X-Empty", "", "Host", "other"),
                Body.empty());

        assertEquals(
                List.of(
                        "-i",
                        "-X",
                        "BREW",
                        "-g",
                        "http://127.0.0.1:8000/status/418?x=[1]",
                        "-H",
                        "X-Empty;",
                        "-H",
                        "Host: other"),
                parse(Curl.command(brew)).args());
    }

    @Test
    void aGetWithABodyKeepsItsMethodAndABodyWithoutTypeGetsNone() throws Exception {
        HttpRequest r = new HttpRequest(HttpMethod.GET, URL, Headers.of("Content-Length", "2"), Body.of("hi"));

        assertEquals(
                List.of("-i", "-X", "GET", URL, "-H", "Content-Type:", "--data-raw", "hi"),
                parse(Curl.command(r)).args());
    }

    @Test
    void aBinaryBodyIsPipedFromPrintfByteForByte() throws Exception {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        HttpRequest r = new HttpRequest(
                HttpMethod.PUT, URL, Headers.of("Content-Type", "application/octet-stream"), Body.of(all));
        Parsed parsed = parse(Curl.command(r));

        assertEquals(
                List.of("-i", "-X", "PUT", URL, "-H", "Content-Type: application/octet-stream", "--data-binary", "@-"),
                parsed.args());
        assertArrayEquals(all, parsed.stdin());
    }

    private record Parsed(List<String> args, byte[] stdin) {}

    /** Runs the command in sh with a curl() function that prints its arguments and any piped input. */
    private static Parsed parse(String command) throws Exception {
        String script = "curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done;"
                + " case \" $* \" in *' @- '*) printf 'STDIN\\0'; cat;; esac; }; " + command;
        byte[] out = Shell.run(List.of("sh", "-c", script));
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 0) {
                String arg = new String(out, start, i - start, StandardCharsets.UTF_8);
                start = i + 1;
                if (arg.equals("STDIN")) {
                    return new Parsed(args, Arrays.copyOfRange(out, start, out.length));
                }
                args.add(arg);
            }
        }
        return new Parsed(args, new byte[0]);
    }
}
