package dev.statuslab.ui.catalogue;

import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.scenario.ScenarioGroup;
import dev.statuslab.ui.common.CatalogueSelection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario catalogue as a searchable tree, and which scenario and ready request are selected.
 * The tree is {@link #groupsProperty()}: one {@link CatalogueItem.Group} per non-empty group in
 * {@link ScenarioGroup} order, scenarios under it, and the ready requests of a scenario that has
 * several under that. "My mocks" shows a "No mocks yet" hint when it is empty and the search blank.
 */
public final class CatalogueViewModel implements CatalogueSelection {

    /** The hint shown in an empty "My mocks" group. */
    public static final String NO_MOCKS_HINT = "No mocks yet";

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<CatalogueItem.Group> groupList = FXCollections.observableArrayList();
    private final ReadOnlyListWrapper<CatalogueItem.Group> groups =
            new ReadOnlyListWrapper<>(this, "groups", FXCollections.unmodifiableObservableList(groupList));
    private final ReadOnlyObjectWrapper<ScenarioCatalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyObjectWrapper<Scenario> selectedScenario =
            new ReadOnlyObjectWrapper<>(this, "selectedScenario");
    private final ReadOnlyObjectWrapper<ReadyRequest> selectedRequest =
            new ReadOnlyObjectWrapper<>(this, "selectedRequest");

    public CatalogueViewModel(ScenarioCatalog catalog) {
        this.catalog.set(Objects.requireNonNull(catalog, "catalog"));
        searchText.addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** What the user typed in the search box; every word must match (see {@link ScenarioCatalog#search}). */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The tree to show, rebuilt when the search or the catalogue changes. */
    public ReadOnlyListProperty<CatalogueItem.Group> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<ScenarioCatalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** The selected scenario, or null. Changes before {@link #selectedRequestProperty()}. */
    @Override
    public ReadOnlyObjectProperty<Scenario> selectedScenarioProperty() {
        return selectedScenario.getReadOnlyProperty();
    }

    /** The selected ready request (one of the selected scenario's), or null. */
    public ReadOnlyObjectProperty<ReadyRequest> selectedRequestProperty() {
        return selectedRequest.getReadOnlyProperty();
    }

    /**
     * Replaces the catalogue (when the mocks change). The search stays; the selection stays when a
     * scenario with the same id still exists (its equal request, else the one at the same place,
     * else its first), and is cleared otherwise.
     */
    @Override
    public void setCatalog(ScenarioCatalog newCatalog) {
        Objects.requireNonNull(newCatalog, "newCatalog");
        catalog.set(newCatalog);
        Scenario old = selectedScenario.get();
        if (old != null) {
            Optional<Scenario> same = newCatalog.find(old.id());
            if (same.isPresent()) {
                Scenario now = same.get();
                ReadyRequest request = selectedRequest.get();
                int place = old.requests().indexOf(request);
                if (!now.requests().contains(request)) {
                    request = place >= 0 && place < now.requests().size()
                            ? now.requests().get(place)
                            : now.requests().get(0);
                }
                select(now, request);
            } else {
                clearSelection();
            }
        }
        rebuild();
    }

    /** Selects a scenario and its first ready request. */
    @Override
    public void select(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        select(scenario, scenario.requests().get(0));
    }

    /**
     * Selects a scenario and one of its ready requests.
     *
     * @throws IllegalArgumentException if the request is not one of the scenario's
     */
    public void select(Scenario scenario, ReadyRequest request) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(request, "request");
        if (!scenario.requests().contains(request)) {
            throw new IllegalArgumentException("'" + request.label() + "' is not a request of " + scenario.id());
        }
        selectedScenario.set(scenario);
        selectedRequest.set(request);
    }

    @Override
    public void clearSelection() {
        selectedScenario.set(null);
        selectedRequest.set(null);
    }

    private void rebuild() {
        String query = searchText.get();
        Map<ScenarioGroup, List<CatalogueItem>> byGroup = new EnumMap<>(ScenarioGroup.class);
        for (Scenario s : catalog.get().search(query)) {
            byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(new CatalogueItem.ScenarioItem(s));
        }
        boolean searching = query != null && !query.isBlank();
        List<CatalogueItem.Group> next = new ArrayList<>();
        for (ScenarioGroup g : ScenarioGroup.values()) {
            List<CatalogueItem> rows = byGroup.get(g);
            if (rows != null) {
                next.add(new CatalogueItem.Group(g, rows));
            } else if (g == ScenarioGroup.MY_MOCKS && !searching) {
                next.add(new CatalogueItem.Group(g, List.of(new CatalogueItem.Hint(NO_MOCKS_HINT))));
            }
        }
        if (!next.equals(groupList)) {
            groupList.setAll(next);
        }
    }
}
