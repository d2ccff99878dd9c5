package dev.statuslab.ui.common;

import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Building parts of the window only when the user first needs them, so that start-up lays out and
 * styles only what the first frame shows: a pane's content when it first has something to show,
 * a tab's content when it is first selected.
 */
public final class Lazy {

    private Lazy() {}

    /** Runs {@code build} once: now if {@code condition} holds, otherwise the first time it does. */
    public static void once(ObservableValue<Boolean> condition, Runnable build) {
        once(condition, Boolean.TRUE::equals, build);
    }

    /**
     * Runs {@code build} once, when {@code value} first satisfies {@code test}. Pass a property the
     * view model holds, not a binding made on the spot: bindings listen to their sources weakly,
     * and one nobody else holds would be collected before it ever fired.
     */
    public static <T> void once(ObservableValue<T> value, Predicate<T> test, Runnable build) {
        if (test.test(value.getValue())) {
            build.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T was, T now) {
                if (test.test(now)) {
                    value.removeListener(this);
                    build.run();
                }
            }
        });
    }

    /** Gives {@code tab} its content the first time it is selected (at once if it already is). */
    public static void content(Tab tab, Supplier<Node> content) {
        once(tab.selectedProperty(), () -> tab.setContent(content.get()));
    }
}
