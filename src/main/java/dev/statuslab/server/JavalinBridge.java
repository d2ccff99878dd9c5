package dev.statuslab.server;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.server.cors.Cors;
import dev.statuslab.server.cors.CorsPolicy;
import dev.statuslab.server.jetty.ReasonPhraseConnectionFactory;
import dev.statuslab.server.site.ErrorPages;
import dev.statuslab.server.site.Html;
import dev.statuslab.server.site.Site;
import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Carries a request from Javalin to the site and the site's response back to the wire, keeping
 * field order and case both ways. It applies the rules of HTTP where Django's servers do not:
 * no content (and no Content-Length) for 1xx, 204 and 304, none for 205, none for HEAD, and a
 * body cap enforced before anything is read.
 */
final class JavalinBridge {

    private static final byte[] NO_BODY = new byte[0];

    private final Site site;
    private final MockRoutes mocks;
    private final ScheduledExecutorService delays;
    private final IntFunction<String> reasons;
    private final long maxBodyBytes;
    private final Cors cors;
    private final FaultWriter faults;
    private final Supplier<Proxying> proxying;
    private final Supplier<DjangoVersion> django;

    JavalinBridge(
            Site site,
            MockRoutes mocks,
            Cors cors,
            Supplier<Proxying> proxying,
            ScheduledExecutorService delays,
            IntFunction<String> reasons,
            long maxBodyBytes,
            Supplier<DjangoVersion> django) {
        this.proxying = proxying;
        this.django = django;
        this.site = site;
        this.mocks = mocks;
        this.cors = cors;
        this.faults = new FaultWriter(delays);
        this.delays = delays;
        this.reasons = reasons;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Answers one request. Failures to read the body become a 4xx; failures to write are left to Jetty. */
    void handle(Context ctx) {
        try {
            dispatch(ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing an interim response", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write an interim response", e);
        }
    }

    private void dispatch(Context ctx) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        DjangoVersion version = django.get(); // one version for the whole request, whatever a switch does meanwhile
        HttpServletRequest req = ctx.req();
        ServletContextRequest core = ServletContextRequest.getServletContextRequest(req);
        if (req.getContentLengthLong() > maxBodyBytes) {
            write(ctx, tooLarge(), false);
            return;
        }
        String path = core.getHttpURI().getDecodedPath();
        path = path == null || path.isEmpty() ? "/" : path;
        // Django refuses a body declared past DATA_UPLOAD_MAX_MEMORY_SIZE when a view reads it; it is
        // then never read here either, so that memory per request stays at Django's bound.
        boolean withhold =
                req.getContentLengthLong() > SiteRequest.DATA_UPLOAD_MAX_MEMORY_SIZE && site.djangoLimitsApply(path);
        byte[] body;
        try {
            body = withhold ? NO_BODY : readBody(req);
        } catch (BadMessageException e) {
            write(ctx, unreadableBody(400, "Bad Request (400)", String.valueOf(e.getReason())), false);
            return;
        } catch (IOException e) {
            // The body ended before its Content-Length or its last chunk, its chunk framing was
            // broken, or it stopped arriving: the client's fault, never a 500.
            write(
                    ctx,
                    timedOut(e)
                            ? unreadableBody(408, "Request Timeout (408)", "it stopped arriving")
                            : unreadableBody(400, "Bad Request (400)", "it ended early or its framing is broken"),
                    false);
            return;
        }
        if (body == null) {
            write(ctx, tooLarge(), false);
            return;
        }
        List<Header> lines = new ArrayList<>();
        for (HttpField f : core.getHeaders()) {
            lines.add(new Header(f.getName(), f.getValue()));
        }
        SiteRequest request = new SiteRequest(
                        req.getMethod(),
                        path,
                        core.getHttpURI().getQuery(),
                        req.getProtocol(),
                        Headers.of(lines),
                        body,
                        req.getRemoteAddr())
                .django(version);
        if (withhold) {
            request.withholdBody();
        }
        SiteResponse response = answer(request);
        boolean head = request.isMethod("HEAD");
        if (response.delayMillis() > 0) {
            ctx.future(() -> {
                CompletableFuture<Void> done = new CompletableFuture<>();
                delays.schedule(
                        () -> {
                            try {
                                deliver(ctx, response, head);
                                done.complete(null);
                            } catch (Exception e) {
                                done.completeExceptionally(e);
                            }
                        },
                        response.delayMillis(),
                        TimeUnit.MILLISECONDS);
                return done;
            });
            return;
        }
        deliver(ctx, response, head);
    }

    /** Writes the response, or performs its fault. */
    private void deliver(Context ctx, SiteResponse response, boolean head)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (response.fault() != null) {
            faults.perform(ctx, response.fault(), response.faultBytesPerSecond());
        } else {
            write(ctx, response, head);
        }
    }

    /** The mock's answer, else the playground's or the site's, with CORS where it applies. */
    private SiteResponse answer(SiteRequest request) {
        CorsPolicy policy = cors.policy();
        Proxying via = proxying.get();
        boolean corsApplies = policy.enabled()
                && (policy.site() || via.on() || Routes.isPlayground(request.path()) || mocks.hasPath(request.path()));
        if (corsApplies && Cors.isPreflight(request)) {
            return Cors.preflight(
                    request, policy, mocks.allowFor(request.path()).orElse(Cors.ANY_METHODS));
        }
        SiteResponse response = mocks.answer(request)
                .orElseGet(() -> via.on() ? via.forward(request, maxBodyBytes) : site.handle(request));
        if (corsApplies) {
            Cors.decorate(request, response, policy);
        }
        return response;
    }

    private byte[] readBody(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() <= 0 && req.getHeader("Transfer-Encoding") == null) {
            return NO_BODY;
        }
        try (InputStream in = req.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            return bytes.length > maxBodyBytes ? null : bytes;
        }
    }

    private static SiteResponse unreadableBody(int status, String title, String why) {
        return SiteResponse.html(
                        status, ErrorPages.page(title, "The request body could not be read: " + Html.escape(why)))
                .header("Connection", "close");
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private SiteResponse tooLarge() {
        return SiteResponse.html(
                        413,
                        ErrorPages.page(
                                "Content Too Large (413)",
                                "The request body is larger than " + maxBodyBytes + " bytes."))
                .header("Connection", "close");
    }

    private void write(Context ctx, SiteResponse response, boolean head)
            throws InterruptedException, ExecutionException, TimeoutException {
        ServletContextResponse core = ServletContextResponse.getServletContextResponse(ctx.res());
        for (SiteResponse.Interim interim : response.interim()) {
            HttpFields.Mutable fields = HttpFields.build();
            interim.headers().forEach(h -> fields.add(h.name(), h.value()));
            core.writeInterim(interim.status(), fields.asImmutable()).get(5, TimeUnit.SECONDS);
        }
        int status = response.status();
        boolean noContentAllowed = status < 200 || status == 204 || status == 304;
        byte[] body = noContentAllowed || status == 205 ? new byte[0] : response.body();
        ctx.status(status);
        // The fields of the core response, beneath the servlet layer, which would rewrite
        // "text/html; charset=utf-8" as "text/html;charset=utf-8".
        HttpFields.Mutable fields = core.getWrapped().getHeaders();
        fields.remove(HttpHeader.CONTENT_TYPE);
        for (Header h : response.headers()) {
            if (h.is("Transfer-Encoding") || h.is("Content-Length") || (noContentAllowed && h.is("Content-Type"))) {
                continue;
            }
            if (h.is("Date")) {
                fields.put(HttpHeader.DATE, h.value()); // replaces the server's own (which cannot be removed)
            } else {
                fields.add(h.name(), h.value());
            }
        }
        if (!noContentAllowed) {
            fields.put(HttpHeader.CONTENT_LENGTH, body.length);
        }
        if (response.reason() != null
                && !response.reason().equals(reasons.apply(status))
                && !ctx.req().getProtocol().startsWith("HTTP/2")) { // HTTP/2 has no reason phrase
            fields.put(ReasonPhraseConnectionFactory.REASON_FIELD, response.reason());
        }
        if (!head && body.length > 0) {
            // Straight to the servlet's stream, past Javalin's result stream: no compression check
            // on each answer (compression is off, as in a fresh Django project) and no copy loop.
            try {
                ctx.res().getOutputStream().write(body);
            } catch (IOException e) {
                // The client went away mid-answer: there is no one left to tell.
            }
        } else if (status == 304) {
            // Committed now, before Jetty would count the (absent) content and add "Content-Length: 0":
            // a 304 may only carry the length the 200 would have had (RFC 9110 8.6), so it carries none.
            commit(ctx);
        }
    }

    private static void commit(Context ctx) {
        try {
            ctx.res().flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
