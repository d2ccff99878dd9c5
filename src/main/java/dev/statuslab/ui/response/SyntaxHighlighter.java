package dev.statuslab.ui.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Colours JSON and HTML with the code-area classes of app.css. Pure Java and linear in the
 * length of the text, so it runs on the background executor; beyond {@link #LIMIT} characters
 * the text stays plain, as colouring would cost more than it gives.
 */
public final class SyntaxHighlighter {

    /** The longest text that gets coloured (about 200 KB). */
    public static final int LIMIT = 200 * 1024;

    static final String JSON_KEY = "json-key";
    static final String JSON_STRING = "json-string";
    static final String JSON_NUMBER = "json-number";
    static final String JSON_LITERAL = "json-literal";
    static final String HTML_TAG = "html-tag";
    static final String HTML_ATTRIBUTE = "html-attribute";
    static final String HTML_VALUE = "html-value";
    static final String HTML_COMMENT = "html-comment";

    private SyntaxHighlighter() {}

    /** The text with colouring for its language, plain for TEXT, BINARY or anything too long. */
    public static StyledText highlight(String text, BodyLanguage language) {
        if (text.isEmpty() || text.length() > LIMIT) {
            return StyledText.plain(text);
        }
        return switch (language) {
            case JSON -> new StyledText(text, json(text));
            case HTML -> new StyledText(text, html(text));
            case TEXT, BINARY -> StyledText.plain(text);
        };
    }

    static List<StyledText.Run> json(String s) {
        Runs runs = new Runs();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (c == '"') {
                i = endOfString(s, i);
                int after = i;
                while (after < n && Character.isWhitespace(s.charAt(after))) {
                    after++;
                }
                runs.add(after < n && s.charAt(after) == ':' ? JSON_KEY : JSON_STRING, i - start);
            } else if (c == '-' || c >= '0' && c <= '9') {
                while (i < n && "+-.eE0123456789".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                runs.add(JSON_NUMBER, i - start);
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                String word = s.substring(start, i);
                boolean literal = word.equals("true") || word.equals("false") || word.equals("null");
                runs.add(literal ? JSON_LITERAL : null, i - start);
            } else {
                i++;
                runs.add(null, 1);
            }
        }
        return runs.list;
    }

    /** The index just past the closing quote of the string opening at {@code open}, or the line's end. */
    private static int endOfString(String s, int open) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return s.length();
    }

    static List<StyledText.Run> html(String s) {
        Runs runs = new Runs();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                int stop = end < 0 ? n : end + 3;
                runs.add(HTML_COMMENT, stop - i);
                i = stop;
            } else if (s.charAt(i) == '<' && i + 1 < n && isTagStart(s.charAt(i + 1))) {
                i = tag(s, i, runs);
            } else {
                int next = s.indexOf('<', i + 1);
                int stop = next < 0 ? n : next;
                runs.add(null, stop - i);
                i = stop;
            }
        }
        return runs.list;
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /** Colours one tag from its '<'; returns the index after it. */
    private static int tag(String s, int open, Runs runs) {
        int n = s.length();
        int i = open + 1;
        while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>' && !s.startsWith("/>", i)) {
            i++;
        }
        runs.add(HTML_TAG, i - open);
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (c == '>') {
                runs.add(HTML_TAG, 1);
                return i + 1;
            } else if (s.startsWith("/>", i)) {
                runs.add(HTML_TAG, 2);
                return i + 2;
            } else if (Character.isWhitespace(c) || c == '=') {
                runs.add(null, 1);
                i++;
            } else if (c == '"' || c == '\'') {
                int close = s.indexOf(c, i + 1);
                i = close < 0 ? n : close + 1;
                runs.add(HTML_VALUE, i - start);
            } else {
                boolean value = start > 0 && s.charAt(start - 1) == '=';
                while (i < n && "\t\n\r =>\"'".indexOf(s.charAt(i)) < 0 && !s.startsWith("/>", i)) {
                    i++;
                }
                if (i == start) {
                    i++;
                }
                runs.add(value ? HTML_VALUE : HTML_ATTRIBUTE, i - start);
            }
        }
        return n;
    }

    /** Collects runs, merging neighbours of the same style. */
    private static final class Runs {
        private final List<StyledText.Run> list = new ArrayList<>();

        void add(String style, int length) {
            if (length <= 0) {
                return;
            }
            int last = list.size() - 1;
            if (last >= 0 && Objects.equals(list.get(last).styleClass(), style)) {
                list.set(last, new StyledText.Run(style, list.get(last).length() + length));
            } else {
                list.add(new StyledText.Run(style, length));
            }
        }
    }
}
