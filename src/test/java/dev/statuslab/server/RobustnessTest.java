package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed requests get a 4xx (never a 5xx or a hang), and the server keeps serving. */
class RobustnessTest {

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            malformed request line | BROKEN-REQUEST-LINE\\r\\nHost: h\\r\\n\\r\\n                             | 400
            bare CR in a header    | GET /ping/ HTTP/1.1\\r\\nHost: localhost\\r\\nX-A: a\\rb\\r\\n\\r\\n       | 400
            missing Host           | GET /ping/ HTTP/1.1\\r\\nConnection: close\\r\\n\\r\\n                  | 400
            space before colon     | GET /ping/ HTTP/1.1\\r\\nHost: localhost\\r\\nX-A : 1\\r\\n\\r\\n       | 400
            bad Content-Length     | POST /api/messages/ HTTP/1.1\\r\\nHost: localhost\\r\\nContent-Length: abc\\r\\n\\r\\n | 400
            encoded dot segments   | GET /anything/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n | 400
            """)
    void malformedRequestIsABadRequest(String why, String raw, int expected) throws IOException {
        byte[] bytes = raw.replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Response r = SERVER.http().exchange(bytes, false);
        assertEquals(expected, r.status(), why);
        assertTrue(r.header("Content-Type").orElseThrow().contains("charset=utf-8"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            GET /ping/ HTTP/3.7\\r\\nHost: localhost\\r\\n\\r\\n
            GET /ping/\\r\\n\\r\\n
            """)
    void unsupportedVersionIs505(String raw) throws IOException {
        byte[] bytes = raw.replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(505, SERVER.http().exchange(bytes, false).status());
    }

    @Test
    void optionsAsteriskDescribesTheWholeServer() throws IOException {
        byte[] raw = "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Response r = SERVER.http().exchange(raw, false);
        assertEquals(200, r.status());
        assertEquals(
                "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE",
                r.header("Allow").orElseThrow());
        assertEquals("0", r.header("Content-Length").orElseThrow());
    }

    @Test
    void oversizedHeaderSectionIs431() throws IOException {
        RawHttp.Response r = SERVER.http().get("/ping/", "X-Huge", "a".repeat(64 * 1024));
        assertEquals(431, r.status());
        assertEquals("Request Header Fields Too Large", r.reason());
    }

    @Test
    void oversizedBodyIs413BeforeItIsRead() throws IOException {
        long size = SimulatorOptions.DEFAULT_MAX_BODY + 1;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", SERVER.server().port()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/messages/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            RawHttp.Response r = RawHttp.read(socket.getInputStream(), false);
            assertEquals("HTTP/1.1 413 Content Too Large", r.statusLine());
        }
    }

    @Test
    void chunkedBodyOverTheCapIs413() throws IOException {
        StringBuilder raw =
                new StringBuilder("POST /anything HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "x".repeat(1 << 20);
        for (int i = 0; i < 11; i++) {
            raw.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        raw.append("0\r\n\r\n");
        RawHttp.Response r = SERVER.http().exchange(raw.toString().getBytes(StandardCharsets.ISO_8859_1), false);
        assertEquals(413, r.status());
    }

    @Test
    void bodyEndingBeforeItsContentLengthIs400NotA500() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", SERVER.server().port()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST /contact/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                    + "Content-Length: 44\r\n\r\nname=Ada")
                            .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            assertEquals(400, RawHttp.read(socket.getInputStream(), false).status());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            zz\\r\\nhello\\r\\n0\\r\\n\\r\\n
            5\\nhello\\n0\\n\\n
            ffffffffffffffffffff\\r\\nx\\r\\n0\\r\\n\\r\\n
            """)
    void brokenChunkFramingIs400NotA500(String chunks) throws IOException {
        String raw = "POST /anything HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunks.replace("\\r", "\r").replace("\\n", "\n");
        RawHttp.Response r = SERVER.http().exchange(raw.getBytes(StandardCharsets.ISO_8859_1), false);
        assertEquals(400, r.status());
    }

    @Test
    void serverStillAnswersAfterAbuse() throws IOException {
        for (int i = 0; i < 20; i++) {
            SERVER.http().exchange("\u0000\u0001garbage\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), false);
        }
        assertEquals(200, SERVER.http().get("/simple/").status());
    }
}
