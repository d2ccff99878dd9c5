package dev.statuslab.core.http;

import java.util.Optional;

/** What a response's protocol version means for how it reads, beside the status code's own explanation. */
public final class HttpVersionNotes {

    private HttpVersionNotes() {}

    /** For HTTP/2 and HTTP/3: why the status line has no reason phrase and why field names are lower-case. */
    public static Optional<String> note(StatusLine line) {
        if (line.version().startsWith("HTTP/1")) {
            return Optional.empty();
        }
        return Optional.of(line.version() + " has no reason phrase: the status travels as the pseudo-field :status"
                + " with the code alone (RFC 9113 §8.3.2), so \"" + line.version() + " " + line.code()
                + "\" is the whole status line and the phrase belongs to HTTP/1.1 only. Field names travel in"
                + " lower case (RFC 9113 §8.2.1) and are shown as received.");
    }
}
