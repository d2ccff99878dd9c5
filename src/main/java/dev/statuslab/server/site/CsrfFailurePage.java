package dev.statuslab.server.site;

import dev.statuslab.core.django.DjangoVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Django's {@code csrf_failure} view with DEBUG=False: 403 and the "verification failed" page,
 * byte for byte as each release line writes it (the page of 3.2 and 4.2, and that of 5.x with a
 * plain {@code <style>} and no leading blank line), with the paragraphs about cookies only when
 * the reason is that no CSRF cookie was sent. Django 3.2 serves it as {@code text/html}, later
 * versions with {@code charset=utf-8}. The reason itself is only logged, as Django does.
 */
final class CsrfFailurePage {

    /** The no-cookie paragraphs, and the blank line after them, in both pages. */
    private static final String COOKIE_HELP = "  <p>You are seeing this message because this site requires a CSRF"
            + " cookie when submitting forms. This cookie is required for security reasons, to ensure that your"
            + " browser is not being hijacked by third parties.</p>\n  <p>If you have configured your browser to"
            + " disable cookies, please re-enable them, at least for this site, or for “same-origin” requests.</p>\n\n";

    private static final String UNTIL_4 = read("csrf-403-django3-4.html");
    private static final String FROM_5 = read("csrf-403-django5.html");
    static final String REASON_NO_COOKIE = "CSRF cookie not set.";

    private CsrfFailurePage() {}

    static SiteResponse render(DjangoVersion django, String reason) {
        String page = django.atLeast(5, 0) ? FROM_5 : UNTIL_4;
        if (!reason.startsWith(REASON_NO_COOKIE)) {
            page = page.replace(COOKIE_HELP, "");
        }
        SiteResponse response = SiteResponse.html(403, page);
        return django.atLeast(4, 0) ? response : response.setHeader("Content-Type", "text/html");
    }

    private static String read(String name) {
        try (InputStream in = CsrfFailurePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!page.contains(COOKIE_HELP)) {
                throw new IllegalStateException(name + " lacks the no-cookie paragraphs");
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
