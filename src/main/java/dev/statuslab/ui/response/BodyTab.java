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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Body tab: the preview bar when capped and the coloured text; its toolbar (Pretty/Raw, Wrap, "Save to file…") goes in the tab header row. */
final class BodyTab {

    private final VBox root;
    private final HBox toolbar;

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
        ToggleButton wrap = new ToggleButton(null, new FontIcon(Material2MZ.WRAP_TEXT));
        wrap.setId("response-wrap");
        wrap.setTooltip(new Tooltip("Wrap long lines"));
        wrap.setAccessibleText("Wrap");

        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        Button saveTop = saveButton(vm, save, "response-save-body");
        saveTop.setText(null); // the icon, in the header row; its tooltip and accessible text say it
        saveTop.setTooltip(new Tooltip("Save the body to a file…"));
        saveTop.setAccessibleText("Save to file…");
        // In the tab header row, right of the tabs (ResponseView puts it there): no row of its own,
        // so a small window gives those lines to the body (issue 16).
        toolbar = new HBox(6, toggles, treeToggle, wrap, loading, saveTop);
        toolbar.setId("response-body-toolbar");
        toolbar.setAlignment(Pos.CENTER_RIGHT);
        toolbar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        toolbar.setPickOnBounds(false);
        toolbar.getStyleClass().add(Styles.TAB_ROW_TOOLS); // as low as the tab row

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
        root = new VBox(find.node(), bar, noBody, scroll, tree.node());
        root.setPadding(new Insets(2, 0, 0, 0));
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

    /** Pretty/Raw, Tree, Wrap and "Save to file…": shown in the tab header row while the Body tab is. */
    Node toolbar() {
        return toolbar;
    }
}
