package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Throws a few thousand malformed and hostile requests at a real server, from four threads:
 * random bytes, mutations of valid requests, header floods, slow trickles, bad and huge chunked
 * bodies, and path traversal through {@code /anything}. Each must get an answer below 500 (the
 * only 5xx allowed are 501 for an unknown method and 505 for an unsupported version, as
 * documented) or a closed connection, within the idle timeout; afterwards {@code /simple/} still
 * answers 200. The seed is fixed (override with {@code -Dstatuslab.fuzz.seed=N}) and every
 * failure names it, with the case's own seed and bytes, so a failure can be replayed.
 */
class FuzzTest {

    private static final Duration IDLE = Duration.ofMillis(500);
    /** How long past the idle timeout an answer or a close may take before it counts as a hang. */
    private static final int GRACE_MS = 4_000;

    private static final long SEED = Long.getLong("statuslab.fuzz.seed", 0x5EED_2026L);
    private static final int RANDOM_CASES = 1_500;
    private static final int MUTATED_CASES = 1_500;
    private static final String PASSWD_LINE = "root:x:0:0";

    @RegisterExtension
    static final RunningServer SERVER =
            new RunningServer(SimulatorOptions.loopback(0).withIdleTimeout(IDLE));

    /** What came back: a status, or a connection closed without one. */
    private record Outcome(int status, boolean closed) {}

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hostileRequestsGetA4xxOrACloseNeverA5xxOrAHang() throws Exception {
        List<FuzzCases.Case> cases = FuzzCases.all(SEED, RANDOM_CASES, MUTATED_CASES);
        Collections.shuffle(cases, new Random(SEED));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (FuzzCases.Case c : cases) {
                done.add(pool.submit(() -> check(c, failures)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + cases.size() + " cases failed in " + ms + " ms (fuzz seed " + SEED + "):\n"
                        + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertEquals(200, SERVER.http().get("/simple/").status(), "/simple/ after the fuzzing (seed " + SEED + ")");
    }

    @Test
    void pathTraversalThroughAnythingNeverReachesAFile() throws IOException {
        for (String request : FuzzCases.traversals()) {
            String closing = request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
            RawHttp.Response r = SERVER.http().exchange(FuzzCases.bytes(closing), false);
            String line = request.lines().findFirst().orElseThrow();
            assertTrue(r.status() < 500, line + " answered " + r.status());
            assertTrue(!r.text().contains(PASSWD_LINE), line + " served a file: " + r.text());
        }
    }

    private static void check(FuzzCases.Case c, List<String> failures) {
        try {
            Outcome o = send(c);
            boolean allowed = o.closed() || o.status() < 500 || o.status() == 501 || o.status() == 505;
            if (!allowed) {
                failures.add("answered " + o.status() + ": " + c.describe());
            }
        } catch (SocketTimeoutException e) {
            failures.add("no answer and no close within " + (IDLE.toMillis() + GRACE_MS) + " ms: " + c.describe());
        } catch (IOException | RuntimeException e) {
            failures.add("client error " + e + ": " + c.describe());
        }
    }

    private static Outcome send(FuzzCases.Case c) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", SERVER.server().port()), 5_000);
            socket.setSoTimeout((int) IDLE.toMillis() + GRACE_MS);
            OutputStream out = socket.getOutputStream();
            try {
                if (c.sender() == FuzzCases.Sender.TRICKLE) {
                    for (byte b : c.bytes()) {
                        out.write(b);
                        out.flush();
                        sleep(20);
                    }
                } else {
                    out.write(c.bytes());
                    out.flush();
                }
                if (c.sender() == FuzzCases.Sender.WHOLE) {
                    socket.shutdownOutput();
                }
            } catch (IOException closedWhileWriting) {
                // The server may answer and close before it has read everything (413, 431, 400).
            }
            return readStatus(socket.getInputStream(), c.describe());
        }
    }

    /** The first final status on the connection; interim 1xx heads are skipped. */
    private static Outcome readStatus(InputStream in, String what) throws IOException {
        while (true) {
            String head;
            try {
                head = readHead(in);
            } catch (SocketTimeoutException e) {
                throw e;
            } catch (IOException reset) {
                return new Outcome(-1, true);
            }
            if (head.isEmpty()) {
                return new Outcome(-1, true);
            }
            String[] parts = head.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException(
                        "not an HTTP response: " + head.lines().findFirst().orElse("") + " for " + what);
            }
            int status = Integer.parseInt(parts[1]);
            if (status >= 200 || status == 101) {
                return new Outcome(status, false);
            }
        }
    }

    /** Reads up to the blank line ending a response head; empty when the connection ends first. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return "";
    }

    // ---- the cases ----

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
