package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.openapi.OpenApiMocks;
import dev.statuslab.openapi.OpenApiMocksTest;
import dev.statuslab.ui.catalogue.CatalogueItem;
import dev.statuslab.ui.mocks.MocksViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The mock-set picker in the real window, against the real simulator: a set is made, shown,
 * switched off and back, renamed and deleted through the picker and its Sets menu; every change
 * reaches the files and the server; an unreadable set file is set aside with a message while the
 * other sets load and answer.
 */
@ExtendWith(ApplicationExtension.class)
class MockSetsFlowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;
    private static final MockRoute SEEDED =
            new MockRoute("GET", "/seeded", 202, "", List.of(new Header("Content-Type", "text/plain")), "seed", 0);
    private static final MockRoute CART =
            new MockRoute("GET", "/cart", 200, "", List.of(new Header("Content-Type", "text/plain")), "cart", 0);

    @TempDir
    static Path temp;

    private Path data;
    private Path openApiFile;
    private MockSets sets;
    private WireClient client;
    private ExecutorService background;

    /** A data folder with a default set (one mock), a "Shop" set (one mock) and a broken set file. */
    @Start
    void start(Stage stage) throws Exception {
        data = Files.createDirectories(temp.resolve("data-" + UUID.randomUUID()));
        sets = MockSets.inDataDirectory(data);
        sets.save(MockSets.DEFAULT, List.of(SEEDED));
        sets.save("Shop", List.of(CART));
        Files.writeString(sets.fileOf("Broken"), "{ not json", StandardCharsets.UTF_8);
        openApiFile = data.resolve("pets.yaml");
        Files.writeString(openApiFile, OpenApiMocksTest.PETS);
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(STATUSES), STATUSES, client, background, Platform::runLater)
                .withStore(null, temp.resolve("imports"))
                .withMocks(new MocksViewModel.Wiring(sets, BED.server().mocks()::replaceAll, new OpenApiMocks()))
                .build();
        new MainWindow(vm, stage, BED.prefs(), url -> {})
                .mocksView()
                .chooseOpenApiWith(owner -> Optional.of(openApiFile));
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
        vm.mocks().load();
    }

    @AfterEach
    void close() {
        BED.server().mocks().replaceAll(List.of());
        client.close();
        background.shutdownNow();
    }

    @Test
    void anUnreadableSetIsSetAsideWithAMessageAndTheOthersLoadAndAnswer(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(message.contains("Mock set Broken"), message);
        robot.clickOn("OK");
        waitFor(() -> served().equals(List.of("/seeded", "/cart")));
        assertEquals(List.of("Default", "Broken", "Shop"), picker(robot).getItems(), "the set stays, empty");
        assertEquals(List.of("GET /seeded"), myMocks(robot));
        Path aside = data.resolve("mock-sets").resolve("set-aside");
        try (var kept = Files.list(aside)) {
            assertEquals(1, kept.count(), "the broken file is kept aside");
        }
        assertTrue(message.contains(aside.toString()), message);
    }

    @Test
    void aNewSetIsShownAnsweringAndRememberedThenRenamedAndDeleted(FxRobot robot) throws Exception {
        dismissTheBrokenFileMessage(robot);
        robot.clickOn("#mock-set-menu");
        robot.clickOn("#mock-set-new-mock-set");
        waitFor(() -> robot.lookup("#mock-set-name").tryQuery().isPresent());
        robot.clickOn("#mock-set-name").write("shop");
        waitUntil(() -> name(robot).equals("shop"), () -> "typed the name, not " + name(robot));
        assertEquals("there is a set named Shop already", WindowProbe.text(robot, "#mock-set-name-problem"));
        assertTrue(robot.lookup("#mock-set-name-ok").queryButton().isDisabled(), "a taken name is refused");
        robot.clickOn("#mock-set-name").eraseText(4).write("Checkout");
        waitUntil(
                () -> !robot.lookup("#mock-set-name-ok").queryButton().isDisabled(),
                () -> "OK is on for " + name(robot));
        robot.clickOn("#mock-set-name-ok");

        waitFor(() -> "Checkout".equals(picker(robot).getValue()));
        assertEquals(List.of("No mocks yet"), myMocks(robot));
        waitFor(() ->
                Files.exists(sets.fileOf("Checkout")) && sets.load().current().equals("Checkout"));

        robot.clickOn("#mock-set-menu");
        robot.clickOn("#mock-set-rename-mock-set");
        waitFor(() -> robot.lookup("#mock-set-name").tryQuery().isPresent());
        robot.clickOn("#mock-set-name").eraseText(8).write("Payment");
        waitUntil(() -> name(robot).equals("Payment"), () -> "typed the new name, not " + name(robot));
        robot.clickOn("#mock-set-name-ok");
        waitFor(() -> "Payment".equals(picker(robot).getValue()));
        waitFor(() -> Files.exists(sets.fileOf("Payment")) && !Files.exists(sets.fileOf("Checkout")));

        robot.clickOn("#mock-set-menu");
        robot.clickOn("#mock-set-delete-mock-set");
        waitFor(() -> robot.lookup("#mock-set-delete-confirm").tryQuery().isPresent());
        robot.clickOn("#mock-set-delete-confirm");
        waitFor(() -> MockSets.DEFAULT.equals(picker(robot).getValue()));
        assertEquals(List.of("Default", "Broken", "Shop"), picker(robot).getItems());
        waitFor(() -> !Files.exists(sets.fileOf("Payment")));
    }

    @Test
    void switchingToASetShowsItsMocksAndSwitchingItOffStopsItAnswering(FxRobot robot) throws Exception {
        dismissTheBrokenFileMessage(robot);
        robot.interact(() -> picker(robot).setValue("Shop"));
        waitFor(() -> myMocks(robot).equals(List.of("GET /cart")));
        waitUntil(
                () -> served().equals(List.of("/cart", "/seeded")),
                () -> "the shown set is tried first, not " + served());

        robot.clickOn("#mock-set-active");
        waitFor(() -> served().equals(List.of("/seeded")));
        waitFor(() -> sets.load().sets().stream().anyMatch(s -> s.name().equals("Shop") && !s.active()));
        assertTrue(robot.lookup("#mock-set-active").queryAs(CheckBox.class).isSelected() == false);

        robot.interact(() -> picker(robot).setValue(MockSets.DEFAULT));
        waitFor(() -> myMocks(robot).equals(List.of("GET /seeded")));
        assertTrue(robot.lookup("#mock-set-active").queryAs(CheckBox.class).isSelected());
        robot.interact(() -> picker(robot).setValue("Shop"));
        robot.clickOn("#mock-set-active");
        waitFor(() -> served().equals(List.of("/cart", "/seeded")));
    }

    @Test
    void anOpenApiFileBecomesANewSetThatIsShownAndAnswers(FxRobot robot) throws Exception {
        dismissTheBrokenFileMessage(robot);
        robot.clickOn("#mock-set-menu");
        robot.clickOn("#mock-set-import-openapi");

        waitUntil(
                () -> "Pet store".equals(picker(robot).getValue()),
                () -> "the set shown is " + picker(robot).getValue());
        assertEquals(
                List.of(
                        "GET /pets",
                        "GET /pets",
                        "POST /pets",
                        "GET /pets/{petId}",
                        "GET /pets/{petId}",
                        "DELETE /pets/{petId}"),
                myMocks(robot));
        waitUntil(() -> served().size() == 8, () -> "served " + served());
        assertEquals(List.of("/pets", "/pets"), served().subList(0, 2), "the shown set is tried first");
        waitUntil(() -> Files.exists(sets.fileOf("Pet store")), () -> "no file for the set");
        assertEquals(
                6,
                sets.load().sets().stream()
                        .filter(s -> s.name().equals("Pet store"))
                        .findFirst()
                        .orElseThrow()
                        .mocks()
                        .size());
    }

    @Test
    void aBrokenOpenApiFileIsRefusedWithItsPlaceAndNothingIsImported(FxRobot robot) throws Exception {
        dismissTheBrokenFileMessage(robot);
        Files.writeString(openApiFile, "openapi: 3.0.0\npaths:\n  /a: [unclosed\n");
        robot.clickOn("#mock-set-menu");
        robot.clickOn("#mock-set-import-openapi");

        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(message.contains("cannot be imported: line 3, column 16: "), message);
        assertTrue(message.endsWith("Nothing was imported"), message);
        robot.clickOn("OK");
        assertEquals(List.of("Default", "Broken", "Shop"), picker(robot).getItems());
        assertEquals(MockSets.DEFAULT, picker(robot).getValue());
    }

    private void dismissTheBrokenFileMessage(FxRobot robot) throws TimeoutException {
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("OK");
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    private static void waitUntil(BooleanSupplier condition, Supplier<String> what) throws TimeoutException {
        try {
            WindowProbe.waitFor(condition);
        } catch (TimeoutException e) {
            throw new TimeoutException(what.get());
        }
    }

    private static String name(FxRobot robot) {
        return robot.lookup("#mock-set-name").queryAs(TextField.class).getText();
    }

    private static List<String> served() {
        return BED.server().mocks().all().stream().map(MockRoute::path).toList();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> picker(FxRobot robot) {
        return robot.lookup("#mock-set-picker").queryAs(ComboBox.class);
    }

    /** The rows under "My mocks", as shown. */
    private static List<String> myMocks(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#catalogue-tree").queryAs(TreeView.class);
        for (TreeItem<?> group : tree.getRoot().getChildren()) {
            if (String.valueOf(group.getValue()).contains("MY_MOCKS")) {
                return group.getChildren().stream()
                        .map(i -> ((CatalogueItem) i.getValue()).text())
                        .toList();
            }
        }
        return List.of();
    }
}
