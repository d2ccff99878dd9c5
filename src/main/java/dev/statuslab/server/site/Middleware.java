package dev.statuslab.server.site;

/**
 * One layer of Django's middleware: it may answer the request itself or pass it on, and may
 * change the response on its way out.
 */
@FunctionalInterface
public interface Middleware {

    SiteResponse process(SiteRequest request, Handler next) throws Exception;

    /** The rest of the chain, as Django's {@code get_response}. */
    @FunctionalInterface
    interface Handler {
        SiteResponse handle(SiteRequest request) throws Exception;
    }

    /** Django's {@code process_view} hook: a chance to answer after URL resolution, before the view. */
    @FunctionalInterface
    interface ViewHook {
        /** A response that replaces the view's, or null to let the view run. */
        SiteResponse processView(SiteRequest request, View view);
    }
}
