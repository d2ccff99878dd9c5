package dev.statuslab.core.learn;

/**
 * The levels of practice, in order; a level opens when the one before is mostly known
 * ({@link Leitner#isOpen}).
 */
public enum Level {
    /** The seven codes of the tutorial's interview cheat-sheet. */
    CHEAT_SHEET("The cheat-sheet's seven codes"),
    /** Every ready request of the tutorial's views and the generic views, and their redirects. */
    TUTORIAL_VIEWS("The tutorial's views and generic views"),
    /** The codes in common use, their headers and their Django helpers. */
    COMMON_CODES("Codes in common use"),
    /** Every registered code and the headers it requires. */
    ALL_CODES("All registered codes and their headers");

    private final String title;

    Level(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** 1 for the first level. */
    public int number() {
        return ordinal() + 1;
    }
}
