package dev.statuslab.ui.common;

import dev.statuslab.core.status.StatusClass;
import javafx.css.PseudoClass;

/** Every style-class and pseudo-class name the views use, in one place (see app.css). */
public final class Styles {

    public static final String STATUS_BADGE = "status-badge";
    public static final String FIELD_ERROR = "field-error";
    public static final String FIELD_WARNING = "field-warning";
    public static final String FIELD_NOTE = "field-note";
    public static final String PANE_TITLE = "pane-title";
    public static final String MONO = "mono";
    public static final String MUTED = "muted";
    public static final String CHECK_OK = "check-ok";
    public static final String CHECK_MISSING = "check-missing";
    public static final String STATUS_BAR = "status-bar";
    /** The padding around each pane of the main window. */
    public static final String PANE_BOX = "pane-box";
    /** Stands in for the body editor when a body too large to edit is kept as loaded. */
    public static final String KEPT_BODY = "kept-body";
    /** Buttons in a tab pane's header row (the response body's toolbar), as low as the tabs. */
    public static final String TAB_ROW_TOOLS = "tab-row-tools";
    /** A field's message laid over the field's foot (the body editor's warning), on the field's background. */
    public static final String OVERLAY_MESSAGE = "overlay-message";
    /** A read-only code sample, such as the Django snippet. */
    public static final String SNIPPET = "snippet";
    /** Learn mode: the picked choice. */
    public static final String LEARN_CHOSEN = "learn-chosen";
    /** A finding of the linter, and the level label in front of it (with a level pseudo-class). */
    public static final String FINDING = "finding";

    public static final String FINDING_LEVEL = "finding-level";
    /** The count of findings beside the response's status line (with a level pseudo-class). */
    public static final String FINDINGS_BADGE = "findings-badge";
    /** The certificate warning of a refused TLS handshake. */
    public static final String TLS_WARNING = "tls-warning";

    public static final String TLS_WARNING_TITLE = "tls-warning-title";
    /** Text that says the certificate was not checked ("insecure"). */
    public static final String TLS_INSECURE = "tls-insecure";

    /** A field holding a {@code {{variable}}} no scope knows (red underline), and the wavy line under the name. */
    public static final String UNKNOWN_VARIABLE = "unknown-variable";

    public static final String VARIABLE_UNDERLINE = "variable-underline";

    public static final PseudoClass INFORMATIONAL = PseudoClass.getPseudoClass("informational");
    public static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");
    public static final PseudoClass REDIRECTION = PseudoClass.getPseudoClass("redirection");
    public static final PseudoClass CLIENT_ERROR = PseudoClass.getPseudoClass("client-error");
    public static final PseudoClass SERVER_ERROR = PseudoClass.getPseudoClass("server-error");
    /** No response at all (refused, timed out, cancelled). */
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Styles() {}

    /** The pseudo-class of a status code's class, or {@link #FAILED} for 0 / out of range. */
    public static PseudoClass of(int code) {
        if (code < 100 || code > 599) {
            return FAILED;
        }
        return switch (StatusClass.of(code)) {
            case INFORMATIONAL -> INFORMATIONAL;
            case SUCCESSFUL -> SUCCESS;
            case REDIRECTION -> REDIRECTION;
            case CLIENT_ERROR -> CLIENT_ERROR;
            case SERVER_ERROR -> SERVER_ERROR;
        };
    }
}
