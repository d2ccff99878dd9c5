package dev.statuslab.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A response's example as text: the one the file gives, or one made from the schema. */
final class Examples {

    private static final int DEPTH = 6;

    private Examples() {}

    static String body(MediaType media, boolean json) {
        Object example = media.getExample();
        if (example == null && media.getExamples() != null) {
            example = media.getExamples().values().stream()
                    .map(Example::getValue)
                    .filter(v -> v != null)
                    .findFirst()
                    .orElse(null);
        }
        if (example == null && media.getSchema() != null) {
            example = generate(media.getSchema(), 0);
        }
        if (example == null) {
            return "";
        }
        if (example instanceof String s && !json) {
            return s;
        }
        try {
            return Json.pretty().writeValueAsString(example);
        } catch (JsonProcessingException e) {
            return String.valueOf(example);
        }
    }

    static String headerValue(Header header) {
        Object value = header.getExample();
        if (value == null && header.getSchema() != null) {
            value = generate(header.getSchema(), DEPTH - 1);
        }
        return value == null || value instanceof Map || value instanceof List ? "" : String.valueOf(value);
    }

    /** A value the schema allows: its example, default or first enum value, else a plain one of its type. */
    @SuppressWarnings("rawtypes")
    static Object generate(Schema schema, int depth) {
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getDefault() != null) {
            return schema.getDefault();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Object part : schema.getAllOf()) {
                if (generate((Schema) part, depth) instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> merged.put(String.valueOf(k), v));
                }
            }
            return merged;
        }
        List<?> choices = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (choices != null && !choices.isEmpty()) {
            return generate((Schema) choices.get(0), depth);
        }
        String type = type(schema);
        if (depth >= DEPTH) {
            return null;
        }
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                if (schema.getItems() != null) {
                    items.add(generate(schema.getItems(), depth + 1));
                }
                yield items;
            }
            case "integer" -> schema.getMinimum() != null ? schema.getMinimum().longValue() : 0;
            case "number" -> schema.getMinimum() != null ? schema.getMinimum() : 0.0;
            case "boolean" -> true;
            case "string" -> string(schema.getFormat());
            default -> null;
        };
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Object> object(Schema schema, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = schema.getProperties();
            properties.forEach((name, property) -> out.put(name, generate(property, depth + 1)));
        }
        return out;
    }

    @SuppressWarnings("rawtypes")
    private static String type(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().stream()
                    .filter(t -> !"null".equals(t))
                    .findFirst()
                    .orElse("null")
                    .toString();
        }
        return schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "";
    }

    private static String string(String format) {
        if (format == null) {
            return "string";
        }
        return switch (format) {
            case "date-time" -> "2024-01-01T12:00:00Z";
            case "date" -> "2024-01-01";
            case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
            case "email" -> "user@example.com";
            case "uri", "url" -> "https://example.com/";
            default -> "string";
        };
    }
}
