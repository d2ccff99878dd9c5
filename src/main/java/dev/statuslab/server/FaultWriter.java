package dev.statuslab.server;

import dev.statuslab.core.scenario.Fault;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Breaks a connection on purpose, as {@link Fault} names it. The raw faults write to the
 * connection beneath Jetty's HTTP layer and close it before the handler returns, so Jetty has
 * nothing left to send; the trickle is a well-formed response written slowly from the scheduler,
 * so the connection thread is not held.
 */
final class FaultWriter {

    private static final Logger LOG = LoggerFactory.getLogger(FaultWriter.class);
    private static final String OK_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n";
    private static final int SHORT_BODY_SENT = 400;
    private static final int RANDOM_BYTES = 64;

    private final ScheduledExecutorService scheduler;

    FaultWriter(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    void perform(Context ctx, Fault fault, int bytesPerSecond) {
        if (fault == Fault.TRICKLE) {
            trickle(ctx, bytesPerSecond);
            return;
        }
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData()
                .getConnection()
                .getEndPoint();
        try {
            switch (fault) {
                case RESET -> reset(endPoint);
                case EMPTY -> endPoint.close();
                case MALFORMED_CHUNK ->
                    writeThenClose(
                            endPoint,
                            ascii(OK_HEAD
                                    + "Transfer-Encoding: chunked\r\n\r\n5\r\nHello\r\nzz\r\nthis is not a chunk\r\n"));
                case RANDOM_THEN_CLOSE -> writeThenClose(endPoint, noise());
                case SHORT_BODY ->
                    writeThenClose(
                            endPoint,
                            ascii(OK_HEAD + "Content-Length: " + Fault.TRICKLE_BYTES + "\r\n\r\n"
                                    + text(SHORT_BODY_SENT)));
                default -> throw new IllegalStateException("not a raw fault: " + fault);
            }
        } catch (IOException | ExecutionException | TimeoutException e) {
            LOG.debug("fault {}: the connection was already gone", fault.id(), e);
            endPoint.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endPoint.close();
        }
    }

    /** SO_LINGER 0, then close: the kernel sends a TCP RST instead of a FIN. */
    private static void reset(EndPoint endPoint) throws IOException {
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            channel.close();
        }
        endPoint.close();
    }

    private static void writeThenClose(EndPoint endPoint, byte[] bytes)
            throws InterruptedException, ExecutionException, TimeoutException {
        FutureCallback written = new FutureCallback();
        endPoint.write(written, ByteBuffer.wrap(bytes));
        written.get(5, TimeUnit.SECONDS);
        endPoint.close();
    }

    /** A 200 of {@link Fault#TRICKLE_BYTES} bytes, sent a slice at a time: {@code bps} bytes a second. */
    private void trickle(Context ctx, int bps) {
        long intervalMs = Math.max(100, 1000 / bps);
        int slice = (int) Math.max(1, bps * intervalMs / 1000);
        byte[] body = ascii(text(Fault.TRICKLE_BYTES));
        ctx.status(200);
        ctx.res().setContentType("text/plain; charset=utf-8");
        ctx.res().setContentLengthLong(body.length);
        ctx.future(() -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            int[] sent = {0};
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                try {
                    OutputStream out = ctx.res().getOutputStream();
                    int n = Math.min(slice, body.length - sent[0]);
                    out.write(body, sent[0], n);
                    out.flush();
                    sent[0] += n;
                    if (sent[0] >= body.length) {
                        done.complete(null);
                    } else {
                        scheduler.schedule(next[0], intervalMs, TimeUnit.MILLISECONDS);
                    }
                } catch (IOException | RuntimeException e) {
                    done.completeExceptionally(e);
                }
            };
            scheduler.schedule(next[0], intervalMs, TimeUnit.MILLISECONDS);
            return done;
        });
    }

    /** Bytes that cannot be read as a status line (the first is not 'H'). */
    private static byte[] noise() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RandomGenerator.getDefault().nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        return bytes;
    }

    private static String text(int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append("StatusLab fault body. ");
        }
        out.setLength(length);
        return out.toString();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
