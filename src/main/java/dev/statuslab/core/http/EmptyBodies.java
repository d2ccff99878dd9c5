package dev.statuslab.core.http;

import java.util.Locale;

/** Why a response has no body, in words a learner can follow. */
public final class EmptyBodies {

    private EmptyBodies() {}

    /**
     * The reason an empty body is empty: the request method or the status forbids one (HEAD, 1xx,
     * 204, 304), or the server said so ({@code Content-Length: 0}), or it simply sent none; "" when
     * the body is not empty.
     */
    public static String reason(String requestMethod, HttpResponse response) {
        if (!response.body().isEmpty()) {
            return "";
        }
        int code = response.statusLine().code();
        if ("HEAD".equals(requestMethod.toUpperCase(Locale.ROOT))) {
            return "No body: the answer to a HEAD request never has one; it carries the GET answer's headers only"
                    + " (RFC 9110 §9.3.2)";
        }
        if (code >= 100 && code < 200) {
            return "No body: a " + code + " interim response never has one (RFC 9110 §15.2)";
        }
        if (code == 204) {
            return "No body: 204 No Content never has one (RFC 9110 §15.3.5)";
        }
        if (code == 304) {
            return "No body: 304 Not Modified never has one; the client uses the copy it has (RFC 9110 §15.4.5)";
        }
        if (response.headers()
                .first("Content-Length")
                .map(String::trim)
                .filter("0"::equals)
                .isPresent()) {
            return "No body: the server sent Content-Length: 0";
        }
        return "No body: the response ended without any content";
    }
}
