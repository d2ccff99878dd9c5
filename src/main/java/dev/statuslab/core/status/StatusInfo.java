package dev.statuslab.core.status;

import java.util.List;
import java.util.Objects;

/**
 * Everything the lab knows about one status code: what it means, when to use it, the header rules that
 * go with it and how a Django view produces it.
 *
 * @param code          the three-digit code, 100..599
 * @param reason        the reason phrase a server puts on the wire, e.g. "I'm a teapot"
 * @param registryName  the name exactly as the IANA registry lists it, e.g. "(Unused)"
 * @param statusClass   the class of {@code code}
 * @param registration  the registry status; {@link Registration#UNREGISTERED} for class-level fallbacks
 * @param meaning       what the code tells the client
 * @param whenToUse     when a server should send it
 * @param whenNotToUse  when not to, naming the better code where there is one
 * @param rfc           the defining document, e.g. "RFC 9110" or "draft-ietf-httpbis-resumable-upload"
 * @param section       the defining section, e.g. "15.3.2"
 * @param headers       header rules that apply to responses with this code
 * @param bodyAllowed   whether the response may carry content
 * @param django        how a Django view returns this code
 * @param djangoSnippet a short Python example
 * @param mistakes      common mistakes, one sentence each
 */
public record StatusInfo(
        int code,
        String reason,
        String registryName,
        StatusClass statusClass,
        Registration registration,
        String meaning,
        String whenToUse,
        String whenNotToUse,
        String rfc,
        String section,
        List<HeaderRule> headers,
        boolean bodyAllowed,
        String django,
        String djangoSnippet,
        List<String> mistakes) {

    private static final String RFC_PREFIX = "RFC ";

    /** Validates the entry and makes defensive, immutable copies of the lists. */
    public StatusInfo {
        Objects.requireNonNull(statusClass, () -> "status " + code + ": 'statusClass' must not be null");
        if (statusClass != StatusClass.of(code)) {
            throw new IllegalArgumentException("status " + code + ": class " + statusClass + " does not match");
        }
        Objects.requireNonNull(registration, () -> "status " + code + ": 'registration' must not be null");
        requireText(code, reason, "reason");
        requireText(code, registryName, "registryName");
        requireText(code, meaning, "meaning");
        requireText(code, whenToUse, "whenToUse");
        requireText(code, whenNotToUse, "whenNotToUse");
        requireText(code, rfc, "rfc");
        requireText(code, section, "section");
        requireText(code, django, "django");
        requireText(code, djangoSnippet, "djangoSnippet");
        Objects.requireNonNull(headers, () -> "status " + code + ": 'headers' must not be null");
        headers.forEach(h -> Objects.requireNonNull(h, () -> "status " + code + ": 'headers' contains null"));
        headers = List.copyOf(headers);
        Objects.requireNonNull(mistakes, () -> "status " + code + ": 'mistakes' must not be null");
        mistakes.forEach(m -> requireText(code, m, "mistakes[]"));
        if (mistakes.isEmpty()) {
            throw new IllegalArgumentException("status " + code + ": 'mistakes' must not be empty");
        }
        mistakes = List.copyOf(mistakes);
    }

    /** Whether the code is in the IANA registry (in any state, including deprecated or unused). */
    public boolean registered() {
        return registration != Registration.UNREGISTERED;
    }

    /** The HTTP/1.1 status line, e.g. "HTTP/1.1 201 Created". */
    public String statusLine() {
        return "HTTP/1.1 " + code + " " + reason;
    }

    /** The header rules at the given level, in catalogue order. */
    public List<HeaderRule> headersAt(HeaderRule.Level level) {
        Objects.requireNonNull(level, "level");
        return headers.stream().filter(h -> h.level() == level).toList();
    }

    /**
     * A link to the defining text: the RFC Editor page with a section anchor for RFCs, the IETF Datatracker
     * page for an Internet-Draft.
     */
    public String rfcUrl() {
        if (rfc.startsWith(RFC_PREFIX)) {
            String number = rfc.substring(RFC_PREFIX.length()).trim();
            return "https://www.rfc-editor.org/rfc/rfc" + number + "#section-" + section;
        }
        return "https://datatracker.ietf.org/doc/" + rfc + "/";
    }

    private static void requireText(int code, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("status " + code + ": '" + field + "' must not be blank");
        }
    }
}
