package dev.statuslab.core.transcript;

/**
 * Where the time of one exchange went, in milliseconds, with the phases of HAR 1.2: -1 marks
 * a phase that did not apply (no DNS look-up for a literal address, no TLS on plain HTTP).
 * {@code waiting} is HAR's "wait": from the request sent to the first byte of the response.
 */
public record Timings(
        double blocked, double dns, double connect, double ssl, double send, double waiting, double receive) {

    public static final double NOT_APPLICABLE = -1;

    public Timings {
        check("blocked", blocked);
        check("dns", dns);
        check("connect", connect);
        check("ssl", ssl);
        check("send", send);
        check("wait", waiting);
        check("receive", receive);
    }

    /** The whole exchange: the sum of the phases that applied (HAR's {@code entry.time}). */
    public double total() {
        double sum = 0;
        for (double t : new double[] {blocked, dns, connect, send, waiting, receive}) {
            if (t >= 0) {
                sum += t;
            }
        }
        return sum;
    }

    private static void check(String name, double value) {
        if (value < 0 && value != NOT_APPLICABLE || Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " must be >= 0 or -1: " + value);
        }
    }
}
