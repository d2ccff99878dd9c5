package dev.statuslab.core.workbench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The auth helper of a request: nothing, HTTP Basic, or a Bearer token; each field may hold
 * {@code {{variables}}}. It yields the Authorization field it adds, shown to the user as such.
 */
public sealed interface Auth {

    /** The fields that may hold variables, as (place, text) pairs for resolution. */
    List<Field> fields();

    /** The Authorization value, from the fields' resolved texts in the order of {@link #fields()}. */
    String headerValue(List<String> resolved);

    /** One editable text of the helper. */
    record Field(String place, String text) {}

    None NONE = new None();

    record None() implements Auth {
        @Override
        public List<Field> fields() {
            return List.of();
        }

        @Override
        public String headerValue(List<String> resolved) {
            return null;
        }
    }

    /** RFC 7617: {@code Basic base64(user ":" password)}, in UTF-8. */
    record Basic(String username, String password) implements Auth {
        public Basic {
            Objects.requireNonNull(username, "username");
            password = password == null ? "" : password;
        }

        @Override
        public List<Field> fields() {
            return List.of(new Field("auth username", username), new Field("auth password", password));
        }

        @Override
        public String headerValue(List<String> resolved) {
            String pair = resolved.get(0) + ":" + resolved.get(1);
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** RFC 6750: {@code Bearer token}. */
    record Bearer(String token) implements Auth {
        public Bearer {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public List<Field> fields() {
            return List.of(new Field("auth token", token));
        }

        @Override
        public String headerValue(List<String> resolved) {
            return "Bearer " + resolved.get(0);
        }
    }
}
