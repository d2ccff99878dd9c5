package dev.statuslab.server.site;

/**
 * The stock error pages of django.views.defaults with DEBUG=False, in the same shape: a title,
 * a heading and a line of detail, served as text/html; charset=utf-8.
 */
public final class ErrorPages {

    private ErrorPages() {
    }

    public static SiteResponse notFound() {
        return SiteResponse.html(404, page("Not Found", "The requested resource was not found on this server."));
    }

    public static SiteResponse forbidden() {
        return SiteResponse.html(403, page("403 Forbidden", ""));
    }

    public static SiteResponse badRequest() {
        return SiteResponse.html(400, page("Bad Request (400)", ""));
    }

    public static SiteResponse serverError() {
        return SiteResponse.html(500, page("Server Error (500)", ""));
    }

    /** The page template Django falls back to when a project has no 404.html etc. */
    public static String page(String title, String details) {
        return "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>" + title + "</title>\n</head>\n"
                + "<body>\n  <h1>" + title + "</h1><p>" + details + "</p>\n</body>\n</html>\n";
    }
}
