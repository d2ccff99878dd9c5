package dev.statuslab.server.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The few DER encodings (ITU-T X.690) an X.509 certificate needs, each returning the whole
 * element: tag, length, content. Enough for {@link CertificateMaker}; not a general ASN.1 library.
 */
final class Der {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GENERALIZED_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int UTC_TIME_FROM = 1950;
    private static final int UTC_TIME_UNTIL = 2049;

    private Der() {}

    static byte[] sequence(byte[]... items) {
        return element(0x30, concat(items));
    }

    /** {@code [n] EXPLICIT}: the element wrapped in a constructed context-specific tag. */
    static byte[] explicit(int n, byte[] inner) {
        return element(0xa0 | n, inner);
    }

    /** {@code [n] IMPLICIT} of a primitive type: its content under a context-specific tag. */
    static byte[] implicit(int n, byte[] content) {
        return element(0x80 | n, content);
    }

    static byte[] integer(BigInteger value) {
        return element(0x02, value.toByteArray());
    }

    static byte[] bool(boolean value) {
        return element(0x01, new byte[] {(byte) (value ? 0xff : 0x00)});
    }

    static byte[] octetString(byte[] content) {
        return element(0x04, content);
    }

    /** A BIT STRING of whole bytes. */
    static byte[] bitString(byte[] content) {
        return element(0x03, concat(new byte[] {0}, content));
    }

    /** A BIT STRING of named bits (bit 0 is the first byte's highest), trailing zero bits left out. */
    static byte[] namedBits(int firstByte) {
        int unused = firstByte == 0 ? 0 : Integer.numberOfTrailingZeros(firstByte);
        return element(0x03, new byte[] {(byte) unused, (byte) firstByte});
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        base128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            base128(out, Long.parseLong(arcs[i]));
        }
        return element(0x06, out.toByteArray());
    }

    /** UTCTime from 1950 to 2049, GeneralizedTime otherwise (RFC 5280, 4.1.2.5). */
    static byte[] time(Instant instant) {
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        boolean utc = year >= UTC_TIME_FROM && year <= UTC_TIME_UNTIL;
        String text = (utc ? UTC_TIME : GENERALIZED_TIME).format(instant);
        return element(utc ? 0x17 : 0x18, text.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] element(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static void base128(ByteArrayOutputStream out, long value) {
        int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int b = (int) ((value >>> (7 * i)) & 0x7f);
            out.write(i == 0 ? b : b | 0x80);
        }
    }
}
