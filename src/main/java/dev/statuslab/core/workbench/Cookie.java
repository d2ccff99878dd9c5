package dev.statuslab.core.workbench;

import java.time.Instant;
import java.util.Objects;

/**
 * One cookie of the jar, with the fields of RFC 6265 5.3's storage model (and SameSite, from its
 * successor draft, kept and shown but not used to decide: every request of the lab is one the user
 * made on purpose).
 *
 * @param domain   the host (host-only) or the domain it is sent to, lower case
 * @param hostOnly sent to exactly {@code domain} only, because the Set-Cookie had no Domain
 * @param sameSite "Strict", "Lax", "None", or null when not given
 * @param expiry   when it expires; null for a session cookie (gone when the app quits)
 */
public record Cookie(
        String name,
        String value,
        String domain,
        boolean hostOnly,
        String path,
        boolean secure,
        boolean httpOnly,
        String sameSite,
        Instant expiry,
        Instant creation,
        Instant lastAccess) {

    public Cookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(creation, "creation");
        lastAccess = lastAccess == null ? creation : lastAccess;
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a cookie needs a name");
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a cookie's path starts with /: " + path);
        }
    }

    /** What identifies a cookie in the jar: a new one with the same key replaces it. */
    public record Key(String name, String domain, String path) {}

    public Key key() {
        return new Key(name, domain, path);
    }

    public boolean persistent() {
        return expiry != null;
    }

    public boolean expiredAt(Instant now) {
        return expiry != null && !expiry.isAfter(now);
    }

    public Cookie withValue(String newValue) {
        return new Cookie(
                name, newValue, domain, hostOnly, path, secure, httpOnly, sameSite, expiry, creation, lastAccess);
    }

    Cookie accessedAt(Instant now) {
        return new Cookie(name, value, domain, hostOnly, path, secure, httpOnly, sameSite, expiry, creation, now);
    }

    Cookie createdAt(Instant created) {
        return new Cookie(name, value, domain, hostOnly, path, secure, httpOnly, sameSite, expiry, created, lastAccess);
    }
}
