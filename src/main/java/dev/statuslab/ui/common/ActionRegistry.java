package dev.statuslab.ui.common;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;

/**
 * The commands of one window, each registered once by the pane that owns it (the composer its
 * Send and Cancel, the history its row commands, the window the rest). The menu bar, the context
 * menus, the buttons and the shortcut list are built from it, so a key belongs to one command.
 */
public final class ActionRegistry {

    /** One line of the shortcut list: a command's label and its key. */
    public record Shortcut(ActionId id, String label, String accelerator) {}

    private final Map<ActionId, Action> actions = new EnumMap<>(ActionId.class);

    /**
     * Registers what a command does and when it can run.
     *
     * @throws IllegalStateException when the command is already registered: a command has one owner
     */
    public Action register(ActionId id, ObservableValue<Boolean> enabled, Runnable handler) {
        Action action = new Action(id, enabled, handler);
        if (actions.putIfAbsent(id, action) != null) {
            throw new IllegalStateException(id + " is already registered");
        }
        return action;
    }

    /** Registers a command that can always run. */
    public Action register(ActionId id, Runnable handler) {
        return register(id, Bindings.createBooleanBinding(() -> true), handler);
    }

    /** The registered command. @throws IllegalStateException when nobody registered it */
    public Action get(ActionId id) {
        return find(id).orElseThrow(() -> new IllegalStateException(id + " is not registered"));
    }

    public Optional<Action> find(ActionId id) {
        return Optional.ofNullable(actions.get(id));
    }

    /** Runs a registered, enabled command; returns whether it ran. */
    public boolean fire(ActionId id) {
        return find(id).map(Action::fire).orElse(false);
    }

    /** Every registered command, in {@link ActionId} order. */
    public List<Action> all() {
        return List.copyOf(actions.values());
    }

    /** The registered commands that have a key, in {@link ActionId} order: the shortcut list. */
    public List<Shortcut> shortcuts() {
        List<Shortcut> list = new ArrayList<>();
        for (Action action : actions.values()) {
            action.id()
                    .accelerator()
                    .ifPresent(key ->
                            list.add(new Shortcut(action.id(), action.id().text(), key)));
        }
        return list;
    }
}
