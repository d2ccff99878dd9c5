package dev.statuslab.server.site;

import dev.statuslab.core.django.DjangoVersion;

/**
 * The stock error pages of django.views.defaults with DEBUG=False, in the same shape: a title,
 * a heading and a line of detail. Django 4.0 and later serve them as text/html; charset=utf-8,
 * Django 3.2 as plain text/html (its views passed {@code content_type='text/html'}).
 */
public final class ErrorPages {

    private ErrorPages() {}

    public static SiteResponse notFound(DjangoVersion django) {
        return stock(django, 404, page("Not Found", "The requested resource was not found on this server."));
    }

    public static SiteResponse forbidden(DjangoVersion django) {
        return stock(django, 403, page("403 Forbidden", ""));
    }

    public static SiteResponse badRequest(DjangoVersion django) {
        return stock(django, 400, page("Bad Request (400)", ""));
    }

    public static SiteResponse serverError(DjangoVersion django) {
        return stock(django, 500, page("Server Error (500)", ""));
    }

    private static SiteResponse stock(DjangoVersion django, int status, String page) {
        SiteResponse response = SiteResponse.html(status, page);
        return django.atLeast(4, 0) ? response : response.setHeader("Content-Type", "text/html");
    }

    /** The page template Django falls back to when a project has no 404.html etc. */
    public static String page(String title, String details) {
        return "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>" + title + "</title>\n</head>\n"
                + "<body>\n  <h1>" + title + "</h1><p>" + details + "</p>\n</body>\n</html>\n";
    }
}
