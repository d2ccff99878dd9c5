package dev.statuslab.server.site;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Django's CsrfViewMiddleware, for plain HTTP: a 32-character secret in the {@code csrftoken}
 * cookie, tokens that mask it with a fresh 32-character pad, and the checks of
 * {@code process_view} with Django's own failure reasons.
 */
public final class Csrf implements Middleware, Middleware.ViewHook {

    public static final String COOKIE_NAME = "csrftoken";
    public static final String FORM_FIELD = "csrfmiddlewaretoken";
    public static final String HEADER = "X-CSRFToken";
    static final int SECRET_LENGTH = 32;
    static final int TOKEN_LENGTH = 64;
    static final long COOKIE_AGE_SECONDS = 60L * 60 * 24 * 7 * 52;
    private static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ATTR_SECRET = "CSRF_COOKIE";
    private static final String ATTR_NEEDS_UPDATE = "CSRF_COOKIE_NEEDS_UPDATE";
    private static final DateTimeFormatter COOKIE_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);

    private final SecureRandom random = new SecureRandom();
    private final AllowedHosts hosts;

    public Csrf(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    /** A failed check, with the reason Django gives. */
    public record Rejection(String reason) {
    }

    @Override
    public SiteResponse process(SiteRequest request, Handler next) throws Exception {
        String cookie = request.cookies().get(COOKIE_NAME);
        if (cookie != null) {
            if (formatProblem(cookie) == null) {
                request.setAttribute(ATTR_SECRET, cookie.length() == TOKEN_LENGTH ? unmask(cookie) : cookie);
            } else {
                addNewCookie(request);
            }
        }
        SiteResponse response = next.handle(request);
        if (Boolean.TRUE.equals(request.attribute(ATTR_NEEDS_UPDATE))) {
            String expires = COOKIE_DATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(COOKIE_AGE_SECONDS));
            response.header("Set-Cookie", COOKIE_NAME + "=" + request.attribute(ATTR_SECRET) + "; expires=" + expires
                    + "; Max-Age=" + COOKIE_AGE_SECONDS + "; Path=/; SameSite=Lax");
            response.patchVary("Cookie");
            request.setAttribute(ATTR_NEEDS_UPDATE, false);
        }
        return response;
    }

    @Override
    public SiteResponse processView(SiteRequest request, View view) {
        if (view.csrfExempt() || request.isMethod("GET") || request.isMethod("HEAD")
                || request.isMethod("OPTIONS") || request.isMethod("TRACE")) {
            return null;
        }
        Rejection rejection = check(request);
        return rejection == null ? null : CsrfFailurePage.render(rejection.reason());
    }

    /** Django's {@code get_token()}: a masked token for a form, and a cookie to go with it. */
    public String token(SiteRequest request) {
        Object secret = request.attribute(ATTR_SECRET);
        if (secret == null) {
            secret = addNewCookie(request);
        } else {
            request.setAttribute(ATTR_NEEDS_UPDATE, true);
        }
        return mask((String) secret);
    }

    Rejection check(SiteRequest request) {
        var origin = request.header("Origin");
        if (origin.isPresent()) {
            String good = "http://" + request.header("Host").orElse("");
            if (!origin.get().equals(good)) {
                return new Rejection("Origin checking failed - " + origin.get()
                        + " does not match any trusted origins.");
            }
        }
        String cookie = request.cookies().get(COOKIE_NAME);
        if (cookie != null) {
            String problem = formatProblem(cookie);
            if (problem != null) {
                return new Rejection("CSRF cookie " + problem + ".");
            }
        }
        Object secret = request.attribute(ATTR_SECRET);
        if (secret == null) {
            return new Rejection("CSRF cookie not set.");
        }
        String token = request.isMethod("POST") ? request.formValue(FORM_FIELD) : "";
        String source = "POST";
        if (token.isEmpty()) {
            var header = request.header(HEADER);
            if (header.isEmpty()) {
                return new Rejection("CSRF token missing.");
            }
            token = header.get();
            source = "the 'X-Csrftoken' HTTP header";
        }
        String problem = formatProblem(token);
        if (problem != null) {
            return new Rejection("CSRF token from " + source + " " + problem + ".");
        }
        String presented = token.length() == TOKEN_LENGTH ? unmask(token) : token;
        if (!constantTimeEquals(presented, (String) secret)) {
            return new Rejection("CSRF token from " + source + " incorrect.");
        }
        return null;
    }

    private String addNewCookie(SiteRequest request) {
        String secret = randomString(SECRET_LENGTH);
        request.setAttribute(ATTR_SECRET, secret);
        request.setAttribute(ATTR_NEEDS_UPDATE, true);
        return secret;
    }

    static String formatProblem(String token) {
        if (token.length() != SECRET_LENGTH && token.length() != TOKEN_LENGTH) {
            return "has incorrect length";
        }
        for (int i = 0; i < token.length(); i++) {
            if (CHARS.indexOf(token.charAt(i)) < 0) {
                return "has invalid characters";
            }
        }
        return null;
    }

    String mask(String secret) {
        String pad = randomString(SECRET_LENGTH);
        StringBuilder out = new StringBuilder(pad);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            out.append(CHARS.charAt((CHARS.indexOf(secret.charAt(i)) + CHARS.indexOf(pad.charAt(i))) % CHARS.length()));
        }
        return out.toString();
    }

    static String unmask(String token) {
        StringBuilder out = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int x = CHARS.indexOf(token.charAt(SECRET_LENGTH + i));
            int y = CHARS.indexOf(token.charAt(i));
            out.append(CHARS.charAt(Math.floorMod(x - y, CHARS.length())));
        }
        return out.toString();
    }

    private String randomString(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return out.toString();
    }

    private static boolean constantTimeEquals(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            diff |= a.charAt(i) ^ b.charAt(i);
        }
        return diff == 0;
    }

    /** Exposed for the host check the Origin comparison relies on. */
    AllowedHosts hosts() {
        return hosts;
    }
}
