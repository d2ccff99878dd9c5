package dev.statuslab.core.status;

/**
 * The five classes of HTTP status codes, named by the first digit of the code (RFC 9110, Section 15).
 */
public enum StatusClass {
    /** 1xx: an interim answer; the final response is still to come. */
    INFORMATIONAL(1, "Informational", "informational"),
    /** 2xx: the request was received, understood and accepted. */
    SUCCESSFUL(2, "Successful", "success"),
    /** 3xx: the client has to take a further step, usually follow another URI. */
    REDIRECTION(3, "Redirection", "redirection"),
    /** 4xx: the request itself is at fault. */
    CLIENT_ERROR(4, "Client Error", "client-error"),
    /** 5xx: the server failed to carry out an apparently valid request. */
    SERVER_ERROR(5, "Server Error", "server-error");

    private final int digit;
    private final String title;
    private final String styleClass;

    StatusClass(int digit, String title, String styleClass) {
        this.digit = digit;
        this.title = title;
        this.styleClass = styleClass;
    }

    /**
     * The class of a three-digit status code.
     *
     * @throws IllegalArgumentException if {@code code} is outside 100..599
     */
    public static StatusClass of(int code) {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("HTTP status code must be within 100-599, got " + code);
        }
        return values()[code / 100 - 1];
    }

    /** The first digit shared by every code of this class, 1..5. */
    public int digit() {
        return digit;
    }

    /** The class name as RFC 9110 writes it, e.g. "Client Error". */
    public String title() {
        return title;
    }

    /** A CSS pseudo-class name for styling codes of this class, e.g. "client-error". */
    public String styleClass() {
        return styleClass;
    }
}
