package dev.statuslab.client;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.TruncatedChunkException;

/** Turns what went wrong in one exchange into a sentence for the user. */
final class Failures {

    /** How far an exchange got. */
    enum Phase {
        RESOLVE,
        CONNECT,
        HANDSHAKE,
        SEND,
        WAIT,
        RECEIVE
    }

    private Failures() {}

    /**
     * What went wrong, naming the fault as it is known (WireMock's names): a reset, an empty reply,
     * a malformed chunk, bytes that are not HTTP, a body short of its length.
     *
     * @param received how many bytes of the response had arrived, or -1 when unknown
     */
    static String describe(
            Exception e, Phase phase, String host, String address, WireClient.Options options, long received) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof UnknownHostException) {
            return "cannot resolve host " + host;
        }
        if (e instanceof SocketTimeoutException) {
            if (phase == Phase.CONNECT) {
                return "could not connect to " + address + " within " + format(options.connectTimeout());
            }
            if (phase == Phase.HANDSHAKE) {
                return "TLS: the handshake with " + address + " did not finish within " + format(options.readTimeout());
            }
            if (phase == Phase.RECEIVE) {
                return "the response stopped: nothing more arrived within " + format(options.readTimeout());
            }
            return "no response within " + format(options.readTimeout());
        }
        if (phase == Phase.CONNECT) {
            if (e instanceof ConnectException && detail.toLowerCase(Locale.ROOT).contains("refused")) {
                return "connection refused by " + address;
            }
            return "cannot connect to " + address + ": " + detail;
        }
        if (phase == Phase.HANDSHAKE) {
            return "TLS: the handshake with " + address + " failed: " + detail;
        }
        String after = received >= 0 ? " after " + received + (received == 1 ? " byte" : " bytes") : "";
        if (e instanceof NoHttpResponseException) {
            return received > 0
                    ? "the server sent " + received + " bytes that are not an HTTP response, then closed the connection"
                    : "the server closed the connection without sending a response (an empty reply)";
        }
        if (e instanceof TruncatedChunkException || e instanceof ConnectionClosedException) {
            return "the server closed the connection before the response was complete" + after + " (" + detail + ")";
        }
        if (e instanceof MalformedChunkCodingException) {
            return "the server sent a malformed chunk" + after + " (" + detail + ")";
        }
        if (e instanceof MessageConstraintException) {
            return "the server sent a malformed response: " + detail;
        }
        if (e instanceof IllegalArgumentException && (phase == Phase.WAIT || phase == Phase.RECEIVE)) {
            return "the server sent a malformed response: " + detail; // e.g. a four-digit status code
        }
        if (e instanceof HttpException
                && phase == Phase.WAIT
                && detail.startsWith("Invalid protocol version")
                && received > 0) {
            return "the server sent " + received + " bytes that are not an HTTP response (no HTTP/1.x status line)";
        }
        if (e instanceof HttpException) {
            return phase == Phase.SEND
                    ? "cannot send the request: " + detail
                    : "the server sent a malformed response: " + detail;
        }
        if (e instanceof SocketException && detail.toLowerCase(Locale.ROOT).contains("reset")) {
            return phase == Phase.SEND
                    ? "the server reset the connection while the request was being sent"
                    : "connection reset" + (after.isEmpty() ? " by the server" : after);
        }
        if (phase == Phase.SEND) {
            return "the connection failed while the request was being sent: " + detail;
        }
        return "the exchange failed: " + detail;
    }

    /** "60 s", or "1500 ms" when not whole seconds. */
    static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
