package dev.statuslab.ui.mainwindow;

import dev.statuslab.ui.catalogue.CatalogueView;
import dev.statuslab.ui.collections.CollectionsView;
import dev.statuslab.ui.common.ActionControls;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.common.Theme;
import dev.statuslab.ui.composer.ComposerView;
import dev.statuslab.ui.explanation.ExplanationView;
import dev.statuslab.ui.explanation.FindingsView;
import dev.statuslab.ui.history.HistoryView;
import dev.statuslab.ui.learn.LearnView;
import dev.statuslab.ui.learn.LearnViewModel;
import dev.statuslab.ui.mocks.MocksView;
import dev.statuslab.ui.response.ResponseView;
import dev.statuslab.ui.tls.TlsView;
import dev.statuslab.ui.transcript.SystemDialogs;
import dev.statuslab.ui.transcript.TranscriptDialogs;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The window of DESIGN.md: catalogue left, composer over response in the centre, explanation
 * right, history below, a status bar with the simulator's address. It only lays out and binds;
 * state and commands live in {@link MainViewModel}.
 */
public final class MainWindow {

    private static final double[] MAIN_SPLIT = {0.2, 0.7};
    /** The composer's share of the centre column: about 250 px in a 700-high window, 310 in a 1000-high one. */
    private static final double[] CENTRE_SPLIT = {0.42};

    private static final double[] OUTER_SPLIT = {0.76};
    /**
     * The request tabs, the URL row and the composer's tab row: below that the user cannot drag the
     * composer (dragging the divider down gives the body editor more; the position is remembered).
     */
    private static final double COMPOSER_MIN = 170;

    private final MainViewModel vm;
    private final Stage stage;
    private final AppPreferences prefs;
    private final BooleanProperty dark;
    private final SplitPane main;
    private final SplitPane centre;
    private final SplitPane outer;
    private final Scene scene;
    private final ActionRegistry actions;
    private final MenuBar menuBar;
    private final MocksView mocksView;
    private final SidePanes sides;

    public MainWindow(MainViewModel vm, Stage stage, AppPreferences prefs, Consumer<String> openUrl) {
        this(vm, stage, prefs, openUrl, new SystemDialogs());
    }

    public MainWindow(
            MainViewModel vm, Stage stage, AppPreferences prefs, Consumer<String> openUrl, TranscriptDialogs dialogs) {
        this.vm = vm;
        this.stage = stage;
        this.prefs = prefs;
        this.dark = new SimpleBooleanProperty(prefs.darkTheme());
        // Before the first control exists: a control class's first use otherwise loads and parses
        // JavaFX's default stylesheet (Modena), only for the theme to replace it.
        Theme.apply(dark.get());
        // The window's commands first, then the panes', each registered once; the menu bar last.
        ActionRegistry actions = new ActionRegistry();
        WindowActions.register(actions, vm, stage, dialogs, dark);
        mocksView = new MocksView(
                vm.mocks(),
                stage,
                actions,
                vm.catalogue().selectedScenarioProperty(),
                vm.history().selectedProperty());
        CatalogueView catalogue = new CatalogueView(vm.catalogue(), vm::send, actions);
        TlsView tls = new TlsView(vm.tls()); // issue 11: the connection settings and the TLS section
        ComposerView composer =
                new ComposerView(vm.composer(), actions, vm::send, vm::cancel, vm.waitingProperty(), tls.settingsTab());
        ResponseView response = new ResponseView(vm.response(), actions);
        ExplanationView explanation = new ExplanationView(vm.explanation(), openUrl);
        response.addBesideStatusLine(FindingsView.badge(vm.explanation().findings()));
        HistoryView history = new HistoryView(
                vm.history(),
                actions,
                new HistoryView.RowCommands(vm::editAndResend, vm::editAndResendToSimulator, vm::followRedirect));
        this.actions = actions;

        SaveActions.register(actions, vm, stage); // issue 10: Save (Ctrl+S), Import Postman collection…
        CookieActions.register(actions, vm, stage); // issue 10: Request → Cookies…, Clear all cookies
        Node picker = EnvironmentActions.register(actions, vm, stage, prefs); // issue 10: environments
        CurlActions.register(actions, vm, stage, composer); // issue 10: paste a curl command, Import curl…
        VBox catalogueAndSets = new VBox(6, catalogue.node(), mocksView.setsNode()); // issue 13: mock sets
        VBox.setVgrow(catalogue.node(), Priority.ALWAYS);
        SplitPane catalogueAndCollections = split(
                Orientation.VERTICAL, catalogueAndSets, new CollectionsView(vm.collections(), vm::openSaved).node());
        catalogueAndCollections.setDividerPositions(0.75);
        Region left = padded(catalogueAndCollections);
        Region right = padded(explanation.node());
        Region bottom = padded(history.node());
        VBox responseAndTls = new VBox(6, tls.node(), response.node());
        VBox.setVgrow(response.node(), Priority.ALWAYS);
        Node strip = new TabStrip(vm.tabs(), actions, stage).node();
        HBox.setHgrow(strip, Priority.ALWAYS);
        VBox tabbed = new VBox(4, new HBox(6, strip, picker), composer.node()); // issue 10
        VBox.setVgrow(composer.node(), Priority.ALWAYS);
        Region composerBox = padded(tabbed);
        composerBox.setMinHeight(COMPOSER_MIN);
        centre = split(Orientation.VERTICAL, composerBox, padded(responseAndTls));
        main = split(Orientation.HORIZONTAL, left, centre, right);
        outer = split(Orientation.VERTICAL, main, bottom);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        SplitPane.setResizableWithParent(bottom, false);
        sides = new SidePanes(main, outer, left, centre, right, bottom, prefs);
        actions.register(ActionId.SHOW_CATALOGUE, () -> sides.catalogueShownProperty()
                .set(!sides.catalogueShownProperty().get()));
        actions.register(ActionId.SHOW_EXPLANATION, () -> sides.explanationShownProperty()
                .set(!sides.explanationShownProperty().get()));

        BorderPane root = new BorderPane(outer);
        menuBar = MainMenu.create(actions, dark, vm.corsOnProperty());
        root.setTop(menuBar);
        menuBar.getMenus().stream()
                .filter(m -> "menu-simulator".equals(m.getId()))
                .forEach(m -> {
                    actions.find(ActionId.SIMULATOR_HTTPS).ifPresent(a -> m.getItems()
                            .add(ActionControls.toggle(a, vm.https().onProperty())));
                    m.getItems().add(DjangoMenu.create(vm.django()));
                });
        menuBar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).forEach(m -> m.getItems()
                .addAll(
                        ActionControls.toggle(actions.get(ActionId.SHOW_CATALOGUE), sides.catalogueShownProperty()),
                        ActionControls.toggle(
                                actions.get(ActionId.SHOW_EXPLANATION), sides.explanationShownProperty())));
        root.setBottom(statusBar());

        AppPreferences.WindowBounds b = prefs.windowBounds();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Never larger than the screen it opens on (a 1024x700 screen shows the whole window).
        scene = new Scene(root, Math.min(b.width(), screen.getWidth()), Math.min(b.height(), screen.getHeight()));
        Theme.addAppStyles(scene);
        dark.addListener((obs, was, now) -> Theme.apply(now));
        stage.setScene(scene);
        stage.setTitle("StatusLab");
        if (!Double.isNaN(b.x()) && !Double.isNaN(b.y())) {
            stage.setX(Math.max(screen.getMinX(), Math.min(b.x(), screen.getMaxX() - scene.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(b.y(), screen.getMaxY() - scene.getHeight())));
        }
        stage.setMaximized(b.maximized());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> remember());
        Platform.runLater(() -> {
            restore(main, "main", MAIN_SPLIT);
            restore(centre, "centre", CENTRE_SPLIT);
            restore(outer, "outer", OUTER_SPLIT);
            sides.apply();
            // Once more after the history has given way in a low window (sides.apply's own runLater):
            // a layout at an in-between height, where the composer's minimum held, moves the divider.
            Platform.runLater(() -> restore(centre, "centre", CENTRE_SPLIT));
        });
    }

    /** The mocks' commands and panes (a test gives the OpenAPI file to import through it). */
    public MocksView mocksView() {
        return mocksView;
    }

    public Scene scene() {
        return scene;
    }

    /** The window's commands: what the menu bar shows, and the list of keyboard shortcuts. */
    public ActionRegistry actions() {
        return actions;
    }

    /** Adds the Learn menu (Practise status codes…, Ctrl+Shift+L) before Help; its window opens over this one. */
    public LearnView addLearn(Supplier<LearnViewModel> learn, Executor background) {
        LearnView view = new LearnView(learn, background, stage);
        actions.register(ActionId.LEARN, view::show);
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, ActionControls.menu("_Learn", actions, ActionId.LEARN));
        return view;
    }

    private Node statusBar() {
        Label server = new Label();
        server.setId("status-server");
        server.textProperty().bind(vm.serverStatusProperty());
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        Label notSaved = new Label("History not saved");
        notSaved.setId("status-history-not-saved");
        notSaved.getStyleClass().add(Styles.FIELD_WARNING);
        notSaved.setGraphic(new FontIcon(Material2MZ.WARNING));
        Tooltip why = new Tooltip();
        why.textProperty().bind(vm.historyNotSavedProperty());
        notSaved.setTooltip(why);
        notSaved.visibleProperty().bind(vm.historyNotSavedProperty().isNotEmpty());
        notSaved.managedProperty().bind(notSaved.visibleProperty());
        // The warning keeps its width; the address lines give way (cut with "…", whole on hover)
        // before the window would grow past the screen, and a long message is cut first.
        Label proxy = new Label();
        proxy.setId("status-proxy");
        proxy.textProperty().bind(vm.proxy().statusProperty());
        proxy.visibleProperty().bind(vm.proxy().statusProperty().isNotEmpty());
        proxy.managedProperty().bind(proxy.visibleProperty());
        shrinkable(server);
        shrinkable(proxy);
        notSaved.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        // Shrinks first (HBox takes from ALWAYS before the others), right-aligned in its room.
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setAlignment(Pos.CENTER_RIGHT);
        Label https = new Label();
        https.setId("status-https");
        https.textProperty().bind(vm.https().statusProperty());
        https.visibleProperty().bind(vm.https().statusProperty().isNotEqualTo(SimulatorHttps.OFF));
        https.managedProperty().bind(https.visibleProperty());
        shrinkable(https);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, server, https, proxy, notSaved, gap, message);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    /** A status-bar line that may be cut short (its computed minimum is "…"), with its whole text on hover. */
    private static void shrinkable(Label label) {
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(label.textProperty());
        label.setTooltip(whole);
    }

    private void remember() {
        prefs.setDarkTheme(dark.get());
        if (!stage.isMaximized()) {
            prefs.setWindowBounds(new AppPreferences.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else {
            AppPreferences.WindowBounds b = prefs.windowBounds();
            prefs.setWindowBounds(new AppPreferences.WindowBounds(b.x(), b.y(), b.width(), b.height(), true));
        }
        if (sides.complete()) { // with a pane hidden, the saved positions stay those of all three
            prefs.setDividers("main", main.getDividerPositions());
        }
        prefs.setDividers("centre", centre.getDividerPositions());
        prefs.setDividers("outer", outer.getDividerPositions());
        prefs.flush();
    }

    private void restore(SplitPane pane, String name, double[] defaults) {
        pane.setDividerPositions(prefs.dividers(name, defaults));
    }

    private static Region padded(Node content) {
        StackPane box = new StackPane(content);
        box.getStyleClass().add(Styles.PANE_BOX);
        return box;
    }

    private static SplitPane split(Orientation orientation, Node... items) {
        SplitPane pane = new SplitPane(items);
        pane.setOrientation(orientation);
        return pane;
    }
}
