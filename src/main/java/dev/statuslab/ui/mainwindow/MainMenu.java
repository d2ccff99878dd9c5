package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.common.ActionControls.menu;

import dev.statuslab.ui.common.ActionControls;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;

/**
 * The menu bar, made from the window's registered commands: every command that has a key is in
 * it, and the menu bar owns the window's keys. Commands nobody registered are left out.
 */
final class MainMenu {

    private MainMenu() {}

    static MenuBar create(ActionRegistry actions, BooleanProperty darkTheme, BooleanProperty corsOn) {
        Menu file = menu(
                "_File",
                actions,
                ActionId.NEW_TAB,
                ActionId.CLOSE_TAB,
                ActionId.NEXT_TAB,
                null,
                ActionId.SAVE_REQUEST,
                ActionId.IMPORT_POSTMAN,
                ActionId.EXPORT_POSTMAN,
                ActionId.IMPORT_CURL,
                null,
                ActionId.EXPORT_ALL,
                ActionId.EXPORT_CHOSEN,
                ActionId.IMPORT_HAR,
                ActionId.IMPORT_OPENAPI,
                null,
                ActionId.CLEAR_HISTORY,
                null,
                ActionId.QUIT);
        Menu request = menu(
                "_Request",
                actions,
                ActionId.SEND,
                ActionId.CANCEL,
                null,
                ActionId.EDIT_AND_RESEND,
                ActionId.EDIT_AND_RESEND_TO_SIMULATOR,
                ActionId.FOLLOW_REDIRECT,
                null,
                ActionId.COPY_CURL,
                ActionId.COPY_URL,
                ActionId.FOCUS_URL,
                null,
                ActionId.EDIT_ENVIRONMENTS,
                ActionId.COOKIES,
                ActionId.CLEAR_COOKIES,
                ActionId.TRUSTED_CERTIFICATES);
        Menu response = menu("Res_ponse", actions, ActionId.COPY_HEADERS, ActionId.COPY_HEADER_VALUES);
        Menu simulator =
                menu("_Simulator", actions, ActionId.RESET_SIMULATOR, ActionId.COPY_BASE_URL, null, ActionId.PROXY);
        simulator.setId("menu-simulator");
        actions.find(ActionId.CORS).ifPresent(a -> simulator.getItems().add(ActionControls.toggle(a, corsOn)));
        Menu mocks = menu(
                "_Mocks",
                actions,
                ActionId.NEW_MOCK,
                null,
                ActionId.EDIT_MOCK,
                ActionId.DELETE_MOCK,
                null,
                ActionId.MOCK_RESPONSE,
                ActionId.WHICH_MOCK,
                null,
                ActionId.NEW_MOCK_SET,
                ActionId.RENAME_MOCK_SET,
                ActionId.DELETE_MOCK_SET);
        Menu view = menu("_View", actions, ActionId.FOCUS_SEARCH);
        view.setId("menu-view");
        actions.find(ActionId.DARK_THEME).ifPresent(a -> view.getItems().add(ActionControls.toggle(a, darkTheme)));
        Menu help = menu("_Help", actions, ActionId.SHORTCUTS, ActionId.ABOUT);
        MenuBar bar = new MenuBar(file, request, response, simulator, view, mocks, help);
        bar.setId("main-menu");
        return bar;
    }
}
