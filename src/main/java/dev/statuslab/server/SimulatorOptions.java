package dev.statuslab.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where to listen, which extra Host names Django's ALLOWED_HOSTS accepts, the largest request
 * body, and how long a connection may stay silent (waiting for a request or for more of one)
 * before the server closes it.
 */
public record SimulatorOptions(
        String host, int port, List<String> extraAllowedHosts, long maxBodyBytes, Duration idleTimeout) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The port the desktop app prefers, so that the simulator's address stays the same between launches. */
    public static final int PREFERRED_PORT = 8765;

    public SimulatorOptions {
        Objects.requireNonNull(host, "host");
        extraAllowedHosts = List.copyOf(extraAllowedHosts);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
        }
    }

    public SimulatorOptions(String host, int port, List<String> extraAllowedHosts, long maxBodyBytes) {
        this(host, port, extraAllowedHosts, maxBodyBytes, DEFAULT_IDLE_TIMEOUT);
    }

    public static SimulatorOptions loopback(int port) {
        return new SimulatorOptions(LOOPBACK, port, List.of(), DEFAULT_MAX_BODY);
    }

    public SimulatorOptions withIdleTimeout(Duration timeout) {
        return new SimulatorOptions(host, port, extraAllowedHosts, maxBodyBytes, timeout);
    }

    public boolean isLoopback() {
        return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
