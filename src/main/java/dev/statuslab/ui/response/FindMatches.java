package dev.statuslab.ui.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a search occurs in a body's text, ignoring case, and which match is current: the logic of
 * the response's find bar (issue 16, item 8), kept apart from the view so it is tested without a
 * toolkit. Matches do not overlap; "next" after the last goes back to the first.
 */
final class FindMatches {

    private final List<Integer> starts;
    private final int length;
    private int current;

    private FindMatches(List<Integer> starts, int length) {
        this.starts = starts;
        this.length = length;
        this.current = starts.isEmpty() ? -1 : 0;
    }

    static FindMatches of(String text, String query) {
        List<Integer> starts = new ArrayList<>();
        if (query != null && !query.isEmpty() && text != null) {
            String haystack = text.toLowerCase(Locale.ROOT);
            String needle = query.toLowerCase(Locale.ROOT);
            // Lower-casing can change a string's length (rarely); then count in the text as given.
            if (haystack.length() != text.length() || needle.length() != query.length()) {
                haystack = text;
                needle = query;
            }
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
                starts.add(at);
            }
        }
        return new FindMatches(starts, query == null ? 0 : query.length());
    }

    int count() {
        return starts.size();
    }

    /** The current match's start, or -1 when there is none. */
    int start() {
        return current < 0 ? -1 : starts.get(current);
    }

    int end() {
        return current < 0 ? -1 : starts.get(current) + length;
    }

    void next() {
        if (!starts.isEmpty()) {
            current = (current + 1) % starts.size();
        }
    }

    void previous() {
        if (!starts.isEmpty()) {
            current = (current - 1 + starts.size()) % starts.size();
        }
    }

    /** "3 of 12", "No matches", or "" before anything is typed. */
    String summary() {
        if (length == 0) {
            return "";
        }
        return starts.isEmpty() ? "No matches" : (current + 1) + " of " + starts.size();
    }
}
