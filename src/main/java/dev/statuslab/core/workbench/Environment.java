package dev.statuslab.core.workbench;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A named set of variables ("local", "staging"); the active one is looked up first. */
public record Environment(String name, List<Variable> variables) {

    public Environment {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an environment needs a name");
        }
        variables = List.copyOf(variables);
    }

    /** The enabled variable of that name, the last one winning when there are two. */
    public Optional<Variable> find(String variable) {
        return find(variables, variable);
    }

    static Optional<Variable> find(List<Variable> variables, String name) {
        Variable found = null;
        for (Variable v : variables) {
            if (v.enabled() && v.name().equals(name)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }
}
