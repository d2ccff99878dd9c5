package dev.statuslab.core.workbench;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an Expires attribute, by RFC 6265 5.1.1's algorithm: the value is cut into tokens
 * at delimiters, and the first token that looks like a time, a day of the month, a month and a
 * year gives each part, so every date format servers really send is understood.
 */
final class CookieDates {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\D.*)?");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:\\D.*)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{2,4})(?:\\D.*)?");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private CookieDates() {}

    static Optional<Instant> parse(String text) {
        int hour = -1;
        int minute = -1;
        int second = -1;
        int day = -1;
        int month = -1;
        int year = -1;
        for (String token : tokens(text)) {
            Matcher m;
            if (hour < 0 && (m = TIME.matcher(token)).matches()) {
                hour = Integer.parseInt(m.group(1));
                minute = Integer.parseInt(m.group(2));
                second = Integer.parseInt(m.group(3));
            } else if (day < 0 && (m = DAY.matcher(token)).matches()) {
                day = Integer.parseInt(m.group(1));
            } else if (month < 0
                    && token.length() >= 3
                    && MONTHS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT)) % 3 == 0) {
                month = MONTHS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
            } else if (year < 0 && (m = YEAR.matcher(token)).matches()) {
                year = Integer.parseInt(m.group(1));
            }
        }
        if (year >= 70 && year <= 99) {
            year += 1900;
        } else if (year >= 0 && year <= 69) {
            year += 2000;
        }
        if (hour < 0 || day < 1 || day > 31 || month < 0 || year < 1601 || hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty(); // a day the month does not have
        }
    }

    /** The tokens between delimiters (%x09, %x20-2F, %x3B-40, %x5B-60, %x7B-7E). */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDelimiter(c)) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean isDelimiter(char c) {
        return c == 0x09
                || c >= 0x20 && c <= 0x2f
                || c >= 0x3b && c <= 0x40
                || c >= 0x5b && c <= 0x60
                || c >= 0x7b && c <= 0x7e;
    }
}
