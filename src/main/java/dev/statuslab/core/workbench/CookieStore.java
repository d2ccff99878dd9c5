package dev.statuslab.core.workbench;

import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The jar on disk: {@code cookies.json} in the data folder holds the persistent cookies (those
 * with an expiry; session cookies end with the session, as RFC 6265 says), written through a
 * temporary file. A file that cannot be read is set aside with a message and the jar starts empty.
 */
public final class CookieStore {

    public static final String FILE_NAME = "cookies.json";
    private static final String KIND = "cookies";
    private static final String[] FIELDS = {
        "name",
        "value",
        "domain",
        "hostOnly",
        "path",
        "secure",
        "httpOnly",
        "sameSite",
        "expiry",
        "creation",
        "lastAccess"
    };

    private final Path file;

    public CookieStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public static CookieStore inDataDirectory(Path data) {
        return new CookieStore(data.resolve(FILE_NAME));
    }

    /** Fills {@code jar} with the saved cookies still alive at {@code now}; returns a problem, or null. */
    public String loadInto(CookieJar jar, Instant now) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            StrictJson.Obj o = StrictJson.Obj.of(WorkbenchFiles.read(file), "", "statuslab", "version", "cookies");
            Versions.check(o, KIND);
            List<Cookie> cookies = o.list("cookies", StrictJson.objects(CookieStore::cookie, FIELDS));
            for (Cookie c : cookies) {
                if (!c.expiredAt(now)) {
                    jar.put(c);
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "The cookie jar " + WorkbenchFiles.setAside(file, e);
        }
    }

    /** Writes the jar's persistent cookies. */
    public void save(CookieJar jar) throws IOException {
        List<Cookie> persistent = new ArrayList<>();
        for (Cookie c : jar.all()) {
            if (c.persistent()) {
                persistent.add(c);
            }
        }
        WorkbenchFiles.write(file, g -> {
            g.writeStartObject();
            g.writeStringField("statuslab", KIND);
            g.writeNumberField("version", Versions.CURRENT);
            g.writeArrayFieldStart("cookies");
            for (Cookie c : persistent) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("value", c.value());
                g.writeStringField("domain", c.domain());
                g.writeBooleanField("hostOnly", c.hostOnly());
                g.writeStringField("path", c.path());
                g.writeBooleanField("secure", c.secure());
                g.writeBooleanField("httpOnly", c.httpOnly());
                g.writeStringField("sameSite", c.sameSite());
                g.writeStringField("expiry", c.expiry().toString());
                g.writeStringField("creation", c.creation().toString());
                g.writeStringField("lastAccess", c.lastAccess().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static Cookie cookie(StrictJson.Obj o) {
        return new Cookie(
                o.text("name"),
                o.text("value"),
                o.text("domain"),
                o.bool("hostOnly"),
                o.text("path"),
                o.bool("secure"),
                o.bool("httpOnly"),
                o.text("sameSite"),
                instant(o, "expiry"),
                instant(o, "creation"),
                instant(o, "lastAccess"));
    }

    private static Instant instant(StrictJson.Obj o, String name) {
        String text = o.text(name);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' is not an ISO 8601 instant: \"" + text + "\"", e);
        }
    }
}
