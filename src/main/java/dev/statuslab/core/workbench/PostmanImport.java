package dev.statuslab.core.workbench;

import static dev.statuslab.core.workbench.PostmanJson.array;
import static dev.statuslab.core.workbench.PostmanJson.joined;
import static dev.statuslab.core.workbench.PostmanJson.object;
import static dev.statuslab.core.workbench.PostmanJson.required;
import static dev.statuslab.core.workbench.PostmanJson.string;
import static dev.statuslab.core.workbench.PostmanJson.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.json.StrictJson;
import dev.statuslab.core.scenario.BodyKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Postman Collection v2.1 (or v2.0) file into a collection: folders, requests (method,
 * URL, headers, raw and urlencoded bodies, Basic and Bearer auth, inherited from the folder or
 * collection as Postman does), and the collection's variables. The whole file is read before
 * anything is kept: a file that cannot be read is refused with the place (a JSON pointer, or the
 * line and column) and the reason. What has no equivalent here (scripts, multipart bodies, other
 * auth types, path variables) is named in the notes, never dropped silently.
 */
public final class PostmanImport {

    /** A collection read whole, and what could not be carried over. */
    public record Imported(RequestCollection collection, List<String> notes) {}

    private final List<String> notes = new ArrayList<>();
    private int scripts;

    private PostmanImport() {}

    public static Imported read(Path file) throws WorkbenchFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (WorkbenchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new WorkbenchFileException("", WorkbenchFiles.reasonOf(e), e);
        }
    }

    public static Imported read(InputStream in) throws WorkbenchFileException {
        Object root;
        try {
            root = StrictJson.parse(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new WorkbenchFileException(where, StrictJson.readable(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new WorkbenchFileException("", "not a JSON document: " + e.getMessage(), e);
        }
        PostmanImport reader = new PostmanImport();
        RequestCollection collection = reader.collection(root);
        if (reader.scripts > 0) {
            reader.notes.add(
                    reader.scripts + " pre-request or test script(s) are not run by StatusLab and were left out");
        }
        return new Imported(collection, List.copyOf(reader.notes));
    }

    private RequestCollection collection(Object root) throws WorkbenchFileException {
        Map<?, ?> top = object(root, "");
        Map<?, ?> info = object(required(top, "info", ""), "/info");
        String name = string(required(info, "name", "/info"), "/info/name");
        String schema = string(required(info, "schema", "/info"), "/info/schema");
        if (!schema.contains("/collection/v2.1") && !schema.contains("/collection/v2.0")) {
            throw new WorkbenchFileException("/info/schema", "not a Postman Collection v2.1 (or v2.0) file: " + schema);
        }
        List<Variable> variables = variables(top.get("variable"), "/variable");
        Auth auth = auth(top.get("auth"), "/auth", Auth.NONE);
        countScripts(top);
        List<Folder> folders = new ArrayList<>();
        List<SavedRequest> requests = new ArrayList<>();
        items(required(top, "item", ""), "/item", auth, folders, requests);
        return RequestCollection.named(name.isBlank() ? "Imported collection" : name, variables, folders, requests);
    }

    private void items(Object value, String where, Auth inherited, List<Folder> folders, List<SavedRequest> requests)
            throws WorkbenchFileException {
        List<?> list = array(value, where);
        for (int i = 0; i < list.size(); i++) {
            String at = where + "/" + i;
            Map<?, ?> item = object(list.get(i), at);
            String name = item.get("name") == null ? "Untitled" : string(item.get("name"), at + "/name");
            countScripts(item);
            if (item.containsKey("item")) {
                Auth auth = auth(item.get("auth"), at + "/auth", inherited);
                if (item.get("variable") != null) {
                    notes.add("folder \"" + name + "\" has variables of its own; StatusLab keeps variables per"
                            + " collection, so they were left out");
                }
                List<Folder> subFolders = new ArrayList<>();
                List<SavedRequest> subRequests = new ArrayList<>();
                items(item.get("item"), at + "/item", auth, subFolders, subRequests);
                folders.add(Folder.named(name, subFolders, subRequests));
            } else if (item.containsKey("request")) {
                requests.add(SavedRequest.named(name, request(item.get("request"), at + "/request", name, inherited)));
            } else {
                throw new WorkbenchFileException(at, "an item must hold a 'request' or, for a folder, an 'item' list");
            }
        }
    }

    private RequestDraft request(Object value, String where, String name, Auth inherited)
            throws WorkbenchFileException {
        if (value instanceof String url) {
            return RequestDraft.get(url).withAuth(inherited);
        }
        Map<?, ?> r = object(value, where);
        String method = r.get("method") == null ? "GET" : string(r.get("method"), where + "/method");
        if (!method.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            throw new WorkbenchFileException(where + "/method", "\"" + method + "\" is not a method token");
        }
        String url = url(required(r, "url", where), where + "/url", name);
        List<RequestDraft.Row> headers = new ArrayList<>();
        if (r.get("header") instanceof String) {
            notes.add("request \"" + name + "\": headers given as one string were left out");
        } else if (r.get("header") != null) {
            List<?> list = array(r.get("header"), where + "/header");
            for (int i = 0; i < list.size(); i++) {
                Map<?, ?> h = object(list.get(i), where + "/header/" + i);
                headers.add(new RequestDraft.Row(
                        string(required(h, "key", where + "/header/" + i), where + "/header/" + i + "/key"),
                        text(h.get("value")),
                        !Boolean.TRUE.equals(h.get("disabled"))));
            }
        }
        RequestDraft draft = new RequestDraft(
                method.toUpperCase(Locale.ROOT),
                url,
                headers,
                BodyKind.NONE,
                "",
                auth(r.get("auth"), where + "/auth", inherited),
                true);
        return body(draft, r.get("body"), where + "/body", name);
    }

    private String url(Object value, String where, String name) throws WorkbenchFileException {
        if (value instanceof String s) {
            return s;
        }
        Map<?, ?> u = object(value, where);
        if (u.get("variable") instanceof List<?> vars && !vars.isEmpty()) {
            notes.add("request \"" + name + "\": path variables (:name) are not substituted; write them as {{name}}");
        }
        if (u.get("raw") != null) {
            return string(u.get("raw"), where + "/raw");
        }
        StringBuilder out = new StringBuilder();
        if (u.get("protocol") != null) {
            out.append(text(u.get("protocol"))).append("://");
        }
        out.append(joined(u.get("host"), ".", where + "/host"));
        if (u.get("port") != null) {
            out.append(':').append(text(u.get("port")));
        }
        String path = joined(u.get("path"), "/", where + "/path");
        out.append(path.startsWith("/") ? path : "/" + path);
        if (u.get("query") instanceof List<?> query) {
            String sep = "?";
            for (int i = 0; i < query.size(); i++) {
                Map<?, ?> q = object(query.get(i), where + "/query/" + i);
                if (!Boolean.TRUE.equals(q.get("disabled"))) {
                    out.append(sep).append(text(q.get("key"))).append('=').append(text(q.get("value")));
                    sep = "&";
                }
            }
        }
        return out.toString();
    }

    private RequestDraft body(RequestDraft draft, Object value, String where, String name)
            throws WorkbenchFileException {
        if (value == null) {
            return draft;
        }
        Map<?, ?> b = object(value, where);
        String mode = b.get("mode") == null ? "raw" : string(b.get("mode"), where + "/mode");
        switch (mode) {
            case "raw" -> {
                String raw = text(b.get("raw"));
                String language = b.get("options") instanceof Map<?, ?> o && o.get("raw") instanceof Map<?, ?> r
                        ? text(r.get("language"))
                        : "";
                BodyKind kind = raw.isEmpty() ? BodyKind.NONE : language.equals("json") ? BodyKind.JSON : BodyKind.TEXT;
                boolean typed = draft.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase("Content-Type"));
                return draft.withBody(typed && kind == BodyKind.TEXT ? BodyKind.TEXT : kind, raw);
            }
            case "urlencoded" -> {
                List<FormEncoding.Pair> pairs = new ArrayList<>();
                List<?> list =
                        b.get("urlencoded") == null ? List.of() : array(b.get("urlencoded"), where + "/urlencoded");
                for (int i = 0; i < list.size(); i++) {
                    Map<?, ?> p = object(list.get(i), where + "/urlencoded/" + i);
                    if (!Boolean.TRUE.equals(p.get("disabled"))) {
                        pairs.add(new FormEncoding.Pair(text(p.get("key")), text(p.get("value"))));
                    }
                }
                return draft.withBody(BodyKind.FORM, PostmanForms.encode(pairs));
            }
            default -> {
                notes.add("request \"" + name + "\": a '" + mode + "' body is not supported and was left out");
                return draft;
            }
        }
    }

    private Auth auth(Object value, String where, Auth inherited) throws WorkbenchFileException {
        if (value == null) {
            return inherited;
        }
        Map<?, ?> a = object(value, where);
        String type = string(required(a, "type", where), where + "/type");
        return switch (type) {
            case "noauth" -> Auth.NONE;
            case "inherit" -> inherited;
            case "basic" ->
                new Auth.Basic(attribute(a, "basic", "username", where), attribute(a, "basic", "password", where));
            case "bearer" -> new Auth.Bearer(attribute(a, "bearer", "token", where));
            default -> {
                notes.add(where + ": '" + type + "' auth is not supported; the request was imported without it");
                yield Auth.NONE;
            }
        };
    }

    private String attribute(Map<?, ?> auth, String type, String key, String where) throws WorkbenchFileException {
        Object attributes = auth.get(type);
        if (attributes == null) {
            return "";
        }
        List<?> list = array(attributes, where + "/" + type);
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> attr = object(list.get(i), where + "/" + type + "/" + i);
            if (key.equals(attr.get("key"))) {
                return text(attr.get("value"));
            }
        }
        return "";
    }

    private List<Variable> variables(Object value, String where) throws WorkbenchFileException {
        List<Variable> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        List<?> list = array(value, where);
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> v = object(list.get(i), where + "/" + i);
            String key = text(v.get("key"));
            if (!VariableText.isName(key)) {
                notes.add("variable \"" + key + "\" (" + where + "/" + i + ") has a name StatusLab cannot refer to"
                        + " (letters, digits, _ . - $) and was left out");
                continue;
            }
            if (key.equals("simulator")) {
                notes.add("variable \"simulator\" (" + where + "/" + i + ") was left out: {{simulator}} is the running"
                        + " simulator's address, whatever its port");
                continue;
            }
            out.add(new Variable(
                    key,
                    text(v.get("value")),
                    "secret".equals(v.get("type")),
                    !Boolean.TRUE.equals(v.get("disabled"))));
        }
        return out;
    }

    private void countScripts(Map<?, ?> item) {
        if (item.get("event") instanceof List<?> events) {
            scripts += events.size();
        }
    }
}
