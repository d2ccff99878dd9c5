package dev.statuslab.core.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a mock asks of the request body: nothing, the whole body equal to a text, the body
 * containing a text, or the value at a JSON path ({@code $.user.name}, {@code $.items[0].id})
 * equal to a text (a string's characters, or a number, boolean or null as JSON writes it).
 */
public record BodyMatch(Kind kind, String path, String value) {

    public enum Kind {
        ANY,
        EQUALS,
        CONTAINS,
        JSON_PATH
    }

    public static final BodyMatch ANY = new BodyMatch(Kind.ANY, "", "");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public BodyMatch {
        Objects.requireNonNull(kind, "kind");
        path = path == null ? "" : path;
        value = value == null ? "" : value;
        String problem = kind == Kind.JSON_PATH ? pathProblem(path) : null;
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public boolean matches(String body) {
        return switch (kind) {
            case ANY -> true;
            case EQUALS -> body.equals(value);
            case CONTAINS -> body.contains(value);
            case JSON_PATH -> jsonPathEquals(body);
        };
    }

    private boolean jsonPathEquals(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return false;
        }
        for (String step : steps(path)) {
            if (node == null) {
                return false;
            }
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1))) : node.get(step);
        }
        if (node == null || node.isMissingNode() || node.isContainerNode()) {
            return false;
        }
        return (node.isTextual() ? node.textValue() : node.toString()).equals(value);
    }

    /** Why this is not a JSON path this matcher reads ($ then .name or [index] steps), or null. */
    public static String pathProblem(String path) {
        if (!path.startsWith("$")) {
            return "a JSON path starts with $, e.g. $.user.name";
        }
        try {
            steps(path);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** ".a.b[2]" as "a", "b", "[2". */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    throw new IllegalArgumentException("an empty name at column " + (i + 1) + " of " + path);
                }
                steps.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0 || !path.substring(i + 1, end).matches("\\d{1,6}")) {
                    throw new IllegalArgumentException("expected [index] at column " + (i + 1) + " of " + path);
                }
                steps.add("[" + path.substring(i + 1, end));
                i = end + 1;
            } else {
                throw new IllegalArgumentException("expected . or [ at column " + (i + 1) + " of " + path);
            }
        }
        return steps;
    }
}
