package dev.statuslab.ui.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every command of the window, with its label and keyboard shortcut: the one place a key is given
 * to a command (JabRef's {@code StandardActions} is the model). Menus, context menus, buttons and
 * the shortcut list take their text and keys from here; what a command does and when it is
 * enabled is registered in an {@link ActionRegistry}. Labels mark the mnemonic with {@code _};
 * accelerators are in {@code KeyCombination} syntax ("Shortcut+Enter").
 */
public enum ActionId {
    EXPORT_ALL("_Export transcript…", "Shortcut+E"),
    EXPORT_CHOSEN("Export _chosen rows…", "Shortcut+Shift+E"),
    EXPORT("Export…", null),
    IMPORT_HAR("_Import HAR…", "Shortcut+O"),
    CLEAR_HISTORY("C_lear history…", "Shortcut+Shift+Delete"),
    QUIT("_Quit", "Shortcut+Q"),

    // The workbench (issue 10): tabs, saved requests, environments, cookies, curl.
    NEW_TAB("New _tab", "Shortcut+T"),
    CLOSE_TAB("Close ta_b", "Shortcut+W"),
    NEXT_TAB("Ne_xt tab", "Ctrl+Tab"),
    SAVE_REQUEST("_Save request…", "Shortcut+S"),
    IMPORT_POSTMAN("Import _Postman collection…", null),
    EXPORT_POSTMAN("Export collection as Postman v2.1…", null),
    RENAME_SAVED("_Rename…", null),
    DELETE_SAVED("_Delete…", null),
    EDIT_ENVIRONMENTS("_Environments…", null),
    CLEAR_COOKIES("Clear all coo_kies", null),
    COOKIES("C_ookies…", null),
    IMPORT_CURL("Import c_url…", null),

    SEND("_Send", "Shortcut+Enter"),
    CANCEL("_Cancel", "Esc"),
    EDIT_AND_RESEND("_Edit & resend selected", "Shortcut+R"),
    EDIT_AND_RESEND_TO_SIMULATOR("Edit & resend to the _simulator", null),
    FOLLOW_REDIRECT("_Follow redirect", "Shortcut+L"),
    COPY_CURL("Copy as c_url", "Shortcut+Shift+C"),
    COPY_URL("Copy _URL", null),
    COPY_HEADERS("Copy response _headers", null),
    COPY_HEADER_VALUES("Copy response header _values", null),
    FOCUS_URL("Focus _URL", "Shortcut+U"),
    TRUSTED_CERTIFICATES("_Trusted certificates…", null),

    RESET_SIMULATOR("_Reset messages table", "Shortcut+Shift+R"),
    COPY_BASE_URL("Copy _base URL", "Shortcut+Shift+B"),
    PROXY("_Proxy to a backend…", null),

    NEW_MOCK("_New mock…", "Shortcut+M"),
    EDIT_MOCK("_Edit mock…", "F2"),
    DELETE_MOCK("_Delete mock…", null),
    MOCK_RESPONSE("_Mock this response…", null),
    WHICH_MOCK("_Which mock answers?", null),
    NEW_MOCK_SET("New mock _set…", null),
    RENAME_MOCK_SET("_Rename mock set…", null),
    DELETE_MOCK_SET("Delete mock se_t…", null),
    IMPORT_OPENAPI("Import _OpenAPI…", null),
    CORS("Answer _CORS (playground and mocks)", null),
    SIMULATOR_HTTPS("Serve _HTTPS (HTTP/2 and HTTP/1.1)", null),

    FOCUS_SEARCH("_Search scenarios", "Shortcut+F"),
    DARK_THEME("_Dark theme", "Shortcut+Shift+D"),
    SHOW_CATALOGUE("Show the _catalogue", "Shortcut+B"),
    SHOW_EXPLANATION("Show the e_xplanation", "Shortcut+Alt+B"),

    LEARN("_Practise status codes…", "Shortcut+Shift+L"),

    SHORTCUTS("_Keyboard shortcuts", "Shortcut+Slash"),
    ABOUT("_About StatusLab", "F1");

    private final String label;
    private final String accelerator;

    ActionId(String label, String accelerator) {
        this.label = label;
        this.accelerator = accelerator;
    }

    /** The label with its mnemonic marked by {@code _}, for menus. */
    public String label() {
        return label;
    }

    /** The label as read: no mnemonic mark. */
    public String text() {
        return label.replace("_", "");
    }

    /** The keyboard shortcut in {@code KeyCombination} syntax, if the command has one. */
    public Optional<String> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    /** The shortcut in one spelling per key (modifiers sorted, case and "Esc"/"Escape" ignored), to compare two. */
    public Optional<String> normalizedAccelerator() {
        return accelerator().map(ActionId::normalize);
    }

    static String normalize(String combination) {
        String[] parts = combination.toLowerCase(Locale.ROOT).split("\\+");
        String key = parts[parts.length - 1].equals("escape") ? "esc" : parts[parts.length - 1];
        String modifiers = Arrays.stream(parts, 0, parts.length - 1).sorted().collect(Collectors.joining("+"));
        return modifiers.isEmpty() ? key : modifiers + "+" + key;
    }
}
