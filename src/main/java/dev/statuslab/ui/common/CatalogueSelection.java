package dev.statuslab.ui.common;

import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The catalogue pane's state as other panes may change it: the catalog it shows and the selected
 * scenario. The catalogue's view model implements it; the mocks pane replaces the catalog through it
 * when the user's mocks change, without knowing the catalogue pane.
 */
public interface CatalogueSelection {

    ReadOnlyObjectProperty<ScenarioCatalog> catalogProperty();

    /** Replaces the catalog, keeping the selection where the same scenario still exists. */
    void setCatalog(ScenarioCatalog newCatalog);

    /** The selected scenario, or null. */
    ReadOnlyObjectProperty<Scenario> selectedScenarioProperty();

    /** Selects a scenario (and its first ready request). */
    void select(Scenario scenario);

    /** Selects nothing. */
    void clearSelection();
}
