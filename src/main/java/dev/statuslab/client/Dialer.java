package dev.statuslab.client;

import dev.statuslab.core.transcript.Timings;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The first two phases of a {@link Transfer}: resolving the host and connecting to the first of
 * its addresses that answers, with the time each took. The socket being connected is visible, so
 * an abort from another thread can close it.
 */
final class Dialer {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final WireClient.Options options;
    private final Supplier<String> aborted;
    private volatile Socket socket;
    private String address = "";
    private boolean literal;
    private long resolveStart;
    private long resolveEnd;
    private long connectStart;
    private long connectEnd;

    Dialer(WireClient.Options options, Supplier<String> aborted) {
        this.options = options;
        this.aborted = aborted;
    }

    /** The socket being connected, or the connected one; null before. */
    Socket socket() {
        return socket;
    }

    /** The address connected to (or last tried), as {@code host:port}. */
    String address() {
        return address;
    }

    InetAddress[] resolve(String host) throws IOException {
        literal = IPV4.matcher(host).matches() || host.contains(":");
        resolveStart = System.nanoTime();
        try {
            return InetAddress.getAllByName(host);
        } finally {
            resolveEnd = System.nanoTime();
        }
    }

    Socket connect(InetAddress[] addresses, int port) throws IOException {
        connectStart = System.nanoTime();
        IOException last = new IOException("no address to connect to");
        try {
            for (InetAddress a : addresses) {
                Socket s = new Socket();
                socket = s;
                if (aborted.get() != null) {
                    Nanos.closeQuietly(s);
                    throw new SocketException("aborted");
                }
                address =
                        (a instanceof Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress()) + ":" + port;
                try {
                    s.connect(
                            new InetSocketAddress(a, port),
                            Nanos.millis(options.connectTimeout().toMillis()));
                    s.setSoTimeout(Nanos.millis(options.readTimeout().toMillis()));
                    s.setTcpNoDelay(true);
                    return s;
                } catch (IOException e) {
                    Nanos.closeQuietly(s);
                    last = e;
                    if (aborted.get() != null) {
                        throw e;
                    }
                }
            }
            throw last;
        } finally {
            connectEnd = System.nanoTime();
        }
    }

    /** A TLS handshake on the connection ends the connect phase, as browsers count it. */
    void handshakeEnded(long nanos) {
        connectEnd = nanos;
    }

    double dnsMillis() {
        return literal || resolveStart == 0 ? Timings.NOT_APPLICABLE : Nanos.ms(resolveEnd - resolveStart);
    }

    double connectMillis(long end) {
        return connectStart == 0 ? Timings.NOT_APPLICABLE : Nanos.ms(Nanos.or(connectEnd, end) - connectStart);
    }
}
