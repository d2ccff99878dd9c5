package dev.statuslab.core.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * One phase of an exchange's waterfall, as browser DevTools draw it: where it starts from the
 * beginning of the exchange, and how long it took, in milliseconds.
 *
 * @param name     "Queued", "DNS", "Connect", "TLS", "Send", "Wait" or "Receive"
 * @param startMs  when it began, from the start of the exchange
 * @param durationMs how long it took
 */
public record TimingPhase(String name, double startMs, double durationMs) {

    /**
     * The phases that applied, in order. HAR's {@code connect} includes the TLS handshake
     * ({@code ssl}); here Connect is the TCP part alone and TLS follows it.
     */
    public static List<TimingPhase> of(Timings t) {
        List<TimingPhase> phases = new ArrayList<>(7);
        double at = 0;
        double tls = Math.max(0, t.ssl());
        at = add(phases, "Queued", t.blocked(), at);
        at = add(phases, "DNS", t.dns(), at);
        at = add(phases, "Connect", t.connect() < 0 ? -1 : Math.max(0, t.connect() - tls), at);
        at = add(phases, "TLS", t.ssl(), at);
        at = add(phases, "Send", t.send(), at);
        at = add(phases, "Wait", t.waiting(), at);
        add(phases, "Receive", t.receive(), at);
        return List.copyOf(phases);
    }

    private static double add(List<TimingPhase> phases, String name, double ms, double at) {
        if (ms < 0) {
            return at;
        }
        phases.add(new TimingPhase(name, at, ms));
        return at + ms;
    }
}
