package dev.statuslab.ui.mainwindow;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action of the window, each with its keyboard shortcut. */
final class MainMenu {

    /** What the menu items do; the window supplies them. */
    record Actions(Runnable send, Runnable cancel, Runnable editAndResend, Runnable followRedirect,
                   Runnable copyCurl, Runnable reset, Runnable copyBaseUrl, Runnable focusSearch,
                   Runnable focusUrl, Runnable exportAll, Runnable exportChosen, Runnable importHar,
                   Runnable clearHistory, Runnable quit, Runnable about) {
    }

    private MainMenu() {
    }

    static MenuBar create(Actions a, ObservableBooleanValue sending, ObservableBooleanValue hasSelection,
                          BooleanProperty darkTheme) {
        MenuItem send = item("_Send", "Shortcut+Enter", a.send());
        send.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(sending::get, sending));
        MenuItem cancel = item("_Cancel", "Esc", a.cancel());
        cancel.disableProperty().bind(javafx.beans.binding.Bindings.not(sending));
        MenuItem edit = item("_Edit & resend selected", "Shortcut+R", a.editAndResend());
        edit.disableProperty().bind(javafx.beans.binding.Bindings.not(hasSelection));
        MenuItem follow = item("_Follow redirect", "Shortcut+L", a.followRedirect());
        follow.disableProperty().bind(javafx.beans.binding.Bindings.not(hasSelection));
        Menu request = new Menu("_Request", null, send, cancel, new SeparatorMenuItem(), edit, follow,
                new SeparatorMenuItem(), item("Copy as c_url", "Shortcut+Shift+C", a.copyCurl()),
                item("Focus _URL", "Shortcut+U", a.focusUrl()));

        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(darkTheme);
        Menu view = new Menu("_View", null, item("_Search scenarios", "Shortcut+F", a.focusSearch()), dark);

        Menu simulator = new Menu("_Simulator", null, item("_Reset messages table", "Shortcut+Shift+R", a.reset()),
                item("Copy _base URL", "Shortcut+Shift+B", a.copyBaseUrl()));
        simulator.setId("menu-simulator");
        Menu file = new Menu("_File", null, item("_Export transcript…", "Shortcut+E", a.exportAll()),
                item("Export _chosen rows…", "Shortcut+Shift+E", a.exportChosen()),
                item("_Import HAR…", "Shortcut+O", a.importHar()), new SeparatorMenuItem(),
                item("C_lear history…", "Shortcut+Shift+Delete", a.clearHistory()), new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", a.quit()));
        Menu help = new Menu("_Help", null, item("_About StatusLab", "F1", a.about()));
        MenuBar bar = new MenuBar(file, request, simulator, view, help);
        bar.setId("main-menu");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
