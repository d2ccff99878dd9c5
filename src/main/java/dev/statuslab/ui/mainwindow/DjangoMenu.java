package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.django.DjangoVersion;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** Simulator → Django version: one radio item per release line, newest first, bound to the choice. */
final class DjangoMenu {

    private DjangoMenu() {}

    static Menu create(DjangoChoice choice) {
        Menu menu = new Menu("_Django version");
        menu.setId("menu-django-version");
        ToggleGroup group = new ToggleGroup();
        for (DjangoVersion v : List.of(DjangoVersion.V5_2, DjangoVersion.V4_2, DjangoVersion.V3_2)) {
            RadioMenuItem item = new RadioMenuItem(v.label());
            item.setId("menu-django-" + v.number().replace('.', '-'));
            item.setToggleGroup(group);
            item.setSelected(choice.current() == v);
            item.setOnAction(e -> choice.choose(v));
            menu.getItems().add(item);
        }
        choice.versionProperty().addListener((obs, old, now) -> group.getToggles()
                .forEach(t -> t.setSelected(((RadioMenuItem) t).getText().equals(now.label()))));
        return menu;
    }
}
