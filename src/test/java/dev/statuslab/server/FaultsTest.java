package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The playground's faults over a real socket: what arrives, byte for byte, before the connection ends. */
class FaultsTest {

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    /** Sends a GET and reads until the server closes; a reset propagates as the SocketException. */
    private static byte[] exchange(String target) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", SERVER.server().port()), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void resetSendsATcpResetBeforeAnyByte() {
        SocketException e = assertThrows(SocketException.class, () -> exchange("/fault/reset"));
        assertTrue(e.getMessage().toLowerCase().contains("reset"), e.getMessage());
    }

    @Test
    void emptyClosesWithoutAByte() throws Exception {
        assertEquals(0, exchange("/fault/empty").length);
    }

    @Test
    void malformedChunkBreaksTheFramingAfterTheFirstChunkAndCloses() throws Exception {
        String got = text(exchange("/fault/malformed-chunk"));
        assertTrue(got.startsWith("HTTP/1.1 200 OK\r\n"), got);
        assertTrue(got.contains("Transfer-Encoding: chunked\r\n\r\n5\r\nHello\r\nzz\r\n"), got);
    }

    @Test
    void randomThenCloseSendsBytesThatAreNotHttp() throws Exception {
        byte[] got = exchange("/fault/random-then-close");
        assertEquals(64, got.length);
        assertTrue(!text(got).startsWith("HTTP/"));
    }

    @Test
    void shortBodyStopsShortOfItsContentLength() throws Exception {
        String got = text(exchange("/fault/short-body"));
        int headEnd = got.indexOf("\r\n\r\n") + 4;
        assertTrue(got.contains("Content-Length: 1000\r\n"), got);
        assertEquals(400, got.length() - headEnd);
    }

    @Test
    void trickleSendsAWellFormedBodyAtTheAskedRate() throws Exception {
        long start = System.nanoTime();
        RawHttp.Response r = SERVER.http().get("/fault/trickle?bps=2000");
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertEquals(200, r.status());
        assertEquals(1000, r.body().length);
        assertTrue(ms >= 400, "1000 bytes at 2000 B/s took " + ms + " ms");
    }

    @Test
    void anUnknownFaultOrRateIsAClientError() throws Exception {
        RawHttp.Response unknown = SERVER.http().get("/fault/explode");
        RawHttp.Response badRate = SERVER.http().get("/fault/trickle?bps=0");

        assertEquals(404, unknown.status());
        assertTrue(unknown.text().contains("known: reset, empty, malformed-chunk"), unknown.text());
        assertEquals(400, badRate.status());
    }

    @Test
    void theServerKeepsAnsweringAfterEveryFault() throws Exception {
        for (String kind : new String[] {"empty", "malformed-chunk", "random-then-close", "short-body"}) {
            exchange("/fault/" + kind);
        }
        assertThrows(SocketException.class, () -> exchange("/fault/reset"));
        assertEquals(200, SERVER.http().get("/simple/").status());
    }
}
