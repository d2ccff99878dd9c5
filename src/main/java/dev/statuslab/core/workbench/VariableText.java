package dev.statuslab.core.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{name}}} references in a text, and their replacement. A name is letters, digits and
 * {@code _ . - $} (so {@code {{$uuid}}} and {@code {{cookie.csrftoken}}} are names), with optional
 * spaces inside the braces; anything else between braces (a JSON body's {@code {{"a": 1}}}) is
 * text.
 */
public final class VariableText {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.$-]+");
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.$-]+)\\s*}}");

    /** A reference in a text: the name and where it stands ({@code end} exclusive, braces included). */
    public record Reference(String name, int start, int end) {}

    /** A value for a name: its text, and whether it is a secret. */
    public record Value(String text, boolean secret) {}

    /**
     * A text with its references replaced.
     *
     * @param text    the result; unknown references are left as written
     * @param unknown the references no scope knows, in order
     * @param secrets the values of secret variables used, by name
     */
    public record Resolved(String text, List<Reference> unknown, Map<String, String> secrets) {
        public boolean complete() {
            return unknown.isEmpty();
        }
    }

    private VariableText() {}

    public static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    /** Every reference in {@code text}, in order. */
    public static List<Reference> references(String text) {
        List<Reference> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            out.add(new Reference(m.group(1), m.start(), m.end()));
        }
        return out;
    }

    public static boolean hasReferences(String text) {
        return text.contains("{{") && REFERENCE.matcher(text).find();
    }

    /**
     * Replaces every reference {@code lookup} knows. A value that holds references itself
     * ({@code baseUrl} = {@code {{simulator}}/api}) is resolved in turn, up to {@value #MAX_DEPTH}
     * levels; an unknown name inside it, or a cycle, is reported at the outer reference.
     */
    public static Resolved resolve(String text, Function<String, Optional<Value>> lookup) {
        return resolve(text, lookup, 0);
    }

    private static final int MAX_DEPTH = 4;

    private static Resolved resolve(String text, Function<String, Optional<Value>> lookup, int depth) {
        if (!text.contains("{{")) {
            return new Resolved(text, List.of(), Map.of());
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Reference> unknown = new ArrayList<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        Matcher m = REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            Optional<Value> value = lookup.apply(m.group(1));
            if (value.isEmpty()) {
                out.append(m.group());
                unknown.add(new Reference(m.group(1), m.start(), m.end()));
            } else {
                String replacement = value.get().text();
                if (hasReferences(replacement)) {
                    if (depth >= MAX_DEPTH) {
                        unknown.add(new Reference(m.group(1), m.start(), m.end())); // a cycle
                    } else {
                        Resolved inner = resolve(replacement, lookup, depth + 1);
                        inner.unknown().forEach(r -> unknown.add(new Reference(r.name(), m.start(), m.end())));
                        secrets.putAll(inner.secrets());
                        replacement = inner.text();
                    }
                }
                out.append(replacement);
                if (value.get().secret()) {
                    secrets.put(m.group(1), replacement);
                }
            }
            last = m.end();
        }
        out.append(text, last, text.length());
        return new Resolved(out.toString(), List.copyOf(unknown), Map.copyOf(secrets));
    }
}
