package dev.statuslab.ui.environments;

import dev.statuslab.core.workbench.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** The environment picker beside the tab strip: "No environment" and the environments, the active one shown. */
public final class EnvironmentPicker {

    static final String NO_ENVIRONMENT = "No environment";

    private final EnvironmentsViewModel vm;
    private final ComboBox<String> box = new ComboBox<>();
    private boolean syncing;

    public EnvironmentPicker(EnvironmentsViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        box.setId("environment-picker");
        box.setTooltip(new Tooltip("The active environment: {{variables}} are looked up here first"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? NO_ENVIRONMENT : name;
            }

            @Override
            public String fromString(String text) {
                return NO_ENVIRONMENT.equals(text) ? EnvironmentsViewModel.NONE : text;
            }
        });
        box.setPrefWidth(170);
        vm.environments().addListener((ListChangeListener<Environment>) c -> sync());
        vm.activeProperty().addListener((obs, was, now) -> sync());
        box.valueProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                vm.select(now);
            }
        });
        sync();
    }

    public Node node() {
        return box;
    }

    private void sync() {
        syncing = true;
        try {
            List<String> names = new ArrayList<>();
            names.add(EnvironmentsViewModel.NONE);
            vm.environments().forEach(e -> names.add(e.name()));
            String active = vm.activeProperty().get();
            if (!names.contains(active)) {
                names.add(active); // remembered, not (yet) read: shown until the files are
            }
            if (!names.equals(box.getItems())) {
                box.getItems().setAll(names);
            }
            box.setValue(active);
        } finally {
            syncing = false;
        }
    }
}
