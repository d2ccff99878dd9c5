package dev.statuslab.core.http;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one request is sent, beside the request itself.
 *
 * @param version  which HTTP version to speak
 * @param insecure accept any certificate (the response says so, in red); never the default
 * @param omitted  the client's own default fields (User-Agent, Accept) the user switched off, in
 *                 lower case
 */
public record SendOptions(Version version, boolean insecure, Set<String> omitted) {

    /** The HTTP version of a request. */
    public enum Version {
        /** HTTP/2 when the server agrees by ALPN over TLS, else HTTP/1.1; HTTP/1.1 on clear text. */
        AUTO("auto"),
        HTTP_1_1("HTTP/1.1"),
        /** HTTP/2: by ALPN over TLS, by prior knowledge (h2c) on clear text. */
        HTTP_2("HTTP/2");

        private final String label;

        Version(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public SendOptions {
        Objects.requireNonNull(version, "version");
        omitted = omitted.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public SendOptions(Version version, boolean insecure) {
        this(version, insecure, Set.of());
    }

    public static SendOptions defaults() {
        return new SendOptions(Version.AUTO, false);
    }

    public SendOptions withVersion(Version v) {
        return new SendOptions(v, insecure, omitted);
    }

    public SendOptions withInsecure(boolean on) {
        return new SendOptions(version, on, omitted);
    }

    /** The same options, without the client's default fields named here (User-Agent, Accept). */
    public SendOptions withOmitted(Collection<String> names) {
        return new SendOptions(version, insecure, Set.copyOf(names));
    }

    /** Whether the client leaves out its default field {@code name}. */
    public boolean omits(String name) {
        return omitted.contains(name.toLowerCase(Locale.ROOT));
    }
}
