package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Paste a curl command": the request it would send, and what it cannot carry named. */
class CurlImportTest {

    private static HttpRequest request(String command) {
        return CurlImport.parse(command).request();
    }

    @Test
    void methodUrlHeadersAndDataBecomeTheRequest() {
        CurlImport.Imported imported = CurlImport.parse(
                "curl -X PUT 'http://127.0.0.1:8000/api/messages/1/' -H 'Accept: application/json' "
                        + "-H \"X-Quote: it's \\\"here\\\"\" --data-raw '{\"a\": 1}' -H 'Content-Type: application/json'");
        HttpRequest r = imported.request();
        assertEquals(HttpMethod.of("PUT"), r.method());
        assertEquals("http://127.0.0.1:8000/api/messages/1/", r.url());
        assertEquals(
                Headers.of(
                        "Accept", "application/json", "X-Quote", "it's \"here\"", "Content-Type", "application/json"),
                r.headers());
        assertEquals("{\"a\": 1}", r.body().text());
        assertEquals(List.of(), imported.notes());
    }

    @Test
    void aUrlThatStartsWithAVariableKeepsIt() {
        assertEquals(
                "{{simulator}}/api/messages/",
                request("curl {{simulator}}/api/messages/").url());
        assertEquals("http://example.com/", request("curl example.com/").url());
    }

    @Test
    void dataMeansAPostedFormAsCurlSendsIt() {
        HttpRequest r = request("curl localhost:8000/contact/ -d name=Ada -d 'email=ada@example.com'");
        assertEquals("POST", r.method().name());
        assertEquals("http://localhost:8000/contact/", r.url());
        assertEquals("name=Ada&email=ada@example.com", r.body().text());
        assertEquals(
                "application/x-www-form-urlencoded",
                r.headers().first("Content-Type").orElseThrow());
    }

    @Test
    void urlencodedDataIsEncodedAndGetMovesDataIntoTheQuery() {
        assertEquals(
                "q=a+b%26c&x",
                request("curl http://h/ --data-urlencode 'q=a b&c' --data-urlencode x")
                        .body()
                        .text());
        HttpRequest get = request("curl -G http://h/search?x=1 -d q=1 -d r=2");
        assertEquals("GET", get.method().name());
        assertEquals("http://h/search?x=1&q=1&r=2", get.url());
        assertTrue(get.body().isEmpty());
        assertTrue(get.headers().isEmpty());
    }

    @Test
    void jsonSetsBothFieldsCurlAdds() {
        HttpRequest r = request("curl --json '{\"name\":\"Ada\"}' http://h/api/messages/");
        assertEquals("POST", r.method().name());
        assertEquals(Headers.of("Content-Type", "application/json", "Accept", "application/json"), r.headers());
    }

    @Test
    void userAndCookieBecomeTheirFields() {
        HttpRequest r = request("curl -u 'ada:pw:1' -b 'csrftoken=abc; sessionid=x' -A Bot/1 -e http://ref/ http://h/");
        assertEquals(
                "Basic " + Base64.getEncoder().encodeToString("ada:pw:1".getBytes(StandardCharsets.UTF_8)),
                r.headers().first("Authorization").orElseThrow());
        assertEquals("csrftoken=abc; sessionid=x", r.headers().first("Cookie").orElseThrow());
        assertEquals("Bot/1", r.headers().first("User-Agent").orElseThrow());
        assertEquals("http://ref/", r.headers().first("Referer").orElseThrow());
    }

    @Test
    void gluedAndCombinedShortOptionsAreUnderstood() {
        HttpRequest r = request("curl -sSiXDELETE -HX-A:1 http://h/x");
        assertEquals("DELETE", r.method().name());
        assertEquals(Headers.of("X-A", "1"), r.headers());
        assertEquals("HEAD", request("curl -I http://h/").method().name());
    }

    @Test
    void continuedLinesAndAnsiQuotesAsBrowsersCopyThem() {
        HttpRequest r = request("curl 'http://h/' \\\n  -H $'X-Tab: a\\tb' \\\n  --data-raw $'line1\\nline2'");
        assertEquals("a\tb", r.headers().first("X-Tab").orElseThrow());
        assertEquals("line1\nline2", r.body().text());
    }

    @Test
    void whatCannotBeMappedIsNamed() {
        CurlImport.Imported imported = CurlImport.parse(
                "curl -L --compressed -k -F f=@x.png --max-time 5 -d @body.json -b cookies.txt --frobnicate http://h/ http://other/");
        String notes = String.join("\n", imported.notes());
        for (String named : List.of(
                "-L",
                "--compressed",
                "-k",
                "-F",
                "--max-time",
                "@body.json",
                "cookies.txt",
                "--frobnicate",
                "http://other/")) {
            assertTrue(notes.contains(named), () -> named + " is not named in:\n" + notes);
        }
        assertEquals("http://h/", imported.request().url());
    }

    @Test
    void aPipeIsNamedNotFollowed() {
        CurlImport.Imported imported = CurlImport.parse("curl http://h/ | jq .");
        assertTrue(imported.notes().get(0).contains("\"|\""), imported.notes()::toString);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wget http://h/",
                "curl -H 'X: 1",
                "curl -H",
                "curl -s",
                "curl -X 'GE T' http://h/",
                "curl \"http://h/"
            })
    void whatIsNotAUsableCurlCommandIsRefusedWithTheReason(String command) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CurlImport.parse(command));
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void copyAsCurlPastesBackAsTheSameRequest() {
        List<HttpRequest> requests = List.of(
                HttpRequest.get("http://127.0.0.1:8765/messages/1/"),
                new HttpRequest(
                        HttpMethod.POST,
                        "http://127.0.0.1:8765/contact/",
                        Headers.of("Content-Type", "application/x-www-form-urlencoded", "X-Q", "it's"),
                        Body.of("name=Ada&email=a%40b.c")),
                new HttpRequest(HttpMethod.of("PATCH"), "http://h/a?x[]=1", Headers.of("X-Empty", ""), Body.of("x")),
                new HttpRequest(HttpMethod.of("HEAD"), "http://h/", Headers.empty(), Body.empty()),
                new HttpRequest(HttpMethod.of("DELETE"), "http://h/x", Headers.of("Accept", "*/*"), Body.empty()));
        for (HttpRequest original : requests) {
            String command = Curl.command(original);
            assertEquals(original, request(command), command);
        }
    }
}
