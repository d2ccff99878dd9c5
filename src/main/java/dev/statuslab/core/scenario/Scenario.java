package dev.statuslab.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A lesson of the lab: what it shows, the Django code behind it, and the requests that
 * demonstrate it, in the order they are meant to be sent.
 *
 * @param id           a stable identifier, e.g. "contact-success" or "status-404"
 * @param group        the section it belongs to
 * @param title        a short title
 * @param summary      one or two sentences on what it teaches
 * @param djangoSnippet a few lines of Python showing the view
 * @param requests     the requests, at least one
 */
public record Scenario(
        String id,
        ScenarioGroup group,
        String title,
        String summary,
        String djangoSnippet,
        List<ReadyRequest> requests) {

    /** Validates the scenario and makes an immutable copy of the requests. */
    public Scenario {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a scenario id must be lowercase words joined by '-': \"" + id + "\"");
        }
        Objects.requireNonNull(group, () -> "scenario " + id + ": 'group' must not be null");
        requireText(id, title, "title");
        requireText(id, summary, "summary");
        requireText(id, djangoSnippet, "djangoSnippet");
        Objects.requireNonNull(requests, () -> "scenario " + id + ": 'requests' must not be null");
        requests = List.copyOf(requests);
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("scenario " + id + ": needs at least one request");
        }
    }

    /** The expected status of the first request, for the badge. */
    public int expectedStatus() {
        return requests.get(0).expectedStatus();
    }

    private static void requireText(String id, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("scenario " + id + ": '" + field + "' must not be blank");
        }
    }
}
