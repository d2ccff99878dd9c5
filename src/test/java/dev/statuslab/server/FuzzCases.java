package dev.statuslab.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The cases {@link FuzzTest} throws at the server: random bytes, mutations of valid requests,
 * header floods, bad chunked bodies, framing conflicts and path traversal, all from one seed.
 */
final class FuzzCases {

    /** Valid requests to mutate; none asks for /boom/, /status/5xx or /delay/ on purpose. */
    private static final List<String> CORPUS = List.of(
            "GET /simple/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /ping/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n",
            "HEAD /ping/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "OPTIONS /ping/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /messages/1/ HTTP/1.1\r\nHost: localhost\r\nCookie: a=b\r\n\r\n",
            "GET /messages/999/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /forbidden/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /contact/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "POST /contact/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 44\r\n\r\nname=Ada&email=ada%40example.com&message=Hi",
            "POST /api/messages/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 59\r\n\r\n{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"message\":\"Hello\"}",
            "POST /messages/new/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 36\r\n\r\nname=G&email=g%40example.com&message",
            "PUT /anything?x=1&y=%20 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            "GET /redirect/2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "POST /secure/contact/ HTTP/1.1\r\nHost: localhost\r\nCookie: csrftoken=abc\r\nContent-Length: 0\r\n\r\n",
            "GET /status/418 HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n\r\n");

    /** One request to throw: what it is, the bytes, and how it is sent. */
    record Case(String kind, long seed, byte[] bytes, Sender sender) {
        String describe() {
            String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1);
            StringBuilder shown = new StringBuilder();
            for (char c : text.toCharArray()) {
                shown.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
            }
            return kind + " (case seed " + seed + ", " + bytes.length + " bytes): " + shown;
        }
    }

    /** How a case's bytes go on the wire. */
    enum Sender {
        /** All at once, then the client's side is shut: the server sees the end at once. */
        WHOLE,
        /** All at once, the connection kept open: the server must time out on its own. */
        WHOLE_KEEP_OPEN,
        /** A byte every 20 ms, then silence until the server answers or closes. */
        TRICKLE
    }

    private FuzzCases() {}

    static List<Case> all(long seed, int randomCases, int mutatedCases) {
        List<Case> cases = new ArrayList<>();
        Random seeds = new Random(seed);
        for (int i = 0; i < randomCases; i++) {
            long s = seeds.nextLong();
            cases.add(new Case("random bytes", s, randomBytes(new Random(s)), sender(new Random(s))));
        }
        for (int i = 0; i < mutatedCases; i++) {
            long s = seeds.nextLong();
            Random r = new Random(s);
            byte[] valid = CORPUS.get(r.nextInt(CORPUS.size())).getBytes(StandardCharsets.ISO_8859_1);
            cases.add(new Case("mutated request", s, mutate(valid, r), sender(r)));
        }
        addFixed(cases, "header flood", headerFloods());
        addFixed(cases, "bad chunked body", badChunked());
        addFixed(cases, "path traversal", traversals());
        addFixed(cases, "framing conflict", framingConflicts());
        for (String prefix : List.of(
                "GET /simple/ HTTP/1.1\r\nHost: local",
                "POST /api/messages/ HTTP/1.1\r\nHost: localhost\r\n" + "Content-Length: 100\r\n\r\n{\"name\":",
                "GET /anything HTTP/1.1\r\nX-Slow: aaaaaaaaaaaaaaaa")) {
            cases.add(new Case("slow trickle, then silence", 0, bytes(prefix), Sender.TRICKLE));
        }
        cases.add(new Case(
                "slow but complete request",
                0,
                bytes("GET /simple/ HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                Sender.TRICKLE));
        return cases;
    }

    private static void addFixed(List<Case> cases, String kind, List<String> requests) {
        for (String request : requests) {
            cases.add(new Case(kind, 0, bytes(request), Sender.WHOLE));
            cases.add(new Case(kind + ", kept open", 0, bytes(request), Sender.WHOLE_KEEP_OPEN));
        }
    }

    /** Mostly shut at once; one case in forty is left open for the server's idle timeout. */
    private static Sender sender(Random r) {
        return r.nextInt(40) == 0 ? Sender.WHOLE_KEEP_OPEN : Sender.WHOLE;
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[1 + r.nextInt(r.nextBoolean() ? 64 : 4_096)];
        r.nextBytes(b);
        if (r.nextBoolean()) {
            // Often start like a request, so the parser gets past the first byte.
            byte[] start = bytes(List.of("GET /", "POST /anything HTTP/1.1\r\n", "GET / HTTP/1.1\r\nHost: ", "\r\n")
                    .get(r.nextInt(4)));
            System.arraycopy(start, 0, b, 0, Math.min(start.length, b.length));
        }
        return b;
    }

    private static final byte[] SPECIAL = bytes("\r\n\0 :;%/.\t\"\\?#");
    private static final List<Function<Random, String>> FRAGMENTS = List.of(
            r -> "\r\nContent-Length: " + (r.nextBoolean() ? r.nextInt(100_000) : -r.nextInt(10)),
            r -> "\r\nTransfer-Encoding: chunked",
            r -> "\r\nHost: " + (r.nextBoolean() ? "evil.example" : "localhost:99999"),
            r -> "%" + Integer.toHexString(r.nextInt(256)),
            r -> "\r\nExpect: 100-continue",
            r -> "\r\n" + "X".repeat(r.nextInt(9_000)) + ": y",
            r -> " HTTP/" + r.nextInt(4) + "." + r.nextInt(4),
            r -> "\r\n\r\n",
            r -> "/../".repeat(1 + r.nextInt(5)));

    /** One to five random edits of a valid request. */
    private static byte[] mutate(byte[] valid, Random r) {
        List<Byte> b = new ArrayList<>(valid.length + 64);
        for (byte x : valid) {
            b.add(x);
        }
        int edits = 1 + r.nextInt(5);
        for (int e = 0; e < edits && !b.isEmpty(); e++) {
            int at = r.nextInt(b.size());
            switch (r.nextInt(7)) {
                case 0 -> b.set(at, (byte) (b.get(at) ^ (1 << r.nextInt(8))));
                case 1 -> b.add(at, SPECIAL[r.nextInt(SPECIAL.length)]);
                case 2 ->
                    b.subList(at, Math.min(b.size(), at + 1 + r.nextInt(16))).clear();
                case 3 -> b.addAll(at, new ArrayList<>(b.subList(at, Math.min(b.size(), at + 1 + r.nextInt(32)))));
                case 4 -> b.set(at, (byte) r.nextInt(256));
                case 5 -> b.subList(at, b.size()).clear();
                default -> {
                    for (byte x :
                            bytes(FRAGMENTS.get(r.nextInt(FRAGMENTS.size())).apply(r))) {
                        b.add(at++, x);
                    }
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    private static List<String> headerFloods() {
        List<String> out = new ArrayList<>();
        for (int fields : new int[] {100, 1_000, 10_000}) {
            StringBuilder many = new StringBuilder("GET /anything HTTP/1.1\r\nHost: localhost\r\n");
            for (int i = 0; i < fields; i++) {
                many.append("X-F").append(i).append(": v\r\n");
            }
            out.add(many.append("\r\n").toString());
        }
        out.add("GET /anything HTTP/1.1\r\nHost: localhost\r\nX-Huge: " + "a".repeat(200_000) + "\r\n\r\n");
        out.add("GET /anything HTTP/1.1\r\nHost: localhost\r\n" + "X-Same: 1\r\n".repeat(2_000) + "\r\n");
        out.add("GET /anything?" + "q=1&".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        out.add("GET /" + "a/".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        out.add("GET /anything HTTP/1.1\r\nHost: localhost\r\nX-Folded: a\r\n b\r\n\tc\r\n\r\n");
        out.add("GET /anything HTTP/1.1\r\nHost: localhost\r\nCookie: " + "c=1; ".repeat(1_500) + "\r\n\r\n");
        return out;
    }

    private static List<String> badChunked() {
        String head = "POST /anything HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n";
        List<String> out = new ArrayList<>();
        for (String body : List.of(
                "zz\r\nhello\r\n0\r\n\r\n",
                "-1\r\nx\r\n0\r\n\r\n",
                "ffffffffffffffffffff\r\nx\r\n0\r\n\r\n",
                "7fffffffffffffff\r\nx\r\n0\r\n\r\n",
                "5\r\nhelloEXTRA\r\n0\r\n\r\n",
                "5\r\nhel",
                "5;ext=\"unterminated\r\nhello\r\n0\r\n\r\n",
                "5 \r\nhello\r\n0\r\n\r\n",
                "0x5\r\nhello\r\n0\r\n\r\n",
                "5\nhello\n0\n\n",
                "5\r\nhello\r\n0\r\nTrailer-Bad\r\n\r\n",
                "5\r\nhello\r\n0\r\n" + "X-T: 1\r\n".repeat(2_000) + "\r\n",
                "\r\n\r\n")) {
            out.add(head + body);
        }
        StringBuilder tiny = new StringBuilder(head);
        for (int i = 0; i < 50_000; i++) {
            tiny.append("1\r\nx\r\n");
        }
        out.add(tiny.append("0\r\n\r\n").toString());
        StringBuilder huge = new StringBuilder(head);
        String chunk = "y".repeat(1 << 20);
        for (int i = 0; i < 12; i++) {
            huge.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        out.add(huge.append("0\r\n\r\n").toString());
        return out;
    }

    private static List<String> framingConflicts() {
        String json = "{\"name\":\"A\",\"email\":\"a@example.com\",\"message\":\"m\"}";
        return List.of(
                "POST /api/messages/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\n"
                        + json,
                "POST /api/messages/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "POST /api/messages/ HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
                "POST /api/messages/ HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
                "POST /api/messages/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999999999999\r\n\r\nx",
                "POST /api/messages/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: +5\r\n\r\nhello",
                "POST /api/messages/ HTTP/1.0\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "GET /simple/ HTTP/1.1\r\nHost: localhost\r\nHost: other\r\n\r\n",
                "GET /simple/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\n");
    }

    static List<String> traversals() {
        List<String> out = new ArrayList<>();
        for (String target : List.of(
                "/anything/../../etc/passwd",
                "/anything/%2e%2e/%2e%2e/etc/passwd",
                "/anything/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                "/anything/..%2f..%2fetc%2fpasswd",
                "/anything/%00",
                "/anything/%00/../../etc/passwd",
                "/anything/%252e%252e/%252e%252e/etc/passwd",
                "/anything/.%2e/.%2e/etc/passwd",
                "/anything/..\\..\\etc\\passwd",
                "/anything/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
                "/anything;/../../etc/passwd",
                "/anything/..;/..;/etc/passwd",
                "//etc/passwd",
                "/../../../../etc/passwd",
                "/anything/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
                "http://localhost/../../etc/passwd",
                "/anything/%",
                "/anything/%zz",
                "/anything/\u00e9")) {
            out.add("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        }
        return out;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
