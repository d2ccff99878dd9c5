package dev.statuslab.server.site;

/**
 * The response-side behaviour of the middleware in a fresh {@code startproject} that is visible
 * on the wire: SecurityMiddleware, CommonMiddleware and XFrameOptionsMiddleware. Session,
 * Authentication and Messages middleware add nothing to these views' responses.
 */
public final class StockMiddleware {

    private StockMiddleware() {}

    private static final String SESSION_ACCESSED = "statuslab.sessionAccessed";

    /**
     * SecurityMiddleware with its defaults: nosniff and same-origin referrers, and from Django 4.0
     * on {@code Cross-Origin-Opener-Policy: same-origin} (SECURE_CROSS_ORIGIN_OPENER_POLICY).
     */
    public static Middleware security() {
        return (request, next) -> {
            SiteResponse response = next.handle(request);
            setDefault(response, "X-Content-Type-Options", "nosniff");
            setDefault(response, "Referrer-Policy", "same-origin");
            if (request.django().atLeast(4, 0)) {
                setDefault(response, "Cross-Origin-Opener-Policy", "same-origin");
            }
            return response;
        };
    }

    /**
     * SessionMiddleware: the tutorial's views never touch the session, so it adds nothing, unless
     * something read {@code request.user} or the session on the way ({@link #sessionAccessed}):
     * then {@code Vary: Cookie}.
     */
    public static Middleware session() {
        return (request, next) -> {
            SiteResponse response = next.handle(request);
            if (Boolean.TRUE.equals(request.attribute(SESSION_ACCESSED))) {
                response.patchVary("Cookie");
            }
            return response;
        };
    }

    /** Marks the session as read during this request ({@code request.session.accessed}). */
    static void sessionAccessed(SiteRequest request) {
        request.setAttribute(SESSION_ACCESSED, true);
    }

    /**
     * CommonMiddleware: validates the Host (ALLOWED_HOSTS), redirects a 404 to the same path with
     * a slash when that path exists (APPEND_SLASH, 301), and adds Content-Length.
     */
    public static Middleware common(AllowedHosts hosts, UrlConf urls) {
        return (request, next) -> {
            String problem = hosts.problem(request.header("Host").orElse(null));
            if (problem != null) {
                throw new SiteExceptions.BadRequest(problem);
            }
            SiteResponse response = next.handle(request);
            if (response.status() == 404 && shouldRedirectWithSlash(request, urls)) {
                String query = request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery();
                String target = request.path() + "/" + query;
                if (target.startsWith("//")) {
                    target = "/%2F" + target.substring(2);
                }
                return SiteResponse.redirect(301, target);
            }
            if (!response.hasHeader("Content-Length")) {
                response.header("Content-Length", Integer.toString(response.body().length));
            }
            return response;
        };
    }

    static boolean shouldRedirectWithSlash(SiteRequest request, UrlConf urls) {
        String path = request.path();
        return !path.endsWith("/") && !urls.isValidPath(path) && urls.isValidPath(path + "/");
    }

    /** XFrameOptionsMiddleware: DENY unless the view set its own value. */
    public static Middleware xFrameOptions() {
        return (request, next) -> {
            SiteResponse response = next.handle(request);
            setDefault(response, "X-Frame-Options", "DENY");
            return response;
        };
    }

    private static void setDefault(SiteResponse response, String name, String value) {
        if (!response.hasHeader(name)) {
            response.header(name, value);
        }
    }
}
