package dev.statuslab.ui.mainwindow;

import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.cookies.CookiesDialog;
import dev.statuslab.ui.cookies.CookiesViewModel;
import javafx.stage.Window;

/** Request → Cookies… (the panel over the window's jar) and Clear all cookies (issue 10). */
final class CookieActions {

    private CookieActions() {}

    static void register(ActionRegistry actions, MainViewModel vm, Window owner) {
        CookiesViewModel cookies = new CookiesViewModel(vm.cookies());
        CookiesDialog panel = new CookiesDialog(cookies, owner);
        actions.register(ActionId.COOKIES, panel::show);
        actions.register(ActionId.CLEAR_COOKIES, () -> {
            cookies.clear();
            vm.setMessage("The cookie jar is empty: the next requests carry no cookies");
        });
    }
}
