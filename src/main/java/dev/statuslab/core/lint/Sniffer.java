package dev.statuslab.core.lint;

/**
 * What the first bytes of a body look like, in the spirit of the WHATWG MIME Sniffing standard: a few
 * signatures of binary formats, HTML, JSON, and plain text. Null when it cannot tell.
 */
final class Sniffer {

    private Sniffer() {}

    static String sniff(byte[] b, int n) {
        if (n == 0) {
            return null;
        }
        if (starts(b, n, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, n, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, n, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(b, n, 'P', 'K', 3, 4)) {
            return "application/zip";
        }
        if (starts(b, n, 0x1F, 0x8B)) {
            return "application/gzip";
        }
        int i = 0;
        if (starts(b, n, 0xEF, 0xBB, 0xBF)) {
            i = 3;
        }
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        if (i == n) {
            return null;
        }
        for (int j = i; j < n; j++) {
            int c = b[j] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != 0x0C && c != 0x1B) {
                return "application/octet-stream";
            }
        }
        if (b[i] == '<'
                && (startsIgnoreCase(b, i, n, "<!doctype html")
                        || startsIgnoreCase(b, i, n, "<html")
                        || startsIgnoreCase(b, i, n, "<head")
                        || startsIgnoreCase(b, i, n, "<body"))) {
            return "text/html";
        }
        if (b[i] == '{' || b[i] == '[') {
            return "application/json";
        }
        return "text/plain";
    }

    private static boolean starts(byte[] b, int n, int... sig) {
        if (n < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsIgnoreCase(byte[] b, int from, int n, String text) {
        if (n - from < text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.toLowerCase((char) (b[from + i] & 0xFF)) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
