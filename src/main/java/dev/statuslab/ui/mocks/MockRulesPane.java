package dev.statuslab.ui.mocks;

import dev.statuslab.core.scenario.BodyMatch;
import dev.statuslab.core.scenario.Fault;
import dev.statuslab.ui.common.FieldMessages;
import dev.statuslab.ui.common.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The editor's "Match and sequence" section: lays out and binds {@link MockRulesDraft}. */
final class MockRulesPane {

    private final MockRulesDraft rules;

    MockRulesPane(MockRulesDraft rules) {
        this.rules = rules;
    }

    Node node() {
        TextField query = MockForms.field("mock-match-query", "page=2&sort=name");
        query.textProperty().bindBidirectional(rules.queryProperty());
        TextArea headers = new TextArea();
        headers.setId("mock-match-headers");
        headers.setPromptText("X-Role: admin (one a line)");
        headers.setPrefRowCount(2);
        headers.textProperty().bindBidirectional(rules.headersProperty());
        ComboBox<BodyMatch.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(MockRulesDraft.BODY_KINDS));
        kind.setId("mock-match-body-kind");
        kind.valueProperty().bindBidirectional(rules.bodyKindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(BodyMatch.Kind k) {
                return k == null
                        ? ""
                        : switch (k) {
                            case ANY -> "any body";
                            case EQUALS -> "equals";
                            case CONTAINS -> "contains";
                            case JSON_PATH -> "JSON path equals";
                        };
            }

            @Override
            public BodyMatch.Kind fromString(String s) {
                return BodyMatch.Kind.ANY;
            }
        });
        TextField path = MockForms.field("mock-match-body-path", "$.user.name");
        path.textProperty().bindBidirectional(rules.bodyPathProperty());
        path.visibleProperty().bind(rules.bodyKindProperty().isEqualTo(BodyMatch.Kind.JSON_PATH));
        path.managedProperty().bind(path.visibleProperty());
        path.setPrefColumnCount(10);
        TextField value = MockForms.field("mock-match-body-value", "text or value");
        value.textProperty().bindBidirectional(rules.bodyValueProperty());
        value.disableProperty().bind(rules.bodyKindProperty().isEqualTo(BodyMatch.Kind.ANY));
        HBox.setHgrow(value, Priority.ALWAYS);

        List<String> faults = new ArrayList<>(List.of(""));
        for (Fault f : Fault.values()) {
            faults.add(f.id());
        }
        ComboBox<String> fault = new ComboBox<>(FXCollections.observableArrayList(faults));
        fault.setId("mock-fault");
        fault.valueProperty().bindBidirectional(rules.faultProperty());
        fault.setTooltip(new Tooltip("Break the connection instead of sending the first answer"));
        TextField then = MockForms.field("mock-then", "e.g. 200, or 503, 200");
        then.textProperty().bindBidirectional(rules.thenProperty());
        then.setTooltip(
                new Tooltip("Statuses or faults answered in turn after the first answer, with its headers and body"));
        CheckBox cycle = new CheckBox("then start again");
        cycle.setId("mock-cycle");
        cycle.selectedProperty().bindBidirectional(rules.cycleProperty());
        cycle.setTooltip(new Tooltip("Off: the last answer repeats. On: the first answer comes again"));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), fields);
        grid.addRow(0, MockForms.label("Query", query), query);
        grid.addRow(1, MockForms.label("Headers", headers), headers);
        grid.addRow(2, MockForms.label("Body", kind), MockForms.row(kind, path, value));
        grid.addRow(3, MockForms.label("Fault", fault), fault);
        grid.addRow(4, MockForms.label("Then answer", then), MockForms.row(then, cycle));
        var matchError = Bindings.createStringBinding(
                () -> rules.templateErrorProperty().get().isEmpty()
                        ? rules.errorProperty().get()
                        : "",
                rules.errorProperty(),
                rules.templateErrorProperty());
        VBox box = new VBox(4, grid, FieldMessages.message(matchError, Styles.FIELD_ERROR, "mock-rules-error"));
        TitledPane pane = new TitledPane("Match and sequence", box);
        pane.setId("mock-rules");
        pane.setExpanded(!rules.queryProperty().get().isEmpty()
                || !rules.thenProperty().get().isEmpty()
                || !rules.headersProperty().get().isEmpty()
                || rules.bodyKindProperty().get() != BodyMatch.Kind.ANY
                || !rules.faultProperty().get().isEmpty());
        return pane;
    }
}
