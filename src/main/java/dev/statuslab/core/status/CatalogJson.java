package dev.statuslab.core.status;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads and validates the JSON form of the catalogue. Package-private: use {@link StatusCatalog}. */
final class CatalogJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CatalogJson() {
    }

    /** The validated content of one catalogue document. */
    record Parsed(List<StatusInfo> entries, Map<StatusClass, StatusCatalog.ClassText> classes) {
    }

    record Document(
            @JsonProperty(value = "classes", required = true) List<ClassDto> classes,
            @JsonProperty(value = "codes", required = true) List<CodeDto> codes) {
    }

    record ClassDto(
            @JsonProperty(value = "digit", required = true) int digit,
            @JsonProperty(value = "title", required = true) String title,
            @JsonProperty(value = "meaning", required = true) String meaning,
            @JsonProperty(value = "whenToUse", required = true) String whenToUse,
            @JsonProperty(value = "whenNotToUse", required = true) String whenNotToUse,
            @JsonProperty(value = "rfc", required = true) String rfc,
            @JsonProperty(value = "section", required = true) String section,
            @JsonProperty(value = "django", required = true) String django,
            @JsonProperty(value = "mistakes", required = true) List<String> mistakes) {
    }

    record HeaderDto(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "level", required = true) String level,
            @JsonProperty(value = "why", required = true) String why,
            @JsonProperty(value = "example", required = true) String example) {
    }

    record CodeDto(
            @JsonProperty(value = "code", required = true) int code,
            @JsonProperty(value = "reason", required = true) String reason,
            @JsonProperty(value = "registryName", required = true) String registryName,
            @JsonProperty(value = "registration", required = true) String registration,
            @JsonProperty(value = "meaning", required = true) String meaning,
            @JsonProperty(value = "whenToUse", required = true) String whenToUse,
            @JsonProperty(value = "whenNotToUse", required = true) String whenNotToUse,
            @JsonProperty(value = "rfc", required = true) String rfc,
            @JsonProperty(value = "section", required = true) String section,
            @JsonProperty(value = "headers", required = true) List<HeaderDto> headers,
            @JsonProperty(value = "bodyAllowed", required = true) boolean bodyAllowed,
            @JsonProperty(value = "django", required = true) String django,
            @JsonProperty(value = "djangoSnippet", required = true) String djangoSnippet,
            @JsonProperty(value = "mistakes", required = true) List<String> mistakes) {
    }

    static Parsed read(InputStream in) throws IOException {
        Document doc;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            doc = MAPPER.readValue(reader, Document.class);
        }
        if (doc == null) {
            throw new IOException("Invalid status catalogue: the document is empty");
        }
        try {
            return new Parsed(entries(required(doc.codes(), "codes")), classes(required(doc.classes(), "classes")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("Invalid status catalogue: " + e.getMessage(), e);
        }
    }

    private static List<StatusInfo> entries(List<CodeDto> codes) {
        List<StatusInfo> entries = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (CodeDto dto : codes) {
            required(dto, "codes[]");
            if (!seen.add(dto.code())) {
                throw new IllegalArgumentException("status " + dto.code() + " appears more than once");
            }
            Registration registration = registration(dto.code(), dto.registration());
            List<HeaderRule> headers = new ArrayList<>();
            for (HeaderDto h : required(dto.headers(), "status " + dto.code() + ": headers")) {
                required(h, "status " + dto.code() + ": headers[]");
                headers.add(new HeaderRule(h.name(), level(dto.code(), h.level()), h.why(), h.example()));
            }
            entries.add(new StatusInfo(dto.code(), dto.reason(), dto.registryName(), StatusClass.of(dto.code()),
                    registration, dto.meaning(), dto.whenToUse(), dto.whenNotToUse(), dto.rfc(), dto.section(),
                    headers, dto.bodyAllowed(), dto.django(), dto.djangoSnippet(),
                    required(dto.mistakes(), "status " + dto.code() + ": mistakes")));
        }
        return entries;
    }

    private static Map<StatusClass, StatusCatalog.ClassText> classes(List<ClassDto> dtos) {
        Map<StatusClass, StatusCatalog.ClassText> classes = new EnumMap<>(StatusClass.class);
        for (ClassDto dto : dtos) {
            required(dto, "classes[]");
            if (dto.digit() < 1 || dto.digit() > 5) {
                throw new IllegalArgumentException("class digit must be 1-5, got " + dto.digit());
            }
            StatusClass statusClass = StatusClass.of(dto.digit() * 100);
            String where = "class " + dto.digit() + "xx: ";
            if (!statusClass.title().equals(dto.title())) {
                throw new IllegalArgumentException(where + "title must be '" + statusClass.title() + "'");
            }
            for (String[] field : new String[][] {{"meaning", dto.meaning()}, {"whenToUse", dto.whenToUse()},
                    {"whenNotToUse", dto.whenNotToUse()}, {"rfc", dto.rfc()}, {"section", dto.section()},
                    {"django", dto.django()}}) {
                if (field[1] == null || field[1].isBlank()) {
                    throw new IllegalArgumentException(where + "'" + field[0] + "' must not be blank");
                }
            }
            List<String> mistakes = required(dto.mistakes(), where + "mistakes");
            if (mistakes.isEmpty() || mistakes.stream().anyMatch(m -> m == null || m.isBlank())) {
                throw new IllegalArgumentException(where + "'mistakes' must be non-empty and without blanks");
            }
            if (classes.put(statusClass, new StatusCatalog.ClassText(dto.title(), dto.meaning(), dto.whenToUse(),
                    dto.whenNotToUse(), dto.rfc(), dto.section(), dto.django(), mistakes)) != null) {
                throw new IllegalArgumentException(where + "appears more than once");
            }
        }
        for (StatusClass c : StatusClass.values()) {
            if (!classes.containsKey(c)) {
                throw new IllegalArgumentException("class " + c.digit() + "xx is missing from 'classes'");
            }
        }
        return classes;
    }

    private static Registration registration(int code, String value) {
        Registration registration = enumValue(Registration.class, value, "status " + code + ": registration");
        if (registration == Registration.UNREGISTERED) {
            throw new IllegalArgumentException("status " + code + ": a catalogue entry cannot be 'unregistered'");
        }
        return registration;
    }

    private static HeaderRule.Level level(int code, String value) {
        return enumValue(HeaderRule.Level.class, value, "status " + code + ": header level");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT), e);
        }
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }
}
