package dev.statuslab.server.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The code list of {@code /status/{codes}}: {@code 404}, {@code 200,500} or {@code 200:3,500:1}. */
record WeightedCodes(List<Integer> codes, List<Integer> weights, int total) {

    static final int MAX_ENTRIES = 100;
    static final int MAX_WEIGHT = 1_000_000;

    static WeightedCodes parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give a status code, e.g. /status/404");
        }
        if (text.length() == 3
                && Character.isDigit(text.charAt(0))
                && Character.isDigit(text.charAt(1))
                && Character.isDigit(text.charAt(2))) {
            int code = Integer.parseInt(text);
            if (code >= 100 && code <= 599) {
                return new WeightedCodes(List.of(code), List.of(1), 1);
            }
        }
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " codes in a list");
        }
        List<Integer> codes = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        int total = 0;
        for (String part : parts) {
            String[] cw = part.trim().split(":", -1);
            if (cw.length > 2) {
                throw new IllegalArgumentException("'" + part + "' is not CODE or CODE:WEIGHT");
            }
            int code = number(cw[0], "status code");
            if (code < 100 || code > 599) {
                throw new IllegalArgumentException("status code " + code + " is outside 100-599");
            }
            int weight = cw.length == 2 ? number(cw[1], "weight") : 1;
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new IllegalArgumentException("weight " + weight + " is outside 0-" + MAX_WEIGHT);
            }
            codes.add(code);
            weights.add(weight);
            total += weight;
        }
        if (total == 0) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
        return new WeightedCodes(List.copyOf(codes), List.copyOf(weights), total);
    }

    int pick(RandomGenerator random) {
        if (codes.size() == 1) {
            return codes.get(0);
        }
        int r = random.nextInt(total);
        for (int i = 0; i < codes.size(); i++) {
            r -= weights.get(i);
            if (r < 0) {
                return codes.get(i);
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static int number(String s, String what) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 7 || !t.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + s + "' is not a " + what);
        }
        return Integer.parseInt(t);
    }
}
