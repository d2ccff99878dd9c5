package dev.statuslab.cli;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code send -b/-c}: cookies in curl's Netscape cookie-jar format (domain, subdomains, path,
 * secure, expiry, name, value; tab-separated), or {@code -b 'name=value; other=1'} given inline.
 */
final class CookieJarFile {

    /** One cookie of the jar. */
    record Cookie(String domain, String path, boolean secure, long expires, String name, String value) {
        boolean sentTo(String host, String path, boolean https) {
            String d = domain.startsWith(".") ? domain.substring(1) : domain;
            boolean domainOk =
                    host.equalsIgnoreCase(d) || host.toLowerCase(Locale.ROOT).endsWith("." + d);
            boolean live = expires == 0 || expires > Instant.now().getEpochSecond();
            return domainOk && path.startsWith(this.path) && (https || !secure) && live;
        }
    }

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private String inline;

    /** Reads {@code source}: a jar file, or inline pairs when it holds '=' and is no file. */
    static CookieJarFile read(String source) throws IOException {
        CookieJarFile jar = new CookieJarFile();
        Path file = Path.of(source);
        if (!Files.exists(file) && source.contains("=")) {
            jar.inline = source;
            return jar;
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("the cookie jar " + source + " does not exist or is not a file");
        }
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String l = line.startsWith("#HttpOnly_") ? line.substring("#HttpOnly_".length()) : line;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length != 7) {
                throw new IOException(
                        source + ", line " + number + ": expected 7 tab-separated fields, found " + f.length);
            }
            try {
                jar.put(new Cookie(f[0], f[2], f[3].equalsIgnoreCase("TRUE"), Long.parseLong(f[4]), f[5], f[6]));
            } catch (NumberFormatException e) {
                throw new IOException(source + ", line " + number + ": the expiry is not a number: " + f[4], e);
            }
        }
        return jar;
    }

    static CookieJarFile empty() {
        return new CookieJarFile();
    }

    private void put(Cookie c) {
        cookies.put(c.domain() + "\t" + c.path() + "\t" + c.name(), c);
    }

    /** The Cookie field for a request, or null when nothing is sent. */
    String cookieField(String host, String path, boolean https) {
        List<String> pairs = new ArrayList<>();
        if (inline != null) {
            pairs.add(inline);
        }
        for (Cookie c : cookies.values()) {
            if (c.sentTo(host, path, https)) {
                pairs.add(c.name() + "=" + c.value());
            }
        }
        return pairs.isEmpty() ? null : String.join("; ", pairs);
    }

    /** Takes the cookies a response sets (Set-Cookie fields) for {@code host}. */
    void receive(List<Header> headers, String host) {
        for (Header h : headers) {
            if (!h.is("Set-Cookie")) {
                continue;
            }
            String[] parts = h.value().split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String domain = host;
            String path = "/";
            boolean secure = false;
            long expires = 0;
            for (int i = 1; i < parts.length; i++) {
                String attr = parts[i].trim();
                String lower = attr.toLowerCase(Locale.ROOT);
                if (lower.startsWith("domain=")) {
                    domain = "." + attr.substring(7).replaceFirst("^\\.", "");
                } else if (lower.startsWith("path=")) {
                    path = attr.substring(5);
                } else if (lower.equals("secure")) {
                    secure = true;
                } else if (lower.startsWith("max-age=")) {
                    try {
                        expires = Instant.now().getEpochSecond()
                                + Long.parseLong(attr.substring(8).trim());
                    } catch (NumberFormatException e) {
                        // an invalid Max-Age is ignored (RFC 6265 §5.2.2)
                    }
                }
            }
            put(new Cookie(
                    domain,
                    path,
                    secure,
                    expires,
                    parts[0].substring(0, eq).trim(),
                    parts[0].substring(eq + 1).trim()));
        }
    }

    /** Writes the jar to {@code file}, owner-only (cookies are credentials), temporary file then move. */
    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("# Netscape HTTP Cookie File\n# Written by statuslab send\n\n");
        for (Cookie c : cookies.values()) {
            text.append(String.join(
                            "\t",
                            c.domain(),
                            c.domain().startsWith(".") ? "TRUE" : "FALSE",
                            c.path(),
                            c.secure() ? "TRUE" : "FALSE",
                            Long.toString(c.expires()),
                            c.name(),
                            c.value()))
                    .append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeOwnerOnly(file, out -> out.write(bytes));
    }
}
