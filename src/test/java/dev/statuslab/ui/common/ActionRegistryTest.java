package dev.statuslab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The window's commands, without a toolkit: one key per command, one owner per command. */
class ActionRegistryTest {

    @Test
    void noTwoCommandsShareAKey() {
        Map<String, ActionId> owners = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (ActionId id : ActionId.values()) {
            id.normalizedAccelerator().ifPresent(key -> {
                ActionId earlier = owners.putIfAbsent(key, id);
                if (earlier != null) {
                    clashes.add(key + ": " + earlier + " and " + id);
                }
            });
        }
        assertEquals(List.of(), clashes);
        assertEquals(ActionId.SEND, owners.get("shortcut+enter"), "Ctrl+Enter sends");
    }

    @Test
    void keysAreComparedInOneSpelling() {
        assertEquals("shift+shortcut+c", ActionId.normalize("Shortcut+Shift+C"));
        assertEquals(ActionId.normalize("Shift+Shortcut+c"), ActionId.normalize("Shortcut+Shift+C"));
        assertEquals(ActionId.normalize("Escape"), ActionId.normalize("Esc"));
    }

    @Test
    void aCommandHasOneOwner() {
        ActionRegistry registry = new ActionRegistry();
        registry.register(ActionId.SEND, () -> {});

        assertThrows(IllegalStateException.class, () -> registry.register(ActionId.SEND, () -> {}));
        assertThrows(IllegalStateException.class, () -> registry.get(ActionId.CANCEL));
        assertTrue(registry.find(ActionId.CANCEL).isEmpty());
    }

    @Test
    void aCommandRunsOnlyWhileEnabled() {
        ActionRegistry registry = new ActionRegistry();
        SimpleBooleanProperty enabled = new SimpleBooleanProperty(false);
        AtomicInteger runs = new AtomicInteger();
        registry.register(ActionId.FOLLOW_REDIRECT, enabled, runs::incrementAndGet);

        assertFalse(registry.fire(ActionId.FOLLOW_REDIRECT));
        enabled.set(true);
        assertTrue(registry.fire(ActionId.FOLLOW_REDIRECT));
        assertEquals(1, runs.get());
        assertFalse(registry.fire(ActionId.ABOUT), "a command nobody registered does nothing");
    }

    @Test
    void theShortcutListHoldsTheRegisteredCommandsWithAKeyInMenuOrder() {
        ActionRegistry registry = new ActionRegistry();
        registry.register(ActionId.ABOUT, () -> {});
        registry.register(ActionId.COPY_URL, () -> {}); // no key
        registry.register(ActionId.SEND, () -> {});

        assertEquals(
                List.of(
                        new ActionRegistry.Shortcut(ActionId.SEND, "Send", "Shortcut+Enter"),
                        new ActionRegistry.Shortcut(ActionId.ABOUT, "About StatusLab", "F1")),
                registry.shortcuts());
    }
}
