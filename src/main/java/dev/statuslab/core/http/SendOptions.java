package dev.statuslab.core.http;

import java.util.Objects;

/**
 * How one request is sent, beside the request itself.
 *
 * @param version  which HTTP version to speak
 * @param insecure accept any certificate (the response says so, in red); never the default
 */
public record SendOptions(Version version, boolean insecure) {

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
    }

    public static SendOptions defaults() {
        return new SendOptions(Version.AUTO, false);
    }

    public SendOptions withVersion(Version v) {
        return new SendOptions(v, insecure);
    }

    public SendOptions withInsecure(boolean on) {
        return new SendOptions(version, on);
    }
}
