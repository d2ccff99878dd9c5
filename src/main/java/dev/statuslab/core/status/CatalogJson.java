package dev.statuslab.core.status;

import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
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

    private CatalogJson() {}

    /** The validated content of one catalogue document. */
    record Parsed(List<StatusInfo> entries, Map<StatusClass, StatusCatalog.ClassText> classes) {}

    record Document(List<ClassDto> classes, List<CodeDto> codes) {}

    record ClassDto(
            int digit,
            String title,
            String meaning,
            String whenToUse,
            String whenNotToUse,
            String rfc,
            String section,
            String django,
            List<String> mistakes) {}

    record HeaderDto(String name, String level, String why, String example) {}

    record CodeDto(
            int code,
            String reason,
            String registryName,
            String registration,
            String meaning,
            String whenToUse,
            String whenNotToUse,
            String rfc,
            String section,
            List<HeaderDto> headers,
            boolean bodyAllowed,
            String django,
            String djangoSnippet,
            List<String> mistakes) {}

    static Parsed read(InputStream in) throws IOException {
        Document doc;
        try {
            doc = document(StrictJson.parse(in));
        } catch (IllegalArgumentException e) {
            throw new IOException("Invalid status catalogue: " + e.getMessage(), e);
        }
        try {
            return new Parsed(entries(required(doc.codes(), "codes")), classes(required(doc.classes(), "classes")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("Invalid status catalogue: " + e.getMessage(), e);
        }
    }

    private static Document document(Object root) {
        StrictJson.Obj doc = StrictJson.Obj.of(root, "", "classes", "codes");
        return new Document(
                doc.list(
                        "classes",
                        StrictJson.objects(
                                CatalogJson::classDto,
                                "digit",
                                "title",
                                "meaning",
                                "whenToUse",
                                "whenNotToUse",
                                "rfc",
                                "section",
                                "django",
                                "mistakes")),
                doc.list(
                        "codes",
                        StrictJson.objects(
                                CatalogJson::codeDto,
                                "code",
                                "reason",
                                "registryName",
                                "registration",
                                "meaning",
                                "whenToUse",
                                "whenNotToUse",
                                "rfc",
                                "section",
                                "headers",
                                "bodyAllowed",
                                "django",
                                "djangoSnippet",
                                "mistakes")));
    }

    private static ClassDto classDto(StrictJson.Obj o) {
        return new ClassDto(
                o.integer("digit"),
                o.text("title"),
                o.text("meaning"),
                o.text("whenToUse"),
                o.text("whenNotToUse"),
                o.text("rfc"),
                o.text("section"),
                o.text("django"),
                o.list("mistakes", StrictJson.TEXT));
    }

    private static CodeDto codeDto(StrictJson.Obj o) {
        return new CodeDto(
                o.integer("code"),
                o.text("reason"),
                o.text("registryName"),
                o.text("registration"),
                o.text("meaning"),
                o.text("whenToUse"),
                o.text("whenNotToUse"),
                o.text("rfc"),
                o.text("section"),
                o.list("headers", StrictJson.objects(CatalogJson::headerDto, "name", "level", "why", "example")),
                o.bool("bodyAllowed"),
                o.text("django"),
                o.text("djangoSnippet"),
                o.list("mistakes", StrictJson.TEXT));
    }

    private static HeaderDto headerDto(StrictJson.Obj o) {
        return new HeaderDto(o.text("name"), o.text("level"), o.text("why"), o.text("example"));
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
            entries.add(new StatusInfo(
                    dto.code(),
                    dto.reason(),
                    dto.registryName(),
                    StatusClass.of(dto.code()),
                    registration,
                    dto.meaning(),
                    dto.whenToUse(),
                    dto.whenNotToUse(),
                    dto.rfc(),
                    dto.section(),
                    headers,
                    dto.bodyAllowed(),
                    dto.django(),
                    dto.djangoSnippet(),
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
            for (String[] field : new String[][] {
                {"meaning", dto.meaning()},
                {"whenToUse", dto.whenToUse()},
                {"whenNotToUse", dto.whenNotToUse()},
                {"rfc", dto.rfc()},
                {"section", dto.section()},
                {"django", dto.django()}
            }) {
                if (field[1] == null || field[1].isBlank()) {
                    throw new IllegalArgumentException(where + "'" + field[0] + "' must not be blank");
                }
            }
            List<String> mistakes = required(dto.mistakes(), where + "mistakes");
            if (mistakes.isEmpty() || mistakes.stream().anyMatch(m -> m == null || m.isBlank())) {
                throw new IllegalArgumentException(where + "'mistakes' must be non-empty and without blanks");
            }
            if (classes.put(
                            statusClass,
                            new StatusCatalog.ClassText(
                                    dto.title(),
                                    dto.meaning(),
                                    dto.whenToUse(),
                                    dto.whenNotToUse(),
                                    dto.rfc(),
                                    dto.section(),
                                    dto.django(),
                                    mistakes))
                    != null) {
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
            throw new IllegalArgumentException(
                    what + " '" + value + "' is not one of "
                            + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT),
                    e);
        }
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }
}
