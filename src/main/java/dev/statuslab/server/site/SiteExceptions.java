package dev.statuslab.server.site;

/** The exceptions Django turns into responses (django.http.Http404, core.exceptions.*). */
public final class SiteExceptions {

    private SiteExceptions() {}

    /** {@code raise Http404}: the stock 404 page. */
    public static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotFound(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code raise PermissionDenied}: the stock 403 page. */
    public static final class PermissionDenied extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PermissionDenied(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code SuspiciousOperation} / {@code BadRequest} (DisallowedHost, RequestDataTooBig): the stock 400 page. */
    public static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
