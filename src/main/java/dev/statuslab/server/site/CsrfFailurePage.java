package dev.statuslab.server.site;

/** Django's {@code csrf_failure} view with DEBUG=False: 403 and the "verification failed" page. */
final class CsrfFailurePage {

    private CsrfFailurePage() {
    }

    static SiteResponse render(String reason) {
        boolean noCookie = reason.startsWith("CSRF cookie not set");
        String cookieHelp = noCookie
                ? "  <p>You are seeing this message because this site requires a CSRF cookie when submitting"
                + " forms. This cookie is required for security reasons, to ensure that your browser is not"
                + " being hijacked by third parties.</p>\n"
                : "";
        String body = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta http-equiv="content-type" content="text/html; charset=utf-8">
                  <meta name="robots" content="NONE,NOARCHIVE">
                  <title>403 Forbidden</title>
                </head>
                <body>
                <div id="summary">
                  <h1>Forbidden <span>(403)</span></h1>
                  <p>CSRF verification failed. Request aborted.</p>
                %s</div>
                <div id="explanation">
                  <p><small>More information is available with DEBUG=True.</small></p>
                  <p><small>StatusLab: Django logged the reason as &ldquo;%s&rdquo;</small></p>
                </div>
                </body>
                </html>
                """.formatted(cookieHelp, Html.escape(reason));
        return SiteResponse.html(403, body);
    }
}
