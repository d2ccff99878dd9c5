package dev.statuslab.core.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A broken answer, as WireMock names them: what the simulator does to the connection instead of
 * (or in the middle of) a well-formed response, so that a client's handling of it can be tried.
 */
public enum Fault {
    /** The connection is reset (TCP RST) before a byte is sent. */
    RESET("reset"),
    /** The connection is closed (FIN) without a byte. */
    EMPTY("empty"),
    /** A 200 head and a chunked body whose framing breaks after the first chunk. */
    MALFORMED_CHUNK("malformed-chunk"),
    /** Bytes that are not HTTP, then the connection is closed. */
    RANDOM_THEN_CLOSE("random-then-close"),
    /** A 200 whose body stops short of its Content-Length, then the connection is closed. */
    SHORT_BODY("short-body"),
    /** A well-formed 200 whose body arrives slowly, a given number of bytes per second. */
    TRICKLE("trickle");

    /** The bounds of {@code /fault/trickle?bps=N}, and its default. */
    public static final int MIN_BPS = 1;

    public static final int MAX_BPS = 1_000_000;
    public static final int DEFAULT_BPS = 100;
    /** The trickled body's size, and the size the short body claims. */
    public static final int TRICKLE_BYTES = 1_000;

    private final String id;

    Fault(String id) {
        this.id = id;
    }

    /** The name in {@code /fault/<id>} and in the mocks file, e.g. "malformed-chunk". */
    public String id() {
        return id;
    }

    public static Optional<Fault> byId(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(lower)).findFirst();
    }

    /** "reset, empty, …", for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Fault::id).collect(Collectors.joining(", "));
    }
}
