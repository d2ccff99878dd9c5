package dev.statuslab.ui.response;

import dev.statuslab.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Body tab: Pretty/Raw, "Save to file…", the preview bar when capped, and the coloured text. */
final class BodyTab {

    private final VBox root;

    BodyTab(BodyViewModel vm, Runnable save) {
        ToggleButton pretty = new ToggleButton("Pretty");
        pretty.setId("response-pretty");
        ToggleButton raw = new ToggleButton("Raw");
        raw.setId("response-body-raw");
        ToggleGroup group = new ToggleGroup();
        pretty.setToggleGroup(group);
        raw.setToggleGroup(group);
        // A segmented pair that reads as a toggle; shown only where it means something (JSON).
        pretty.getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        raw.getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);
        HBox toggles = new HBox(pretty, raw);
        group.selectToggle(vm.prettyProperty().get() ? pretty : raw);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one of the two stays pressed
            } else if (vm.prettyProperty().get() != (now == pretty)) {
                vm.showPretty(now == pretty);
            }
        });
        vm.prettyProperty().addListener((obs, old, now) -> group.selectToggle(now ? pretty : raw));
        toggles.visibleProperty().bind(vm.bodyLanguageProperty().isEqualTo(BodyLanguage.JSON));
        toggles.managedProperty().bind(toggles.visibleProperty());
        ToggleButton treeToggle = new ToggleButton("Tree");
        treeToggle.setId("response-tree");
        treeToggle.visibleProperty().bind(toggles.visibleProperty());
        treeToggle.managedProperty().bind(treeToggle.visibleProperty());
        ToggleButton wrap = new ToggleButton("Wrap");
        wrap.setId("response-wrap");
        wrap.setGraphic(new FontIcon(Material2MZ.WRAP_TEXT));

        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        Button saveTop = saveButton(vm, save, "response-save-body");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, toggles, treeToggle, wrap, loading, spacer, saveTop);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(4, 0, 4, 0));

        Label notice = new Label();
        notice.setId("response-body-notice");
        notice.textProperty().bind(vm.bodyNoticeProperty());
        Button showAll = new Button("Show all");
        showAll.setId("response-show-all");
        showAll.setGraphic(new FontIcon(Material2MZ.UNFOLD_MORE));
        showAll.setOnAction(e -> vm.showAll());
        showAll.visibleProperty()
                .bind(vm.cappedProperty().and(vm.bodyLanguageProperty().isNotEqualTo(BodyLanguage.BINARY)));
        showAll.managedProperty().bind(showAll.visibleProperty());
        showAll.disableProperty().bind(vm.loadingProperty());
        HBox bar = new HBox(8, notice, showAll, saveButton(vm, save, "response-save"));
        bar.setId("response-capped-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.visibleProperty().bind(vm.bodyNoticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        saveTop.visibleProperty().bind(bar.visibleProperty().not());
        saveTop.managedProperty().bind(saveTop.visibleProperty());

        CodeArea area = CodeAreas.readOnly("response-body");
        wrap.setSelected(true);
        area.wrapTextProperty().bind(wrap.selectedProperty());
        Label noBody = new Label();
        noBody.setId("response-no-body");
        noBody.setWrapText(true);
        noBody.getStyleClass().add(Styles.MUTED);
        noBody.textProperty().bind(vm.noBodyProperty());
        noBody.visibleProperty().bind(vm.noBodyProperty().isNotEmpty());
        noBody.managedProperty().bind(noBody.visibleProperty());
        vm.shownBodyProperty().addListener((obs, old, now) -> CodeAreas.show(area, now));
        CodeAreas.show(area, vm.shownBodyProperty().get());
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        JsonTreePane tree = new JsonTreePane();
        var treeShown = treeToggle.selectedProperty().and(treeToggle.visibleProperty());
        tree.node().visibleProperty().bind(noBody.visibleProperty().not().and(treeShown));
        tree.node().managedProperty().bind(tree.node().visibleProperty());
        VBox.setVgrow(tree.node(), Priority.ALWAYS);
        Runnable readTree = () -> {
            if (treeToggle.isSelected()) {
                vm.jsonTree(tree::show);
            }
        };
        treeToggle.selectedProperty().addListener((obs, was, now) -> readTree.run());
        vm.rawBodyTextProperty().addListener((obs, old, now) -> readTree.run());
        scroll.visibleProperty().bind(noBody.visibleProperty().not().and(treeShown.not()));
        scroll.managedProperty().bind(scroll.visibleProperty());
        FindBar find = new FindBar(area);
        root = new VBox(toolbar, find.node(), bar, noBody, scroll, tree.node());
        find.listenOn(root);
    }

    private static Button saveButton(BodyViewModel vm, Runnable save, String id) {
        Button button = new Button("Save to file…");
        button.setId(id);
        button.setGraphic(new FontIcon(Material2MZ.SAVE_ALT));
        button.setOnAction(e -> save.run());
        button.disableProperty().bind(Bindings.not(vm.canSaveProperty()).or(vm.savingProperty()));
        return button;
    }

    Node node() {
        return root;
    }
}
