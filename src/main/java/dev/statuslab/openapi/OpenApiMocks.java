package dev.statuslab.openapi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockFileException;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An OpenAPI 3.0 or 3.1 file (YAML or JSON) as a mock set: one mock per operation and declared
 * response, the success first so that it answers; path templates ({@code /pets/{id}}) are the
 * mock's own {@code {id}} segments. The body is the response's example, or one made from its
 * schema; the declared headers and the media type go with it. The only place that uses the
 * OpenAPI parser (decision 30); a file it cannot read is refused whole with the place and the
 * reason.
 */
public final class OpenApiMocks implements MockSource {

    /** Made on the first import, not at start-up: Jackson's databind and YAML classes are hundreds. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    private static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public Imported read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new MockFileException(file.getFileName().toString(), "the file is larger than 16 MB");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode tree = syntax(text);
        JsonNode version = tree.path("openapi");
        if (!version.isTextual() || !version.asText().matches("3\\.[01](\\..*)?")) {
            throw new MockFileException(
                    "/openapi",
                    version.isMissingNode()
                            ? "this is not an OpenAPI 3 description (no \"openapi\" field; Swagger 2 is not read)"
                            : "OpenAPI " + version.asText() + " is not read (3.0 and 3.1 are)");
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        OpenAPI api = result.getOpenAPI();
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (api == null || !messages.isEmpty()) {
            String first = messages.isEmpty() ? "the file is not an OpenAPI description" : messages.get(0);
            String where = place(first);
            String why = where.equals("the file")
                    ? first
                    : first.startsWith("attribute ")
                            ? first.substring("attribute ".length() + where.length())
                                    .strip()
                            : first.substring(where.length() + 2);
            throw new MockFileException(
                    where, why + (messages.size() > 1 ? " (and " + (messages.size() - 1) + " more)" : ""));
        }
        List<MockRoute> mocks = new ArrayList<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> operations(item)
                    .forEach((method, op) -> mocks.addAll(mocks(method, path, op))));
        }
        String title = api.getInfo() != null
                        && api.getInfo().getTitle() != null
                        && !api.getInfo().getTitle().isBlank()
                ? api.getInfo().getTitle()
                : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new Imported(title, mocks);
    }

    /** The tree of the file, or its first syntax error with line and column. */
    private static JsonNode syntax(String text) throws MockFileException {
        try {
            JsonNode tree = Yaml.MAPPER.readTree(text); // YAML is a superset of JSON
            if (tree == null || !tree.isObject()) {
                throw new MockFileException("/", "the file does not hold an object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "the file" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            String why = e.getOriginalMessage()
                    .lines()
                    .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.contains("'reader'"))
                    .collect(Collectors.joining("; "));
            throw new MockFileException(where, why);
        }
    }

    /** The place a parser message names ({@code attribute paths.'/pets'(get).responses is missing}). */
    private static String place(String message) {
        if (message.startsWith("attribute ")) {
            String rest = message.substring("attribute ".length());
            int space = rest.indexOf(' ');
            return space < 0 ? rest : rest.substring(0, space);
        }
        int stop = message.indexOf(". ");
        return stop > 0 && message.startsWith("paths.") ? message.substring(0, stop) : "the file";
    }

    private static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> out = new LinkedHashMap<>();
        item.readOperationsMap().forEach((method, op) -> out.put(method.name(), op));
        return out;
    }

    private static List<MockRoute> mocks(String method, String path, Operation op) {
        if (op.getResponses() == null) {
            return List.of();
        }
        List<Map.Entry<String, ApiResponse>> responses = new ArrayList<>();
        op.getResponses().entrySet().stream()
                .filter(e -> e.getKey().matches("[1-5]\\d\\d"))
                .forEach(responses::add);
        responses.sort(Comparator.comparing(e -> e.getKey().startsWith("2") ? 0 : 1)); // stable: file order kept
        List<MockRoute> out = new ArrayList<>();
        for (Map.Entry<String, ApiResponse> e : responses) {
            out.add(mock(method.toUpperCase(Locale.ROOT), path, Integer.parseInt(e.getKey()), e.getValue()));
        }
        return out;
    }

    private static MockRoute mock(String method, String path, int status, ApiResponse response) {
        List<Header> headers = new ArrayList<>();
        String body = "";
        boolean bodyless = status == 204 || status == 304 || status < 200;
        if (!bodyless && response.getContent() != null && !response.getContent().isEmpty()) {
            Map.Entry<String, MediaType> media = response.getContent().entrySet().stream()
                    .filter(m -> m.getKey().toLowerCase(Locale.ROOT).contains("json"))
                    .findFirst()
                    .orElse(response.getContent().entrySet().iterator().next());
            String type = media.getKey().contains("*") ? "application/octet-stream" : media.getKey();
            headers.add(new Header("Content-Type", type));
            body = Examples.body(media.getValue(), type.toLowerCase(Locale.ROOT).contains("json"));
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    headers.add(new Header(name, Examples.headerValue(header)));
                }
            });
        }
        return new MockRoute(method, path, status, "", headers, body, 0);
    }
}
