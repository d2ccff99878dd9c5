package dev.statuslab.core.workbench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the {@code {{variables}}} of a field stand for, for the window: each reference with its
 * value as shown (a secret as {@link Secrets#MASK}, a value made of other variables resolved in
 * turn) or unknown; the hover text ({@code {{simulator}} → http://127.0.0.1:8765}); the unknown
 * names, to mark the field and name them.
 */
public final class VariableHints {

    /**
     * One reference in a field.
     *
     * @param shown its value as shown, secrets masked; null when no scope knows the name
     * @param fresh a built-in made anew on each send ({@code {{$uuid}}}, {@code {{$timestamp}}})
     */
    public record Use(String name, int start, int end, String shown, boolean fresh) {
        public boolean known() {
            return shown != null;
        }
    }

    private VariableHints() {}

    /** Every reference in {@code text}, in order, with what it stands for through {@code lookup}. */
    public static List<Use> uses(String text, Function<String, Optional<VariableText.Value>> lookup) {
        List<Use> out = new ArrayList<>();
        if (text == null || !text.contains("{{")) {
            return out;
        }
        for (VariableText.Reference ref : VariableText.references(text)) {
            VariableText.Resolved value = VariableText.resolve("{{" + ref.name() + "}}", lookup);
            String shown = value.complete() ? Secrets.mask(value.text(), value.secrets()) : null;
            out.add(new Use(
                    ref.name(), ref.start(), ref.end(), shown, ref.name().startsWith("$")));
        }
        return out;
    }

    /** The names no scope knows, each once, in order. */
    public static List<String> unknown(List<Use> uses) {
        Set<String> names = new LinkedHashSet<>();
        uses.stream().filter(u -> !u.known()).forEach(u -> names.add(u.name()));
        return List.copyOf(names);
    }

    /** The hover text: one line per variable, {@code {{name}} → value} or {@code {{name}} is not defined}; "" without any. */
    public static String hover(List<Use> uses) {
        Set<String> lines = new LinkedHashSet<>();
        for (Use u : uses) {
            lines.add("{{" + u.name() + "}} "
                    + (!u.known()
                            ? "is not defined"
                            : "→ " + u.shown() + (u.fresh() ? " (a new one on each send)" : "")));
        }
        return String.join("\n", lines);
    }

    /**
     * The sentence naming the unknown variables of a field ("Unknown variable {{host}} in the URL:
     * define it in an environment (Request → Environments…) or the collection"), or "".
     */
    public static String unknownMessage(List<String> names, String place) {
        if (names.isEmpty()) {
            return "";
        }
        String listed = names.stream().map(n -> "{{" + n + "}}").collect(Collectors.joining(", "));
        return (names.size() == 1 ? "Unknown variable " : "Unknown variables ") + listed + " in the " + place
                + ": define " + (names.size() == 1 ? "it" : "them")
                + " in an environment (Request → Environments…) or the collection";
    }
}
