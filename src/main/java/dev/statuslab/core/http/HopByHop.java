package dev.statuslab.core.http;

import java.util.Locale;
import java.util.Set;

/**
 * The fields that belong to one connection rather than to the message (RFC 9110 §7.6.1): a proxy
 * does not forward them, and an answer replayed later (a mock made from an exchange or recorded
 * from a backend) does not copy them.
 */
public final class HopByHop {

    /** The connection-specific fields, lower case. */
    public static final Set<String> FIELDS =
            Set.of("connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private HopByHop() {}

    /**
     * Whether a response field stays out of a replayed answer: connection-specific, Content-Length
     * (the replaying server frames the body itself) or Date (it sets its own).
     */
    public static boolean notReplayed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return FIELDS.contains(lower) || lower.equals("content-length") || lower.equals("date");
    }
}
