package dev.statuslab.ui.catalogue;

import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioGroup;
import java.util.List;
import java.util.Objects;

/**
 * One row of the catalogue tree: a group heading, a scenario, one ready request of a scenario that
 * has several, or a hint. Immutable; {@link #children()} are the rows shown under it.
 */
public sealed interface CatalogueItem
        permits CatalogueItem.Group, CatalogueItem.ScenarioItem, CatalogueItem.RequestItem, CatalogueItem.Hint {

    /** The rows under this one, in order; empty for a leaf. */
    List<CatalogueItem> children();

    /** The text a screen reader or a test reads for the row. */
    String text();

    /** A group heading; its children are scenarios, or a single hint. */
    record Group(ScenarioGroup group, List<CatalogueItem> children) implements CatalogueItem {

        public Group {
            Objects.requireNonNull(group, "group");
            children = List.copyOf(children);
        }

        @Override
        public String text() {
            return group.title();
        }
    }

    /** A scenario; its children are its requests when it has more than one, else none. */
    record ScenarioItem(Scenario scenario) implements CatalogueItem {

        public ScenarioItem {
            Objects.requireNonNull(scenario, "scenario");
        }

        @Override
        public List<CatalogueItem> children() {
            if (scenario.requests().size() < 2) {
                return List.of();
            }
            return scenario.requests().stream()
                    .<CatalogueItem>map(r -> new RequestItem(scenario, r))
                    .toList();
        }

        @Override
        public String text() {
            return scenario.title();
        }

        /** Every status its requests expect, first seen first, without repeats: what the badge shows. */
        public List<Integer> expectedStatuses() {
            return scenario.requests().stream()
                    .flatMap(r -> r.expectedStatuses().stream())
                    .distinct()
                    .toList();
        }
    }

    /** One ready request of a scenario that has several. */
    record RequestItem(Scenario scenario, ReadyRequest request) implements CatalogueItem {

        public RequestItem {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(request, "request");
        }

        @Override
        public List<CatalogueItem> children() {
            return List.of();
        }

        @Override
        public String text() {
            return request.label();
        }
    }

    /** A line of advice in place of rows, such as "No mocks yet". */
    record Hint(String text) implements CatalogueItem {

        @Override
        public List<CatalogueItem> children() {
            return List.of();
        }
    }
}
