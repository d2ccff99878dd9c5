package dev.statuslab.core.learn;

/** How a question is asked and answered. */
public enum QuestionKind {
    /** Pick the status code among a few. */
    PICK_CODE("Pick the code"),
    /** Type the three digits of the code. */
    TYPE_CODE("Type the code"),
    /** Pick the header field a response with this code must (or should) carry. */
    PICK_HEADER("Pick the header"),
    /** Pick the Django class, exception, shortcut or decorator. */
    PICK_DJANGO("Pick the Django way"),
    /** Pick the request that follows a redirect, and what it gets. */
    WHAT_NEXT("What comes next");

    private final String title;

    QuestionKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether the answer is a status code (so the live status is the answer key). */
    public boolean asksForCode() {
        return this == PICK_CODE || this == TYPE_CODE;
    }

    /** Whether the answer is picked from choices (digits) rather than typed. */
    public boolean picked() {
        return this != TYPE_CODE;
    }
}
