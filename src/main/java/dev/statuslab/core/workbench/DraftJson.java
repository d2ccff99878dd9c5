package dev.statuslab.core.workbench;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuslab.core.json.StrictJson;
import dev.statuslab.core.scenario.BodyKind;
import java.io.IOException;
import java.util.List;

/**
 * The JSON of a draft, shared by saved requests and tabs, and of variables, shared by
 * environments and collections. A body is written as a list of lines, so a diff shows the line
 * that changed (a body with a carriage return keeps the exact text instead):
 *
 * <pre>
 * "method": "POST", "url": "{{simulator}}/api/messages/",
 * "headers": [{"name": "Accept", "value": "*&#47;*", "enabled": true}],
 * "body": {"kind": "JSON", "lines": ["{", "  \"name\": \"Ada\"", "}"]},
 * "auth": {"type": "bearer", "token": "{{token}}"},
 * "cookies": true, "omit": ["User-Agent"]
 * </pre>
 */
final class DraftJson {

    static final String[] DRAFT_FIELDS = {"method", "url", "headers", "body", "auth", "cookies", "omit"};

    private DraftJson() {}

    static void writeFields(JsonGenerator g, RequestDraft d) throws IOException {
        g.writeStringField("method", d.method());
        g.writeStringField("url", d.url());
        g.writeArrayFieldStart("headers");
        for (RequestDraft.Row row : d.headers()) {
            g.writeStartObject();
            g.writeStringField("name", row.name());
            g.writeStringField("value", row.value());
            g.writeBooleanField("enabled", row.enabled());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("body");
        g.writeStringField("kind", d.bodyKind().name());
        if (d.body().indexOf('\r') >= 0) {
            g.writeStringField("text", d.body());
        } else {
            g.writeArrayFieldStart("lines");
            for (String line : d.body().isEmpty() ? new String[0] : d.body().split("\n", -1)) {
                g.writeString(line);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        writeAuth(g, d.auth());
        g.writeBooleanField("cookies", d.useCookies());
        if (!d.omitted().isEmpty()) {
            g.writeArrayFieldStart("omit");
            for (String name : d.omitted()) {
                g.writeString(name);
            }
            g.writeEndArray();
        }
    }

    static RequestDraft read(StrictJson.Obj o) {
        List<RequestDraft.Row> rows = o.list(
                "headers",
                StrictJson.objects(
                        h -> new RequestDraft.Row(h.text("name"), h.text("value"), h.bool("enabled")),
                        "name",
                        "value",
                        "enabled"));
        StrictJson.Obj body = o.object("body", "kind", "lines", "text");
        BodyKind kind = body.constant("kind", BodyKind.class);
        List<String> lines = body.optionalList("lines", StrictJson.TEXT);
        String text = lines != null ? String.join("\n", lines) : body.optionalText("text");
        Auth auth = readAuth(o.object("auth", "type", "username", "password", "token"));
        List<String> omit = o.optionalList("omit", StrictJson.TEXT);
        return new RequestDraft(o.text("method"), o.text("url"), rows, kind, text, auth, o.bool("cookies"), omit);
    }

    static void writeAuth(JsonGenerator g, Auth auth) throws IOException {
        g.writeObjectFieldStart("auth");
        if (auth instanceof Auth.Basic basic) {
            g.writeStringField("type", "basic");
            g.writeStringField("username", basic.username());
            g.writeStringField("password", basic.password());
        } else if (auth instanceof Auth.Bearer bearer) {
            g.writeStringField("type", "bearer");
            g.writeStringField("token", bearer.token());
        } else {
            g.writeStringField("type", "none");
        }
        g.writeEndObject();
    }

    static Auth readAuth(StrictJson.Obj o) {
        String type = o.text("type");
        return switch (type == null ? "" : type) {
            case "none" -> Auth.NONE;
            case "basic" -> new Auth.Basic(o.text("username"), o.text("password"));
            case "bearer" -> new Auth.Bearer(o.text("token"));
            default ->
                throw new IllegalArgumentException(
                        "auth: 'type' must be none, basic or bearer, found \"" + type + "\"");
        };
    }

    static void writeVariables(JsonGenerator g, List<Variable> variables) throws IOException {
        g.writeArrayFieldStart("variables");
        for (Variable v : variables) {
            g.writeStartObject();
            g.writeStringField("name", v.name());
            g.writeStringField("value", v.value());
            g.writeBooleanField("secret", v.secret());
            g.writeBooleanField("enabled", v.enabled());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static List<Variable> readVariables(StrictJson.Obj o) {
        return o.list(
                "variables",
                StrictJson.objects(
                        v -> new Variable(v.text("name"), v.text("value"), v.bool("secret"), v.bool("enabled")),
                        "name",
                        "value",
                        "secret",
                        "enabled"));
    }
}
