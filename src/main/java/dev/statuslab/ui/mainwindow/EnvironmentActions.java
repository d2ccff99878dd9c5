package dev.statuslab.ui.mainwindow;

import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.environments.EnvironmentPicker;
import dev.statuslab.ui.environments.EnvironmentsDialog;
import javafx.scene.Node;
import javafx.stage.Window;

/** Request → Environments… and the picker beside the tab strip (issue 10); the choice is remembered. */
final class EnvironmentActions {

    private EnvironmentActions() {}

    /** Registers the command and returns the picker. */
    static Node register(ActionRegistry actions, MainViewModel vm, Window owner, AppPreferences prefs) {
        vm.environments().remember(prefs.environment(), prefs::setEnvironment);
        EnvironmentsDialog dialog = new EnvironmentsDialog(vm.environments(), owner);
        actions.register(ActionId.EDIT_ENVIRONMENTS, dialog::show);
        return new EnvironmentPicker(vm.environments()).node();
    }
}
