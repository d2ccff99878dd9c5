package dev.statuslab.core.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The status-code knowledge base: every code in the IANA HTTP Status Code Registry, read from the
 * {@code status-codes.json} resource, plus class-level descriptions used for unregistered codes.
 * Instances are immutable and safe to share between threads.
 */
public final class StatusCatalog {

    /** Classpath location of the bundled data, relative to this class. */
    static final String RESOURCE = "status-codes.json";

    private static volatile StatusCatalog bundled;

    private final Map<Integer, StatusInfo> byCode;
    private final List<StatusInfo> all;
    private final Map<StatusClass, ClassText> classes;

    private StatusCatalog(List<StatusInfo> entries, Map<StatusClass, ClassText> classes) {
        Map<Integer, StatusInfo> map = new TreeMap<>();
        for (StatusInfo info : entries) {
            map.put(info.code(), info);
        }
        this.byCode = Map.copyOf(map);
        this.all = List.copyOf(map.values());
        this.classes = new EnumMap<>(classes);
        for (StatusClass c : StatusClass.values()) {
            Objects.requireNonNull(this.classes.get(c), () -> "no class text for " + c);
        }
    }

    /**
     * The bundled catalogue, read from the classpath (UTF-8) on first use and cached.
     *
     * @throws IllegalStateException if the resource is missing or invalid
     */
    public static StatusCatalog load() {
        StatusCatalog catalog = bundled;
        if (catalog == null) {
            synchronized (StatusCatalog.class) {
                catalog = bundled;
                if (catalog == null) {
                    catalog = readBundled();
                    bundled = catalog;
                }
            }
        }
        return catalog;
    }

    private static StatusCatalog readBundled() {
        String where = StatusCatalog.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
        try (InputStream in = StatusCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Status catalogue resource " + where + " is missing from the classpath");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new IllegalStateException("Status catalogue resource " + where + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalogue from JSON (UTF-8). Unknown properties, missing fields, blank texts, duplicate codes
     * and inconsistent header rules are all rejected.
     *
     * @throws IOException if the stream cannot be read or its content is not a valid catalogue; the
     *                     message names the offending code and field
     */
    public static StatusCatalog fromJson(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        CatalogJson.Parsed parsed = CatalogJson.read(in);
        return new StatusCatalog(parsed.entries(), parsed.classes());
    }

    /** The registry entry for {@code code}, or empty when the code is not registered. */
    public Optional<StatusInfo> find(int code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The registry entry for {@code code}, or a class-level fallback for an unregistered code: reason
     * "Unknown", registration {@link Registration#UNREGISTERED}, the class texts, no header rules, and a body
     * allowed for every class except 1xx.
     *
     * @throws IllegalArgumentException if {@code code} is outside 100..599
     */
    public StatusInfo describe(int code) {
        StatusClass statusClass = StatusClass.of(code);
        StatusInfo known = byCode.get(code);
        return known != null ? known : classes.get(statusClass).fallback(code, statusClass);
    }

    /** All registered entries, ascending by code. */
    public List<StatusInfo> all() {
        return all;
    }

    /** Whether {@code code} has an entry in the registry. */
    public boolean isRegistered(int code) {
        return byCode.containsKey(code);
    }

    /** Texts that describe a whole status class; the source of fallbacks for unregistered codes. */
    record ClassText(
            String title,
            String meaning,
            String whenToUse,
            String whenNotToUse,
            String rfc,
            String section,
            String django,
            List<String> mistakes) {

        ClassText {
            mistakes = List.copyOf(mistakes);
        }

        StatusInfo fallback(int code, StatusClass statusClass) {
            String snippet = "return HttpResponse(status=" + code + ", reason=\"Custom Reason\")";
            return new StatusInfo(
                    code,
                    "Unknown",
                    "Unassigned",
                    statusClass,
                    Registration.UNREGISTERED,
                    meaning,
                    whenToUse,
                    whenNotToUse,
                    rfc,
                    section,
                    List.of(),
                    statusClass != StatusClass.INFORMATIONAL,
                    django,
                    snippet,
                    mistakes);
        }
    }
}
