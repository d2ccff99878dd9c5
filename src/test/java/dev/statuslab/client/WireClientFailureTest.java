package dev.statuslab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.transcript.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the client does when there is no proper response: a failure exchange, never an exception. */
class WireClientFailureTest {

    @RegisterExtension
    static final ClientAgainstSimulator LAB = new ClientAgainstSimulator();

    private static Exchange send(WireClient c, HttpRequest request) throws Exception {
        return c.send(request).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aRefusedConnectionIsAFailureExchange() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Exchange e = send(LAB.client(), HttpRequest.get("http://127.0.0.1:" + port + "/"));

        assertTrue(e.failed());
        assertNull(e.response());
        assertEquals("connection refused by 127.0.0.1:" + port, e.failure());
        assertEquals("", e.requestHead());
        assertTrue(e.timings().connect() >= 0);
    }

    @Test
    void anUnknownHostIsAFailureExchange() throws Exception {
        Exchange e = send(LAB.client(), HttpRequest.get("http://no-such-host.invalid/"));

        assertEquals("cannot resolve host no-such-host.invalid", e.failure());
    }

    @Test
    void cancellingAbortsAPendingExchangeAtOnce() throws Exception {
        CompletableFuture<Exchange> future =
                LAB.client().send(HttpRequest.get(LAB.simulator().url("/delay/10000")));
        Thread.sleep(200);
        long before = System.nanoTime();
        assertTrue(future.cancel(true));

        assertTrue(future.isCancelled());
        assertThrows(CancellationException.class, () -> future.get(1, TimeUnit.SECONDS));
        // The connection is closed too: the next exchange is served at once.
        Exchange next = send(LAB.client(), HttpRequest.get(LAB.simulator().url("/ping/")));
        assertEquals(200, next.code());
        assertTrue((System.nanoTime() - before) / 1e6 < 1000);
    }

    @Test
    void aSilentServerTimesOutWithTheRequestHeadRecorded() throws Exception {
        try (WireClient quick = new WireClient(WireClient.Options.defaults().withReadTimeout(Duration.ofMillis(300)))) {
            Exchange e = send(quick, HttpRequest.get(LAB.simulator().url("/delay/3000")));

            assertEquals("no response within 300 ms", e.failure());
            assertTrue(e.requestHead().startsWith("GET /delay/3000 HTTP/1.1\r\n"), e.requestHead());
            assertTrue(e.timings().waiting() >= 250, e.timings().toString());
        }
    }

    @Test
    void aMalformedResponseIsNamed() throws Exception {
        Exchange e = withRawServer("HTTP/1.1 2x0 Nope\r\n\r\n", false);

        assertTrue(e.failure().startsWith("the server sent a malformed response: "), e.failure());
        assertTrue(e.responseHead().startsWith("HTTP/1.1 2x0 Nope"), e.responseHead());
    }

    @Test
    void aStatusCodeOfFourDigitsIsMalformed() throws Exception {
        Exchange e = withRawServer("HTTP/1.1 2000 Big\r\nContent-Length: 0\r\n\r\n", false);

        assertTrue(e.failure().startsWith("the server sent a malformed response: "), e.failure());
    }

    @Test
    void aServerThatClosesWithoutAnswerIsNamed() throws Exception {
        Exchange e = withRawServer("", true);

        assertEquals("the server closed the connection without sending a response (an empty reply)", e.failure());
        assertTrue(e.requestHead().startsWith("GET /raw HTTP/1.1\r\n"));
    }

    @Test
    void aBodyCutShortIsNamed() throws Exception {
        Exchange e = withRawServer("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", true);

        assertTrue(
                e.failure().startsWith("the server closed the connection before the response was complete"),
                e.failure());
        assertTrue(e.responseHead().startsWith("HTTP/1.1 200 OK\r\n"));
    }

    @Test
    void anOddReasonPhraseAndACloseDelimitedBodyAreKept() throws Exception {
        Exchange e = withRawServer("HTTP/1.1 299 Quite  Fine \r\nx-odd-CASE: v\r\n\r\nuntil close", true);

        assertEquals("Quite  Fine ", e.response().statusLine().reason());
        assertEquals("x-odd-CASE", e.response().headers().asList().get(0).name());
        assertEquals("until close", e.response().body().text());
    }

    @Test
    void anEmptyReasonPhraseAndAChunkedBodyAreRead() throws Exception {
        Exchange e = withRawServer(
                "HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n", false);

        assertEquals("", e.response().statusLine().reason());
        assertEquals("abcde", e.response().body().text());
    }

    @Test
    void whatCannotGoOnTheWireIsRefusedBeforeConnecting() throws Exception {
        HttpRequest crlf =
                HttpRequest.get(LAB.simulator().url("/anything")).withHeaders(Headers.of("X-A", "1\r\nX-B: 2"));
        HttpRequest name = HttpRequest.get(LAB.simulator().url("/anything")).withHeaders(Headers.of("Bad Name", "1"));

        assertTrue(
                send(LAB.client(), crlf).failure().contains("line break"),
                send(LAB.client(), crlf).failure());
        assertTrue(send(LAB.client(), name).failure().contains("not a valid header name"));
        assertTrue(send(LAB.client(), HttpRequest.get("/relative"))
                .failure()
                .startsWith("only absolute http:// and https:// URLs"));
        assertTrue(send(LAB.client(), HttpRequest.get("ftp://example.com/"))
                .failure()
                .startsWith("only absolute http:// and https:// URLs"));
        assertEquals("", send(LAB.client(), crlf).requestHead());
    }

    @Test
    void closingTheClientEndsItsPendingExchanges() throws Exception {
        WireClient closing = new WireClient(WireClient.Options.defaults());
        CompletableFuture<Exchange> future =
                closing.send(HttpRequest.get(LAB.simulator().url("/delay/10000")));
        Thread.sleep(200);
        closing.close();

        assertEquals("the client was closed", future.get(1, TimeUnit.SECONDS).failure());
    }

    @Test
    void aClosedClientAnswersWithAFailure() throws Exception {
        WireClient closed = new WireClient(WireClient.Options.defaults());
        closed.close();

        assertEquals(
                "the client was closed",
                send(closed, HttpRequest.get(LAB.simulator().url("/ping/"))).failure());
    }

    @Test
    void anUploadRefusedEarlyStillShowsTheAnswer() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        HttpRequest r = new HttpRequest(
                HttpMethod.POST,
                LAB.simulator().url("/anything"),
                Headers.of("Content-Type", "application/octet-stream"),
                Body.of(big));
        Exchange e = send(LAB.client(), r);

        assertEquals(413, e.code(), String.valueOf(e.failure()));
    }

    /** One exchange with a one-shot server that reads the head and writes {@code reply}. */
    private static Exchange withRawServer(String reply, boolean closeAfter) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    readHead(s.getInputStream());
                    OutputStream out = s.getOutputStream();
                    out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    if (!closeAfter) {
                        Thread.sleep(500);
                    }
                } catch (IOException | InterruptedException e) {
                    // the test sees what the client saw
                }
            });
            t.setDaemon(true);
            t.start();
            return send(LAB.client(), HttpRequest.get("http://127.0.0.1:" + server.getLocalPort() + "/raw"));
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            state = b == (state % 2 == 0 ? '\r' : '\n') ? state + 1 : 0;
        }
    }
}
