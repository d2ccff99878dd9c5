package dev.statuslab.core.scenario;

/** The sections of the scenario list, in the order the lab shows them. */
public enum ScenarioGroup {
    /** The views of the Django tutorial. */
    TUTORIAL("Tutorial"),
    /** Django's generic class-based views over the tutorial's model. */
    GENERIC_VIEWS("Generic views"),
    /** The playground: any status code, random codes, redirects, delays, echo. */
    ANY_STATUS("Any status code"),
    /** Cross-origin requests from a browser: preflight, simple, credentialed, refused. */
    CORS("CORS"),
    /** One scenario per mock route the user made. */
    MY_MOCKS("My mocks");

    private final String title;

    ScenarioGroup(String title) {
        this.title = title;
    }

    /** The heading shown for the group, e.g. "Generic views". */
    public String title() {
        return title;
    }
}
