package dev.statuslab.core.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading the plain values of a Postman file, each failure naming its JSON pointer. */
final class PostmanJson {

    private PostmanJson() {}

    static String joined(Object value, String separator, String where) throws WorkbenchFileException {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        List<String> parts = new ArrayList<>();
        for (Object part : array(value, where)) {
            parts.add(text(part));
        }
        return String.join(separator, parts);
    }

    static Object required(Map<?, ?> map, String key, String where) throws WorkbenchFileException {
        if (!map.containsKey(key) || map.get(key) == null) {
            throw new WorkbenchFileException(where.isEmpty() ? "/" : where, "the required '" + key + "' is missing");
        }
        return map.get(key);
    }

    static Map<?, ?> object(Object value, String where) throws WorkbenchFileException {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new WorkbenchFileException(where.isEmpty() ? "/" : where, "expected an object, found " + kind(value));
    }

    static List<?> array(Object value, String where) throws WorkbenchFileException {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new WorkbenchFileException(where, "expected a list, found " + kind(value));
    }

    static String string(Object value, String where) throws WorkbenchFileException {
        if (value instanceof String s) {
            return s;
        }
        throw new WorkbenchFileException(where, "expected a string, found " + kind(value));
    }

    /** A scalar as text (Postman writes numbers and booleans as values too); null as "". */
    static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? "" : String.valueOf(value);
    }

    static String kind(Object value) {
        return value == null
                ? "null"
                : value instanceof Map
                        ? "an object"
                        : value instanceof List
                                ? "a list"
                                : value instanceof String ? "a string" : String.valueOf(value);
    }
}
