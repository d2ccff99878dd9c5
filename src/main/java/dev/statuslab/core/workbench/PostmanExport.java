package dev.statuslab.core.workbench;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.scenario.BodyKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a collection as a Postman Collection v2.1 file: folders as item groups, requests with
 * method, URL, headers (switched-off ones as {@code disabled}), body (raw with its language, or
 * urlencoded for a form) and auth, and the collection's variables. A secret variable is written
 * with an empty value and the type {@code secret}, so no password leaves in an export. When the
 * requests use {@code {{simulator}}} and the collection does not define it, a variable
 * {@code simulator} with the running simulator's address is added, so Postman can send them.
 * Written through a temporary file moved into place.
 */
public final class PostmanExport {

    public static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    private PostmanExport() {}

    public static void write(RequestCollection collection, SimulatorAddress simulator, Path target) throws IOException {
        WorkbenchFiles.write(target, g -> write(g, collection, simulator));
    }

    static void write(JsonGenerator g, RequestCollection c, SimulatorAddress simulator) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("info");
        g.writeStringField(
                "_postman_id",
                UUID.nameUUIDFromBytes(c.id().getBytes(StandardCharsets.UTF_8)).toString());
        g.writeStringField("name", c.name());
        g.writeStringField("schema", SCHEMA);
        g.writeEndObject();
        g.writeArrayFieldStart("item");
        items(g, c.root());
        g.writeEndArray();
        List<Variable> variables = new ArrayList<>(c.variables());
        boolean definesSimulator = variables.stream().anyMatch(v -> v.name().equals("simulator"));
        boolean usesSimulator =
                c.root().allRequests().stream().anyMatch(r -> r.draft().url().contains(SimulatorAddress.VARIABLE));
        if (simulator != null && usesSimulator && !definesSimulator) {
            variables.add(Variable.of("simulator", simulator.value()));
        }
        g.writeArrayFieldStart("variable");
        for (Variable v : variables) {
            g.writeStartObject();
            g.writeStringField("key", v.name());
            g.writeStringField("value", v.secret() ? "" : v.value());
            g.writeStringField("type", v.secret() ? "secret" : "string");
            if (!v.enabled()) {
                g.writeBooleanField("disabled", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void items(JsonGenerator g, Folder folder) throws IOException {
        for (Folder sub : folder.folders()) {
            g.writeStartObject();
            g.writeStringField("name", sub.name());
            g.writeArrayFieldStart("item");
            items(g, sub);
            g.writeEndArray();
            g.writeEndObject();
        }
        for (SavedRequest r : folder.requests()) {
            g.writeStartObject();
            g.writeStringField("name", r.name());
            g.writeObjectFieldStart("request");
            request(g, r.draft());
            g.writeEndObject();
            g.writeArrayFieldStart("response");
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void request(JsonGenerator g, RequestDraft d) throws IOException {
        g.writeStringField("method", d.method());
        g.writeArrayFieldStart("header");
        for (RequestDraft.Row row : d.headers()) {
            g.writeStartObject();
            g.writeStringField("key", row.name());
            g.writeStringField("value", row.value());
            if (!row.enabled()) {
                g.writeBooleanField("disabled", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("url");
        g.writeStringField("raw", d.url());
        g.writeEndObject();
        if (d.bodyKind() == BodyKind.FORM) {
            g.writeObjectFieldStart("body");
            g.writeStringField("mode", "urlencoded");
            g.writeArrayFieldStart("urlencoded");
            for (FormEncoding.Pair p : PostmanForms.decode(d.body())) {
                g.writeStartObject();
                g.writeStringField("key", p.name());
                g.writeStringField("value", p.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } else if (d.bodyKind() != BodyKind.NONE || !d.body().isEmpty()) {
            g.writeObjectFieldStart("body");
            g.writeStringField("mode", "raw");
            g.writeStringField("raw", d.body());
            g.writeObjectFieldStart("options");
            g.writeObjectFieldStart("raw");
            g.writeStringField("language", d.bodyKind() == BodyKind.JSON ? "json" : "text");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        auth(g, d.auth());
    }

    private static void auth(JsonGenerator g, Auth auth) throws IOException {
        g.writeObjectFieldStart("auth");
        if (auth instanceof Auth.Basic basic) {
            g.writeStringField("type", "basic");
            g.writeArrayFieldStart("basic");
            attribute(g, "username", basic.username());
            attribute(g, "password", basic.password());
            g.writeEndArray();
        } else if (auth instanceof Auth.Bearer bearer) {
            g.writeStringField("type", "bearer");
            g.writeArrayFieldStart("bearer");
            attribute(g, "token", bearer.token());
            g.writeEndArray();
        } else {
            g.writeStringField("type", "noauth");
        }
        g.writeEndObject();
    }

    private static void attribute(JsonGenerator g, String key, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", key);
        g.writeStringField("value", value);
        g.writeStringField("type", "string");
        g.writeEndObject();
    }
}
