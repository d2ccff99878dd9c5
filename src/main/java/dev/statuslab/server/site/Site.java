package dev.statuslab.server.site;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated Django project: a front web server that refuses methods it does not implement,
 * then the middleware of a fresh {@code startproject} in Django's order, URL resolution, the
 * {@code process_view} hooks, and the view. As in Django, an exception raised at any layer
 * becomes a response there (404, 403, 400 or 500 page) and the outer layers still see it.
 */
public final class Site {

    private static final Logger LOG = LoggerFactory.getLogger(Site.class);

    /** The URL resolution done once per request, shared by the front server and the URL conf step. */
    private static final String MATCH = "statuslab.urlMatch";

    private final UrlConf urls;
    private final Middleware.Handler chain;
    private final List<Middleware.ViewHook> viewHooks;

    public Site(UrlConf urls, AllowedHosts hosts, Csrf csrf) {
        this.urls = urls;
        this.viewHooks = List.of(csrf);
        List<Middleware> stack = List.of(
                StockMiddleware.security(),
                StockMiddleware.session(),
                StockMiddleware.common(hosts, urls),
                csrf,
                // AuthenticationMiddleware and MessageMiddleware: nothing visible here.
                StockMiddleware.xFrameOptions());
        Middleware.Handler handler = guarded(this::resolveAndCall, true);
        for (int i = stack.size() - 1; i >= 0; i--) {
            Middleware layer = stack.get(i);
            Middleware.Handler inner = handler;
            handler = guarded(request -> layer.process(request, inner), false);
        }
        this.chain = handler;
    }

    /** Handles one request; never throws. */
    public SiteResponse handle(SiteRequest request) {
        Optional<UrlConf.Match> match = urls.resolve(request.path());
        request.setAttribute(MATCH, match);
        boolean passExtension =
                match.map(m -> m.view().acceptsExtensionMethods()).orElse(false);
        if (!passExtension && !isImplemented(request.method())) {
            return notImplemented(request.method());
        }
        try {
            return chain.handle(request);
        } catch (Exception e) {
            LOG.error("Internal Server Error: {}", request.path(), e);
            return ErrorPages.serverError(request.django());
        }
    }

    /**
     * Whether a request for {@code path} goes to a Django view, whose body Django would refuse past
     * DATA_UPLOAD_MAX_MEMORY_SIZE; the playground's views, open to any method, take any body up to
     * the server's own cap.
     */
    public boolean djangoLimitsApply(String path) {
        return urls.resolve(path).map(m -> !m.view().acceptsExtensionMethods()).orElse(true);
    }

    public UrlConf urls() {
        return urls;
    }

    @SuppressWarnings("unchecked")
    private SiteResponse resolveAndCall(SiteRequest request) throws Exception {
        Object known = request.attribute(MATCH);
        Optional<UrlConf.Match> resolved =
                known != null ? (Optional<UrlConf.Match>) known : urls.resolve(request.path());
        UrlConf.Match match =
                resolved.orElseThrow(() -> new SiteExceptions.NotFound("no URL pattern matches " + request.path()));
        for (Middleware.ViewHook hook : viewHooks) {
            SiteResponse early = hook.processView(request, match.view());
            if (early != null) {
                return early;
            }
        }
        return match.view().handle(request, match.params());
    }

    /**
     * Django's {@code convert_exception_to_response}, applied around every layer. Around the view
     * ({@code innermost}), a 400 or 500 is logged at error level with the request, and before
     * Django 5.x the logging's AdminEmailHandler reads {@code request.user} even with no ADMINS,
     * which touches the session: SessionMiddleware then adds {@code Vary: Cookie}.
     */
    private static Middleware.Handler guarded(Middleware.Handler handler, boolean innermost) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (SiteExceptions.NotFound e) {
                LOG.debug("Not Found: {}", request.path());
                return ErrorPages.notFound(request.django());
            } catch (SiteExceptions.PermissionDenied e) {
                LOG.debug("Forbidden (Permission denied): {}", request.path());
                return ErrorPages.forbidden(request.django());
            } catch (SiteExceptions.BadRequest e) {
                LOG.warn("Bad Request: {} ({})", request.path(), e.getMessage());
                errorLoggedWithRequest(request, innermost);
                return ErrorPages.badRequest(request.django());
            } catch (Exception e) {
                LOG.error("Internal Server Error: {}", request.path(), e);
                errorLoggedWithRequest(request, innermost);
                return ErrorPages.serverError(request.django());
            }
        };
    }

    private static void errorLoggedWithRequest(SiteRequest request, boolean innermost) {
        if (innermost && !request.django().atLeast(5, 0)) {
            StockMiddleware.sessionAccessed(request);
        }
    }

    private static boolean isImplemented(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE" -> true;
            default -> false;
        };
    }

    /** What a front server such as nginx or gunicorn's parser answers to a method it does not know. */
    private static SiteResponse notImplemented(String method) {
        return SiteResponse.html(
                501,
                ErrorPages.page(
                        "Not Implemented (501)",
                        "The method " + Html.escape(method) + " is not implemented by this server."));
    }
}
