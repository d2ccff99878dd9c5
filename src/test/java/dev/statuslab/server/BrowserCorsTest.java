package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.server.cors.CorsPolicy;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * CORS as a real browser engine does it: headless Chromium loads a page from one origin (a small
 * JDK server on 127.0.0.1 and its own free port) whose script calls {@code fetch()} on the
 * simulator, another origin. A PUT with a JSON body and a custom field needs a preflight first,
 * so its answer reaching the script proves the preflight was accepted.
 *
 * <p>Needs {@code chromium-headless-shell} or {@code chromium} on the PATH (Debian: {@code apt-get
 * install chromium-headless-shell}), or its path in {@code STATUSLAB_BROWSER}. Without one the
 * test is skipped, unless {@code STATUSLAB_REQUIRE_BROWSER=1} (set by {@code .ci/run} once it has
 * installed the browser), where a missing browser fails it.
 */
class BrowserCorsTest {

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    private static final Pattern OUT = Pattern.compile("<pre id=\"out\">(.*?)</pre>", Pattern.DOTALL);

    private static HttpServer origin;

    @TempDir
    Path profile;

    @BeforeAll
    static void servePage() throws IOException {
        origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin.createContext("/", exchange -> {
            byte[] page = page(SERVER.server().port()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        origin.start();
    }

    @AfterAll
    static void stopPage() {
        origin.stop(0);
    }

    @AfterEach
    void defaults() {
        SERVER.server().mocks().replaceAll(List.of());
        SERVER.server().cors().set(CorsPolicy.ANY);
    }

    /** The page: three fetch() calls to the simulator, each result a line of the pre element. */
    private static String page(int simulator) {
        String base = "http://127.0.0.1:" + simulator;
        return """
                <!doctype html><html><body><pre id="out"></pre><script>
                const out = document.getElementById("out");
                const line = (name, text) => { out.textContent += name + " " + text + "\\n"; };
                async function run() {
                  try {
                    const r = await fetch("%1$s/api/users/1", {method: "PUT",
                      headers: {"Content-Type": "application/json", "X-Trace": "abc"}, body: "{}"});
                    line("put", r.status + " id=" + r.headers.get("X-Request-Id") + " body=" + await r.text());
                  } catch (e) { line("put", "failed " + e.name); }
                  try {
                    const r = await fetch("%1$s/status/503");
                    line("get", r.status + " retry=" + r.headers.get("Retry-After"));
                  } catch (e) { line("get", "failed " + e.name); }
                  try {
                    const r = await fetch("%1$s/status/201", {method: "DELETE"});
                    line("delete", String(r.status));
                  } catch (e) { line("delete", "failed " + e.name); }
                  line("done", "");
                }
                run();
                </script></body></html>
                """
                .formatted(base);
    }

    @Test
    void aPreflightedPutFromAnotherOriginReachesTheScriptWithItsExposedField() throws Exception {
        SERVER.server()
                .mocks()
                .replaceAll(List.of(new MockRoute(
                        "PUT",
                        "/api/users/1",
                        201,
                        "",
                        List.of(new Header("X-Request-Id", "42")),
                        "{\"ok\":true}",
                        0)));

        String out = load();

        assertTrue(out.contains("put 201 id=42 body={\"ok\":true}"), out);
        assertTrue(out.contains("get 503 retry="), out);
        assertTrue(out.contains("delete 201"), out);
        assertTrue(out.contains("done"), out);
    }

    @Test
    void anOriginOutsideTheListIsRefusedByTheBrowserItself() throws Exception {
        SERVER.server().cors().set(CorsPolicy.parse("http://localhost:5173"));
        SERVER.server().mocks().replaceAll(List.of(new MockRoute("PUT", "/api/users/1", 201, "", List.of(), "{}", 0)));

        String out = load();

        assertTrue(out.contains("put failed TypeError"), out);
        assertTrue(out.contains("get failed TypeError"), out);
        assertTrue(out.contains("done"), out);
    }

    @Test
    void withCorsOffTheBrowserKeepsTheAnswersFromTheScript() throws Exception {
        SERVER.server().cors().set(CorsPolicy.OFF);

        String out = load();

        assertTrue(out.contains("get failed TypeError"), out);
        assertTrue(out.contains("delete failed TypeError"), out);
    }

    /** Loads the page in headless Chromium and returns the text the script wrote. */
    private String load() throws Exception {
        String browser = browser().orElse(null);
        if (browser == null) {
            if ("1".equals(System.getenv("STATUSLAB_REQUIRE_BROWSER"))) {
                fail("STATUSLAB_REQUIRE_BROWSER=1 but no chromium-headless-shell or chromium on the PATH");
            }
            Assumptions.abort("no headless Chromium here (apt-get install chromium-headless-shell)");
        }
        Path log = profile.resolve("browser.log");
        Process p = new ProcessBuilder(
                        browser,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--user-data-dir=" + profile.resolve("profile"),
                        "--virtual-time-budget=10000",
                        "--dump-dom",
                        "http://127.0.0.1:" + origin.getAddress().getPort() + "/")
                .redirectError(log.toFile())
                .start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the browser did not finish within 60 s");
        }
        assertEquals(0, p.exitValue(), () -> "browser exit; its log:\n" + read(log));
        Matcher m = OUT.matcher(new String(dom, StandardCharsets.UTF_8));
        assertTrue(m.find(), () -> "no output element in the DOM; log:\n" + read(log));
        return m.group(1).replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Optional<String> browser() {
        String given = System.getenv("STATUSLAB_BROWSER");
        if (given != null && !given.isBlank()) {
            return Optional.of(given);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium-headless-shell", "chromium", "chromium-browser")) {
            for (String dir : path.split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return Optional.of(f.getPath());
                }
            }
        }
        return Optional.empty();
    }
}
