package dev.statuslab.ui.common;

import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Controls made from registered {@link Action}s: their text, key and enabled state come from the
 * registry, and they run the registered handler. A {@code null} among the ids of a menu is a
 * separator; ids nobody registered are left out, so a pane shown on its own gets a shorter menu.
 */
public final class ActionControls {

    private ActionControls() {}

    /** A menu-bar item, with the command's key (the menu bar owns the window's accelerators). */
    public static MenuItem menuItem(Action action) {
        MenuItem item = contextItem(action, "menu-");
        action.id().accelerator().map(KeyCombination::keyCombination).ifPresent(item::setAccelerator);
        return item;
    }

    /** A menu of the menu bar. */
    public static Menu menu(String title, ActionRegistry registry, ActionId... ids) {
        Menu menu = new Menu(title);
        for (ActionId id : ids) {
            if (id == null) {
                menu.getItems().add(new SeparatorMenuItem());
            } else {
                registry.find(id).ifPresent(action -> menu.getItems().add(menuItem(action)));
            }
        }
        return menu;
    }

    /** A check item whose state is {@code selected} (the command's handler is for its key elsewhere). */
    public static CheckMenuItem toggle(Action action, BooleanProperty selected) {
        CheckMenuItem item = new CheckMenuItem(action.id().label());
        item.setId(id("menu-", action.id()));
        action.id().accelerator().map(KeyCombination::keyCombination).ifPresent(item::setAccelerator);
        item.selectedProperty().bindBidirectional(selected);
        return item;
    }

    /** A context-menu item: no key of its own (the menu bar's applies), ids {@code prefix + command}. */
    public static MenuItem contextItem(Action action, String idPrefix) {
        MenuItem item = new MenuItem(action.id().label());
        item.setId(id(idPrefix, action.id()));
        item.setOnAction(e -> action.fire());
        item.disableProperty().bind(disabled(action));
        return item;
    }

    /** A context menu of registered commands, with ids {@code prefix + command}. */
    public static ContextMenu contextMenu(String idPrefix, ActionRegistry registry, ActionId... ids) {
        ContextMenu menu = new ContextMenu();
        for (ActionId id : ids) {
            if (id == null) {
                menu.getItems().add(new SeparatorMenuItem());
            } else {
                registry.find(id).ifPresent(action -> menu.getItems().add(contextItem(action, idPrefix)));
            }
        }
        return menu;
    }

    /** A button running the command, with the given text and graphic; its tooltip names the key. */
    public static Button button(Action action, String text, Node graphic, String tip) {
        Button button = new Button(text, graphic);
        button.setOnAction(e -> action.fire());
        button.disableProperty().bind(disabled(action));
        String key = action.id()
                .accelerator()
                .map(k -> " (" + KeyCombination.keyCombination(k).getDisplayText() + ")")
                .orElse("");
        if (tip != null) {
            button.setTooltip(new Tooltip(tip + key));
        }
        return button;
    }

    /**
     * Runs the first of {@code ids} whose key {@code event} is, when it is enabled, and consumes the
     * event: for a pane whose controls would take the key for themselves (an editor takes Enter).
     */
    public static boolean forward(KeyEvent event, ActionRegistry registry, ActionId... ids) {
        for (ActionId id : ids) {
            boolean matches = id.accelerator()
                    .map(k -> KeyCombination.keyCombination(k).match(event))
                    .orElse(false);
            if (matches && registry.fire(id)) {
                event.consume();
                return true;
            }
        }
        return false;
    }

    /** Puts every registered key into a scene that has no menu bar (a pane shown on its own). */
    public static void installAccelerators(Scene scene, ActionRegistry registry) {
        Map<KeyCombination, Runnable> keys = scene.getAccelerators();
        for (Action action : registry.all()) {
            action.id().accelerator().ifPresent(k -> keys.put(KeyCombination.keyCombination(k), action::fire));
        }
    }

    private static BooleanBinding disabled(Action action) {
        return Bindings.createBooleanBinding(() -> !action.isEnabled(), action.enabled());
    }

    private static String id(String prefix, ActionId id) {
        return prefix + id.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
