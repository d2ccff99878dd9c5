package dev.statuslab.server.site;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Django's CsrfViewMiddleware, for plain HTTP: tokens that mask a 32-character secret with a fresh
 * 32-character pad, and the checks of {@code process_view} with Django's own failure reasons.
 * From Django 4.0 the {@code csrftoken} cookie holds the secret itself, is set again whenever a
 * token is used or the cookie was malformed, and a cross-origin {@code Origin} is refused; Django
 * 3.2 keeps a masked 64-character token in the cookie, sets it only when a page used a token, and
 * checks no {@code Origin} on plain HTTP.
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
    /** Django 3.2: the masked token its cookie holds ({@code request.META["CSRF_COOKIE"]}). */
    private static final String ATTR_MASKED_COOKIE = "CSRF_COOKIE_MASKED";

    private static final DateTimeFormatter COOKIE_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);

    private static final Logger LOG = LoggerFactory.getLogger(Csrf.class);
    private final SecureRandom random = new SecureRandom();
    private final AllowedHosts hosts;

    public Csrf(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    /** A failed check, with the reason Django gives. */
    public record Rejection(String reason) {}

    @Override
    public SiteResponse process(SiteRequest request, Handler next) throws Exception {
        boolean masksCookie = masksCookie(request);
        String cookie = request.cookies().get(COOKIE_NAME);
        if (cookie != null) {
            if (formatProblem(cookie) == null) {
                request.setAttribute(ATTR_SECRET, cookie.length() == TOKEN_LENGTH ? unmask(cookie) : cookie);
                if (masksCookie) {
                    // 3.2's _sanitize_token: a 32-character cookie is masked, and sent again masked
                    request.setAttribute(ATTR_MASKED_COOKIE, cookie.length() == TOKEN_LENGTH ? cookie : mask(cookie));
                }
            } else if (masksCookie) {
                // 3.2 replaces a malformed cookie, but sends the new one only if a page uses a token
                String secret = randomString(SECRET_LENGTH);
                request.setAttribute(ATTR_SECRET, secret);
                request.setAttribute(ATTR_MASKED_COOKIE, mask(secret));
            } else {
                addNewCookie(request);
            }
        }
        SiteResponse response = next.handle(request);
        if (Boolean.TRUE.equals(request.attribute(ATTR_NEEDS_UPDATE))) {
            String expires =
                    COOKIE_DATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(COOKIE_AGE_SECONDS));
            Object value = masksCookie ? request.attribute(ATTR_MASKED_COOKIE) : request.attribute(ATTR_SECRET);
            response.header(
                    "Set-Cookie",
                    COOKIE_NAME + "=" + value + "; expires=" + expires + "; Max-Age=" + COOKIE_AGE_SECONDS
                            + "; Path=/; SameSite=Lax");
            response.patchVary("Cookie");
            request.setAttribute(ATTR_NEEDS_UPDATE, false);
        }
        return response;
    }

    @Override
    public SiteResponse processView(SiteRequest request, View view) {
        if (view.csrfExempt()
                || request.isMethod("GET")
                || request.isMethod("HEAD")
                || request.isMethod("OPTIONS")
                || request.isMethod("TRACE")) {
            return null;
        }
        Rejection rejection = check(request);
        if (rejection == null) {
            return null;
        }
        String reason = rejection.reason();
        if (!request.django().atLeast(4, 0) && !reason.equals(CsrfFailurePage.REASON_NO_COOKIE)) {
            reason = "CSRF token missing or incorrect."; // 3.2's REASON_BAD_TOKEN covers every other case
        }
        LOG.warn("Forbidden ({}): {}", reason, request.path());
        return CsrfFailurePage.render(request.django(), reason);
    }

    /** Django's {@code get_token()}: a masked token for a form, and a cookie to go with it. */
    public String token(SiteRequest request) {
        Object secret = request.attribute(ATTR_SECRET);
        if (secret == null) {
            secret = addNewCookie(request);
        } else {
            request.setAttribute(ATTR_NEEDS_UPDATE, true);
        }
        if (masksCookie(request) && request.attribute(ATTR_MASKED_COOKIE) == null) {
            request.setAttribute(ATTR_MASKED_COOKIE, mask((String) secret));
        }
        return mask((String) secret);
    }

    /** Django before 4.0 keeps a masked token in the cookie (CSRF_COOKIE_MASKED, gone in 5.0). */
    private static boolean masksCookie(SiteRequest request) {
        return !request.django().atLeast(4, 0);
    }

    Rejection check(SiteRequest request) {
        var origin = request.header("Origin");
        if (origin.isPresent() && request.django().atLeast(4, 0)) {
            String good = "http://" + request.header("Host").orElse("");
            if (!origin.get().equals(good)) {
                return new Rejection(
                        "Origin checking failed - " + origin.get() + " does not match any trusted origins.");
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
        request.setAttribute(ATTR_MASKED_COOKIE, null);
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
