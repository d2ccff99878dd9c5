package dev.statuslab.core.scenario;

/** What a ready request's body holds, and so which Content-Type it goes out with. */
public enum BodyKind {
    /** No body and no Content-Type. */
    NONE(null),
    /** A JSON document. */
    JSON("application/json"),
    /** An HTML form, URL-encoded. */
    FORM("application/x-www-form-urlencoded"),
    /** Plain UTF-8 text. */
    TEXT("text/plain; charset=utf-8");

    private final String contentType;

    BodyKind(String contentType) {
        this.contentType = contentType;
    }

    /** The Content-Type value for this kind, or {@code null} for {@link #NONE}. */
    public String contentType() {
        return contentType;
    }
}
