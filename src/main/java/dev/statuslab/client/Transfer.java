package dev.statuslab.client;

import dev.statuslab.client.Failures.Phase;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.io.Spool;
import dev.statuslab.core.tls.TlsInfo;
import dev.statuslab.core.tls.TlsProblem;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Timings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange on a connection of its own: resolve, connect, write the request, read interim
 * and final responses, close. Runs on a client thread; {@link #abort()} may come from any thread.
 */
final class Transfer {

    private static final Logger LOG = LoggerFactory.getLogger(Transfer.class);

    private static final Timeout CONTINUE_WAIT = Timeout.ofSeconds(1);

    private final String id;
    private final Instant startedAt;
    private final long queuedNanos;
    private final HttpRequest original;
    private final WireClient.Options options;
    private final SendOptions sendOptions;
    private final TlsConnector tls;
    private final Spool spool;
    private final HeadRecorder sent = HeadRecorder.request();
    private final HeadRecorder received = HeadRecorder.response();
    private volatile Socket socket;
    private volatile String aborted;
    private final Dialer dialer;
    private Phase phase = Phase.RESOLVE;
    private long sslStart;
    private long sslEnd;
    private TlsInfo tlsInfo;
    private H2Transfer.Progress h2Progress;
    private long sendStart;
    private long sendEnd;

    Transfer(
            String id,
            HttpRequest request,
            WireClient.Options options,
            SendOptions sendOptions,
            TlsConnector tls,
            Spool spool) {
        this.id = id;
        this.startedAt = Instant.now();
        this.queuedNanos = System.nanoTime();
        this.original = request;
        this.options = options;
        this.sendOptions = sendOptions;
        this.tls = tls;
        this.spool = spool;
        this.dialer = new Dialer(options, () -> aborted);
    }

    /** Closes the connection so that blocking I/O ends at once; {@code reason} becomes the failure. */
    void abort(String reason) {
        aborted = reason;
        Nanos.closeQuietly(dialer.socket());
        Nanos.closeQuietly(socket);
    }

    /** A failure exchange for a transfer that never ran. */
    Exchange notRun(String reason) {
        return failed(original, reason, queuedNanos);
    }

    /** Runs the exchange; never throws, a failure is an exchange without a response. */
    Exchange run() {
        long start = System.nanoTime();
        if (aborted != null) {
            return failed(original, aborted, start);
        }
        WireRequest wire;
        try {
            wire = WireRequest.prepare(original, sendOptions);
        } catch (WireRequest.Refused e) {
            return failed(original, e.getMessage(), start);
        }
        try {
            return exchange(wire, start);
        } catch (TlsConnector.Failed e) {
            tlsInfo = e.info();
            return failed(wire.request(), aborted != null ? aborted : e.getMessage(), start);
        } catch (IOException | HttpException | RuntimeException e) {
            String text = aborted != null
                    ? aborted
                    : Failures.describe(e, phase, wire.host(), dialer.address(), options, received.total());
            if (aborted == null && !wire.secure() && TlsConnector.looksLikeTls(received.text())) {
                tlsInfo = new TlsInfo(
                        wire.hostPort(), "", "", "", List.of(), TlsInfo.Trust.REFUSED, TlsProblem.TLS_EXPECTED);
                text = TlsConnector.sentence(TlsProblem.TLS_EXPECTED, wire.hostPort(), null);
            }
            return failed(wire.request(), text, start);
        } finally {
            Nanos.closeQuietly(dialer.socket());
            Nanos.closeQuietly(socket);
        }
    }

    private Exchange exchange(WireRequest wire, long start) throws IOException, HttpException {
        InetAddress[] addresses = dialer.resolve(wire.host());
        phase = Phase.CONNECT;
        Socket s = dialer.connect(addresses, wire.port());
        if (wire.secure()) {
            phase = Phase.HANDSHAKE;
            sslStart = System.nanoTime();
            TlsConnector.Secured secured = tls.handshake(s, wire.host(), wire.hostPort(), sendOptions);
            socket = secured.socket();
            s = secured.socket();
            tlsInfo = secured.info();
            sslEnd = System.nanoTime();
            dialer.handshakeEnded(sslEnd);
        }
        phase = Phase.SEND;
        boolean h2 =
                tlsInfo != null ? tlsInfo.alpn().equals("h2") : sendOptions.version() == SendOptions.Version.HTTP_2;
        if (h2) {
            return exchangeH2(s, wire, start);
        }
        TappedConnection conn = new TappedConnection();
        conn.bind(s, sent, received);
        List<HttpResponse.Interim> interim = new ArrayList<>();
        ClassicHttpResponse response = null;
        IOException uploadFailure = null;
        Body body = wire.request().body();
        boolean chunked = wire.request().headers().has("Transfer-Encoding");
        try (InputStream content = body.open()) {
            ClassicHttpRequest request =
                    Messages.classic(wire, body.isEmpty() && !chunked ? null : content, body.size());
            sendStart = System.nanoTime();
            conn.sendRequestHeader(request);
            if (request.getEntity() != null && wire.expectsContinue()) {
                response = awaitContinue(conn, interim);
            }
            try {
                if (response == null) {
                    conn.sendRequestEntity(request);
                }
                conn.flush();
            } catch (IOException e) {
                uploadFailure = e; // the server may have answered early (413) and closed
            }
        }
        sendEnd = System.nanoTime();
        phase = Phase.WAIT;
        try {
            while (response == null) {
                ClassicHttpResponse r = conn.receiveResponseHeader();
                if (Messages.isInterim(r.getCode())) {
                    interim.add(interim(r, interim.size()));
                } else {
                    response = r;
                }
            }
        } catch (IOException | HttpException e) {
            if (uploadFailure != null) {
                phase = Phase.SEND;
                throw uploadFailure;
            }
            throw e;
        }
        phase = Phase.RECEIVE;
        StatusLine statusLine = Messages.statusLine(response, received.startLines(), interim.size());
        Body responseBody = Body.empty();
        if (Messages.hasBody(wire.method(), response.getCode())) {
            conn.receiveResponseEntity(response);
            try (InputStream in = response.getEntity().getContent()) {
                responseBody = spool.read(in);
            }
        }
        return done(
                wire.request(),
                new HttpResponse(interim, statusLine, Messages.headers(response), responseBody),
                null,
                start);
    }

    private Exchange exchangeH2(Socket s, WireRequest wire, long start) throws IOException {
        h2Progress = new H2Transfer.Progress();
        HttpResponse result = H2Transfer.exchange(s, wire, spool, h2Progress);
        return done(wire.request(), result, null, start);
    }

    /** After the head of an Expect: 100-continue request: wait briefly for 100, or for a final answer. */
    private ClassicHttpResponse awaitContinue(TappedConnection conn, List<HttpResponse.Interim> interim)
            throws IOException, HttpException {
        conn.flush();
        while (conn.isDataAvailable(CONTINUE_WAIT)) {
            ClassicHttpResponse r = conn.receiveResponseHeader();
            if (!Messages.isInterim(r.getCode())) {
                return r; // answered without wanting the body: it is not sent
            }
            interim.add(interim(r, interim.size()));
            if (r.getCode() == 100) {
                return null;
            }
        }
        return null;
    }

    private Exchange failed(HttpRequest request, String failure, long start) {
        return done(request, null, failure, start);
    }

    /** The exchange as it ended: the heads as they went over the wire (HTTP/1.1 or HTTP/2), the timings, TLS. */
    private Exchange done(HttpRequest request, HttpResponse response, String failure, long start) {
        boolean h2 = h2Progress != null;
        String out = h2 ? h2Progress.requestHead : sent.text();
        String in = h2 ? h2Progress.responseHead.toString() : received.text();
        return Exchange.overTls(
                id, startedAt, kept(request), response, failure, out, in, timings(start, System.nanoTime()), tlsInfo);
    }

    private Timings timings(long start, long end) {
        double blocked = Nanos.ms(start - queuedNanos);
        double dns = dialer.dnsMillis();
        double connect = dialer.connectMillis(end);
        double ssl = sslStart == 0 ? Timings.NOT_APPLICABLE : Nanos.ms(Nanos.or(sslEnd, end) - sslStart);
        if (h2Progress != null) {
            sendStart = h2Progress.sendStart;
            sendEnd = h2Progress.sendEnd;
        }
        double send = sendStart == 0 ? 0 : Nanos.ms(Nanos.or(sendEnd, end) - sendStart);
        double waiting = 0;
        double receive = 0;
        if (sendEnd != 0) {
            // The first byte of a response after the request was sent: a 100 Continue that came
            // before the body went out does not end the wait.
            long head = h2Progress != null
                    ? (h2Progress.firstByte == 0 ? -1 : h2Progress.firstByte)
                    : received.headStartAfter(sendEnd);
            long first = head < 0 ? end : Math.max(head, sendEnd);
            waiting = Nanos.ms(first - sendEnd);
            receive = Nanos.ms(end - first);
        }
        return new Timings(blocked, dns, connect, ssl, send, waiting, receive);
    }

    private HttpResponse.Interim interim(ClassicHttpResponse r, int index) {
        return new HttpResponse.Interim(Messages.statusLine(r, received.startLines(), index), Messages.headers(r));
    }

    /**
     * The request as the history should keep it: a body in memory beyond the cap moves to a file of
     * the spool, so a session of large uploads does not hold them all on the heap. When the file
     * cannot be written the request is kept as it is.
     */
    private HttpRequest kept(HttpRequest request) {
        Body body = request.body();
        if (!body.inMemory() || spool.fitsInMemory(body.size())) {
            return request;
        }
        try (InputStream in = body.open()) {
            return request.withBody(spool.read(in));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Kept a {} byte request body in memory: {}", body.size(), e.toString());
            return request;
        }
    }
}
