package dev.statuslab.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Strict reading of the JSON data the app reads while it starts (the knowledge base, the
 * scenarios) with jackson-core's streaming parser alone. Databind's {@code ObjectMapper} takes
 * over 100 ms to create in a fresh JVM, and that was on the way to the first frame. A document
 * becomes plain values (an insertion-ordered map for an object, a list, a string, a number, a
 * boolean, null), and {@link Obj} reads an object by property name, refusing missing, mistyped
 * and unknown properties, each named in the message. Duplicate keys and content after the
 * document are refused by the parser. Which JSON API
 * to use where: decision 4.
 */
public final class StrictJson {

    private StrictJson() {}

    /**
     * The whole document as plain values.
     *
     * @throws IOException when it is empty, not well-formed JSON, has a key twice in one object,
     *                     or goes on after its value
     */
    public static Object parse(InputStream in) throws IOException {
        return JsonValues.parse(in);
    }

    /**
     * A parser's message as a person should read it: its first line, with Jackson's
     * "[Source: REDACTED (…); line: 1, column: 1]" shortened to "line 1, column 1".
     */
    public static String readable(String parserMessage) {
        return JsonValues.readable(parserMessage);
    }

    /**
     * One JSON object, read property by property. A required property must be present (its value
     * may be null where the type allows it); the reader methods throw
     * {@link IllegalArgumentException} naming the place and the property.
     */
    public static final class Obj {

        private final Map<?, ?> properties;
        private final String where;

        private Obj(Map<?, ?> properties, String where) {
            this.properties = properties;
            this.where = where;
        }

        /**
         * The value as an object that may hold only the given properties.
         *
         * @param where how a message names this object, such as {@code "status 404"}; empty for the root
         */
        public static Obj of(Object value, String where, String... allowed) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(prefix(where) + "expected an object, found " + describe(value));
            }
            Set<String> known = Set.of(allowed);
            Set<String> unknown = new TreeSet<>();
            for (Object key : map.keySet()) {
                if (!known.contains(key)) {
                    unknown.add(String.valueOf(key));
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(prefix(where) + "unknown property '" + String.join("', '", unknown)
                        + "' (known: " + String.join(", ", new TreeSet<>(Arrays.asList(allowed))) + ")");
            }
            return new Obj(map, where);
        }

        /** A required string property; null when the document says null. */
        public String text(String name) {
            Object value = required(name);
            if (value != null && !(value instanceof String)) {
                throw mistyped(name, "a string", value);
            }
            return (String) value;
        }

        /** A required nested object that may hold only the given properties. */
        public Obj object(String name, String... allowed) {
            return Obj.of(required(name), where(name), allowed);
        }

        /** An optional nested object: null when absent or null. */
        public Obj optionalObject(String name, String... allowed) {
            return properties.get(name) == null ? null : object(name, allowed);
        }

        /** An optional string property: null when absent or null. */
        public String optionalText(String name) {
            return properties.containsKey(name) ? text(name) : null;
        }

        /** A required whole number that fits an {@code int}. */
        public int integer(String name) {
            return toInt(name, required(name));
        }

        /** A required {@code true} or {@code false}. */
        public boolean bool(String name) {
            Object value = required(name);
            if (!(value instanceof Boolean b)) {
                throw mistyped(name, "true or false", value);
            }
            return b;
        }

        /** A required list, each element read by {@code element} (given the element and its index); null when null. */
        public <T> List<T> list(String name, ElementReader<T> element) {
            Object value = required(name);
            if (value == null) {
                return null;
            }
            if (!(value instanceof List<?> items)) {
                throw mistyped(name, "a list", value);
            }
            List<T> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                out.add(element.read(items.get(i), where(name + "[" + i + "]")));
            }
            return out;
        }

        /** An optional list: null when absent or null. */
        public <T> List<T> optionalList(String name, ElementReader<T> element) {
            return properties.containsKey(name) ? list(name, element) : null;
        }

        /** A required string naming a constant of {@code type}, exactly; null when null. */
        public <E extends Enum<E>> E constant(String name, Class<E> type) {
            return toConstant(name, text(name), type);
        }

        /** An optional enum constant: null when absent or null. */
        public <E extends Enum<E>> E optionalConstant(String name, Class<E> type) {
            return properties.containsKey(name) ? constant(name, type) : null;
        }

        private <E extends Enum<E>> E toConstant(String name, String value, Class<E> type) {
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(prefix(where) + "'" + name + "': '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }

        private Object required(String name) {
            if (!properties.containsKey(name)) {
                throw new IllegalArgumentException(prefix(where) + "missing required property '" + name + "'");
            }
            return properties.get(name);
        }

        private int toInt(String name, Object value) {
            if (value instanceof Integer i) {
                return i;
            }
            if (value instanceof Long || value instanceof BigInteger) {
                throw new IllegalArgumentException(prefix(where) + "'" + name + "' is out of range: " + value);
            }
            throw mistyped(name, "a whole number", value);
        }

        private IllegalArgumentException mistyped(String name, String expected, Object value) {
            return new IllegalArgumentException(
                    prefix(where) + "'" + name + "' must be " + expected + ", found " + describe(value));
        }

        private String where(String inner) {
            return where.isEmpty() ? inner : where + "." + inner;
        }
    }

    /** Reads one element of a list; {@code where} names it for messages, such as {@code codes[3]}. */
    @FunctionalInterface
    public interface ElementReader<T> {
        T read(Object element, String where);
    }

    /** Elements that are strings (null stays null). */
    public static final ElementReader<String> TEXT = (element, where) -> {
        if (element != null && !(element instanceof String)) {
            throw new IllegalArgumentException(prefix(where) + "expected a string, found " + describe(element));
        }
        return (String) element;
    };

    /** Elements that are whole numbers fitting an {@code int} (null stays null). */
    public static final ElementReader<Integer> INTEGER = (element, where) -> {
        if (element == null || element instanceof Integer) {
            return (Integer) element;
        }
        throw new IllegalArgumentException(prefix(where) + "expected a whole number, found " + describe(element));
    };

    /** Elements that are objects, read by {@code reader} (null stays null). */
    public static <T> ElementReader<T> objects(Function<Obj, T> reader, String... allowed) {
        return (element, where) -> element == null ? null : reader.apply(Obj.of(element, where, allowed));
    }

    private static String prefix(String where) {
        return where.isEmpty() ? "" : where + ": ";
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String s) {
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        return String.valueOf(value);
    }
}
