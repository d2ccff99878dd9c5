package dev.statuslab.core.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * A command line cut into words as a POSIX shell would: single quotes keep everything, double
 * quotes keep all but {@code \"}, {@code \\}, {@code \$} and {@code \`}, a backslash outside quotes
 * escapes the next character, {@code $'…'} understands C escapes, and a backslash before a line
 * break continues the line. The inverse of {@link Curl}'s quoting. Pipes and other shell syntax
 * outside quotes stand as their own words ({@code |}, {@code ;}, {@code &&}), for the caller to refuse.
 */
final class CurlWords {

    private CurlWords() {}

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '\n' || line.charAt(i + 1) == '\r')) {
                i += line.startsWith("\r\n", i + 1) ? 3 : 2; // a continued line
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("a single quote at character " + (i + 1) + " is never closed");
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                i = ansiC(line, i + 2, word);
                inWord = true;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 < line.length()) {
                    word.append(line.charAt(i + 1));
                }
                inWord = true;
                i += 2;
            } else if (!inWord && (c == '|' || c == ';' || c == '&' || c == '<' || c == '>')) {
                int end = i + 1;
                while (end < line.length() && "|;&<>".indexOf(line.charAt(end)) >= 0) {
                    end++;
                }
                words.add(line.substring(i, end));
                i = end;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int doubleQuoted(String line, int from, StringBuilder word) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
                if (line.charAt(i + 1) != '\n') {
                    word.append(line.charAt(i + 1));
                }
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("a double quote at character " + from + " is never closed");
    }

    private static int ansiC(String line, int from, StringBuilder word) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(i + 1);
                i += 2;
                switch (e) {
                    case 'n' -> word.append('\n');
                    case 'r' -> word.append('\r');
                    case 't' -> word.append('\t');
                    case '0' -> word.append('\0');
                    case 'x' -> {
                        int end = i;
                        while (end < line.length() && end < i + 2 && Character.digit(line.charAt(end), 16) >= 0) {
                            end++;
                        }
                        if (end == i) {
                            word.append("\\x");
                        } else {
                            word.append((char) Integer.parseInt(line.substring(i, end), 16));
                            i = end;
                        }
                    }
                    default -> word.append(e); // \\ \' \" and anything else stand for themselves
                }
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("a $' quote at character " + (from - 1) + " is never closed");
    }
}
