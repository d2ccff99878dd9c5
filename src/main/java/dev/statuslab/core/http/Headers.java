package dev.statuslab.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * An immutable, ordered, multi-valued list of field lines. Order and the case of names are kept
 * exactly; look-ups ignore case, as field names are case-insensitive (RFC 9110 5.1).
 */
public final class Headers implements Iterable<Header> {

    private static final Headers EMPTY = new Headers(List.of());

    private final List<Header> lines;

    private Headers(List<Header> lines) {
        this.lines = lines;
    }

    public static Headers empty() {
        return EMPTY;
    }

    public static Headers of(List<Header> lines) {
        return lines.isEmpty() ? EMPTY : new Headers(List.copyOf(lines));
    }

    /** Pairs of name, value: {@code Headers.of("Accept", "*&#47;*", "X-A", "1")}. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        List<Header> list = new ArrayList<>(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(new Header(namesAndValues[i], namesAndValues[i + 1]));
        }
        return of(list);
    }

    public List<Header> asList() {
        return lines;
    }

    public int size() {
        return lines.size();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }

    public Optional<String> first(String name) {
        for (Header h : lines) {
            if (h.is(name)) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    public List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (Header h : lines) {
            if (h.is(name)) {
                out.add(h.value());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** A copy with one more line at the end. */
    public Headers with(String name, String value) {
        List<Header> list = new ArrayList<>(lines);
        list.add(new Header(name, value));
        return new Headers(List.copyOf(list));
    }

    /** A copy where every line of that name is replaced by one line, kept at the first one's place. */
    public Headers replacing(String name, String value) {
        List<Header> list = new ArrayList<>(lines.size() + 1);
        boolean placed = false;
        for (Header h : lines) {
            if (!h.is(name)) {
                list.add(h);
            } else if (!placed) {
                list.add(new Header(h.name(), value));
                placed = true;
            }
        }
        if (!placed) {
            list.add(new Header(name, value));
        }
        return new Headers(List.copyOf(list));
    }

    public Headers without(String name) {
        List<Header> list = new ArrayList<>(lines.size());
        for (Header h : lines) {
            if (!h.is(name)) {
                list.add(h);
            }
        }
        return new Headers(List.copyOf(list));
    }

    @Override
    public Iterator<Header> iterator() {
        return lines.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers other && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return lines.toString();
    }
}
