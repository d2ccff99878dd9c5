package dev.statuslab.ui.learn;

import dev.statuslab.core.learn.Mastery;
import dev.statuslab.core.learn.Question;
import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Learn window's content: the question and its choices on the left, the live simulator's
 * answer beside the guess on the right, the summary at the end of a session, and the mastery
 * chart (known questions per status class) at the bottom. It only binds to the view model.
 */
final class LearnPane {

    private static final String HINT = "Digits pick (or type a code) · Backspace · Enter checks · Space: next";

    private final LearnViewModel vm;
    private final VBox choices = new VBox(4);
    private final Label typed = new Label();
    private final BorderPane root = new BorderPane();

    LearnPane(LearnViewModel vm, Node actions) {
        this.vm = vm;
        Label status = muted(new Label());
        status.textProperty().bind(vm.statusProperty());
        status.setId("learn-status");
        Label message = new Label();
        message.getStyleClass().add(Styles.FIELD_WARNING);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setId("learn-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        HBox top = new HBox(16, title("Learn: practise the status codes"), status);
        VBox header = new VBox(4, top, message, actions);
        header.setPadding(new Insets(10, 12, 6, 12));
        root.setTop(header);

        HBox centre = new HBox(16, question(), new Separator(Orientation.VERTICAL), answer());
        centre.setPadding(new Insets(8, 12, 8, 12));
        root.setCenter(centre);
        root.setBottom(mastery());
        vm.questionProperty().addListener((obs, old, q) -> showChoices(q));
        vm.pickedProperty()
                .addListener((obs, old, n) -> showChoices(vm.questionProperty().get()));
        showChoices(vm.questionProperty().get());
    }

    Node node() {
        return root;
    }

    private Node question() {
        Label position = muted(new Label());
        position.textProperty().bind(vm.positionProperty());
        Label prompt = new Label();
        prompt.setId("learn-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE); // the question is read whole; the chart below gives way
        prompt.setStyle("-fx-font-size: 1.25em;");
        prompt.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            Question q = vm.questionProperty().get();
                            return q == null ? "" : q.prompt().replace("`", "");
                        },
                        vm.questionProperty()));
        typed.setId("learn-typed");
        typed.getStyleClass().addAll(Styles.MONO, Styles.KEPT_BODY);
        typed.setStyle("-fx-font-size: 1.6em;");
        typed.setMinWidth(120);
        typed.textProperty()
                .bind(Bindings.createStringBinding(() -> vm.typedProperty().get() + "▏", vm.typedProperty()));
        Label summary = new Label();
        summary.setId("learn-summary");
        summary.setWrapText(true);
        summary.setStyle("-fx-font-size: 1.15em;");
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(vm.phaseProperty().isEqualTo(LearnViewModel.Phase.SUMMARY));
        summary.managedProperty().bind(summary.visibleProperty());
        Label hint = muted(new Label(HINT));
        VBox box = new VBox(10, position, prompt, choices, typed, summary, hint);
        box.setPrefWidth(620);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node answer() {
        Label verdict = new Label();
        verdict.setId("learn-verdict");
        verdict.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        Label keyLine = new Label();
        keyLine.setWrapText(true);
        Label source = muted(new Label());
        source.setWrapText(true);
        StatusBadge badge = new StatusBadge();
        Label statusLine = new Label();
        statusLine.setId("learn-live-status");
        statusLine.getStyleClass().add(Styles.MONO);
        Label fields = new Label();
        fields.getStyleClass().add(Styles.MONO);
        Label explanation = new Label();
        explanation.setWrapText(true);
        Label checking = muted(new Label("Asking the simulator…"));
        checking.visibleProperty().bind(vm.phaseProperty().isEqualTo(LearnViewModel.Phase.CHECKING));
        VBox details = new VBox(8, verdict, keyLine, new HBox(8, badge, statusLine), fields, explanation, source);
        details.visibleProperty().bind(vm.revealProperty().isNotNull());
        VBox box = new VBox(8, title("The simulator says"), checking, details);
        box.setPrefWidth(520);
        HBox.setHgrow(box, Priority.ALWAYS);
        vm.revealProperty().addListener((obs, old, r) -> {
            if (r == null) {
                return;
            }
            verdict.setText(r.right() ? "✓ Right" : "✗ Not quite");
            verdict.getStyleClass().setAll("label", r.right() ? Styles.CHECK_OK : Styles.CHECK_MISSING);
            keyLine.setText("You said " + r.given() + (r.right() ? "." : "; the answer is " + r.key() + "."));
            source.setText(r.source());
            statusLine.setText(r.statusLine().isEmpty() ? "(nothing sent)" : r.statusLine());
            badge.setVisible(r.code() != 0);
            badge.setCode(r.code());
            fields.setText(r.fields());
            explanation.setText(r.explanation());
        });
        return box;
    }

    private Node mastery() {
        CategoryAxis classes = new CategoryAxis();
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setLabel("% known");
        BarChart<String, Number> chart = new BarChart<>(classes, percent);
        chart.setId("learn-mastery");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle("Mastery per status class");
        chart.setPrefHeight(230);
        XYChart.Series<String, Number> known = new XYChart.Series<>();
        Label counts = muted(new Label());
        counts.setId("learn-counts");
        chart.getData().add(known);
        Runnable fill = () -> {
            known.getData().clear();
            for (Mastery.ClassMastery c : vm.masteryProperty()) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(
                        c.statusClass().digit() + "xx " + c.statusClass().title(), c.percentOfSeen());
                String colour = "-fx-bar-fill: -statuslab-" + c.statusClass().styleClass() + ";";
                bar.nodeProperty().addListener((obs, old, node) -> node.setStyle(colour));
                known.getData().add(bar);
            }
            counts.setText("Known of asked (questions in all): "
                    + String.join(
                            " · ",
                            vm.masteryProperty().stream()
                                    .map(c -> c.statusClass().digit() + "xx " + c.known() + "/" + c.seen() + " ("
                                            + c.total() + ")")
                                    .toList()));
        };
        vm.masteryProperty().addListener((ListChangeListener<Mastery.ClassMastery>) change -> fill.run());
        fill.run();
        Label weak = new Label();
        weak.setId("learn-weak");
        weak.textProperty().bind(vm.weakProperty());
        VBox box = new VBox(2, chart, counts, weak);
        box.setPadding(new Insets(0, 12, 8, 12));
        return box;
    }

    private void showChoices(Question q) {
        choices.getChildren().clear();
        boolean picking = q != null && q.kind().picked();
        typed.setVisible(q != null && !picking);
        typed.setManaged(typed.isVisible());
        if (!picking) {
            return;
        }
        for (int i = 0; i < q.choices().size(); i++) {
            Label choice = new Label((i + 1) + "   " + q.choices().get(i));
            choice.setId("learn-choice-" + (i + 1));
            choice.getStyleClass().addAll(Styles.KEPT_BODY, Styles.MONO);
            choice.setMaxWidth(Double.MAX_VALUE);
            if (i == vm.pickedProperty().get()) {
                choice.getStyleClass().add(Styles.LEARN_CHOSEN);
            }
            choices.getChildren().add(choice);
        }
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.PANE_TITLE);
        label.setStyle("-fx-font-size: 1.2em;");
        return label;
    }

    private static Label muted(Label label) {
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
