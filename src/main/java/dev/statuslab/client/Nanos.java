package dev.statuslab.client;

import java.io.IOException;
import java.net.Socket;

/** Small helpers of a transfer: nanosecond marks to milliseconds, timeouts as ints, quiet closing. */
final class Nanos {

    private Nanos() {}

    static long or(long value, long fallback) {
        return value == 0 ? fallback : value;
    }

    static double ms(long nanos) {
        return Math.max(0, nanos) / 1_000_000.0;
    }

    static int millis(long ms) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, ms));
    }

    static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
