package dev.statuslab.core.http;

import java.util.Objects;

/** One field line, its name in the case it was written or received. */
public record Header(String name, String value) {

    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public boolean is(String otherName) {
        return name.equalsIgnoreCase(otherName);
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
