package dev.statuslab.server.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's URLconf: an ordered list of {@code path()} routes with {@code <int:name>},
 * {@code <str:name>} and {@code <path:name>} converters. Resolution ignores the method, as
 * Django's does; the first route that matches the whole path wins.
 */
public final class UrlConf {

    /** A resolved route: the view and the captured parameters. */
    public record Match(String route, View view, Map<String, String> params) {}

    /** A route, with the literal text before its first converter to rule most paths out without a regex. */
    private record Route(String route, String literalPrefix, Pattern pattern, List<String> names, View view) {}

    private static final Pattern CONVERTER = Pattern.compile("<(?:(int|str|path|slug):)?(\\w+)>");

    private final List<Route> routes = new ArrayList<>();

    /** Adds {@code path(route, view)}; the route has no leading slash, as in Django. */
    public UrlConf path(String route, View view) {
        StringBuilder regex = new StringBuilder("^/");
        List<String> names = new ArrayList<>();
        Matcher m = CONVERTER.matcher(route);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(route.substring(last, m.start())));
            String type = m.group(1) == null ? "str" : m.group(1);
            regex.append(
                    switch (type) {
                        case "int" -> "([0-9]+)";
                        case "path" -> "(.+)";
                        case "slug" -> "([-a-zA-Z0-9_]+)";
                        default -> "([^/]+)";
                    });
            names.add(m.group(2));
            last = m.end();
        }
        regex.append(Pattern.quote(route.substring(last))).append('$');
        int firstConverter = route.indexOf('<');
        String prefix = "/" + (firstConverter < 0 ? route : route.substring(0, firstConverter));
        routes.add(new Route(route, prefix, Pattern.compile(regex.toString()), List.copyOf(names), view));
        return this;
    }

    public Optional<Match> resolve(String path) {
        for (Route r : routes) {
            if (!path.startsWith(r.literalPrefix())) {
                continue;
            }
            Matcher m = r.pattern().matcher(path);
            if (m.matches()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < r.names().size(); i++) {
                    params.put(r.names().get(i), m.group(i + 1));
                }
                return Optional.of(new Match(r.route(), r.view(), Map.copyOf(params)));
            }
        }
        return Optional.empty();
    }

    /** Django's {@code is_valid_path}. */
    public boolean isValidPath(String path) {
        return resolve(path).isPresent();
    }
}
