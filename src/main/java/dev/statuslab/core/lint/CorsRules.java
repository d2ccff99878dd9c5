package dev.statuslab.core.lint;

import dev.statuslab.core.http.Headers;
import java.util.List;

/** CORS (the Fetch standard, §3.2): a wildcard with credentials, an echoed origin without Vary: Origin. */
final class CorsRules implements RuleSet {

    static final String WILDCARD_CREDENTIALS = "cors.wildcard-credentials";
    static final String VARY_ORIGIN = "cors.vary-origin";

    @Override
    public void check(Subject s, Report report) {
        Headers h = s.headers();
        String origin = h.first("Access-Control-Allow-Origin").map(String::trim).orElse(null);
        if (origin == null) {
            return;
        }
        boolean credentials = h.first("Access-Control-Allow-Credentials")
                .map(String::trim)
                .filter("true"::equals)
                .isPresent();
        if (origin.equals("*") && credentials) {
            report.add(
                    WILDCARD_CREDENTIALS,
                    "Access-Control-Allow-Origin: * with Access-Control-Allow-Credentials: "
                            + "true; browsers refuse the response to a credentialed request");
        }
        if (!origin.equals("*") && !origin.equals("null")) {
            List<String> vary = Syntax.elements(h.all("Vary"));
            boolean varies = vary.stream().anyMatch(v -> v.equals("*") || v.equalsIgnoreCase("Origin"));
            if (!varies) {
                report.add(
                        VARY_ORIGIN,
                        "Access-Control-Allow-Origin: " + origin + " without Vary: Origin; a cache "
                                + "may serve this answer to another origin");
            }
        }
    }
}
