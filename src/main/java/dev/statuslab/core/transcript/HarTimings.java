package dev.statuslab.core.transcript;

import java.io.IOException;

/**
 * Reads a HAR {@code timings} object: send, wait and receive are required numbers; blocked, dns,
 * connect and ssl are optional and -1 when absent. Browsers sometimes export small negative
 * values for phases they did not measure; any negative value reads as -1 (not applicable).
 */
final class HarTimings {

    private HarTimings() {}

    static Timings read(HarInput in) throws IOException {
        double[] t = {-1, -1, -1, -1, -1, -1, -1};
        in.object(
                field -> {
                    int i =
                            switch (field) {
                                case "blocked" -> 0;
                                case "dns" -> 1;
                                case "connect" -> 2;
                                case "ssl" -> 3;
                                case "send" -> 4;
                                case "wait" -> 5;
                                case "receive" -> 6;
                                default -> -1;
                            };
                    if (i < 0) {
                        in.skip();
                    } else {
                        double value = i < 4 ? in.number(-1) : in.number();
                        t[i] = value < 0 ? Timings.NOT_APPLICABLE : value;
                    }
                },
                "send",
                "wait",
                "receive");
        return new Timings(t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
    }
}
