package dev.statuslab.ui.composer;

import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.ui.common.ParamRow;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Keeps a URL and its query rows in step both ways: typing a query fills the rows, editing a row
 * rewrites the query. Rows that are off or blank are not in the URL and keep their place.
 */
final class QuerySync {

    private final StringProperty url;
    private final ObservableList<ParamRow> rows;
    /** True while this writes the URL from the rows or the rows from the URL. */
    private boolean syncing;

    private QuerySync(StringProperty url, ObservableList<ParamRow> rows) {
        this.url = url;
        this.rows = rows;
    }

    static QuerySync bind(StringProperty url, ObservableList<ParamRow> rows) {
        QuerySync sync = new QuerySync(url, rows);
        url.addListener((obs, old, now) -> sync.urlEdited());
        rows.addListener((Observable o) -> sync.rowsEdited());
        return sync;
    }

    /** Runs {@code change}, which sets the URL and the rows together, without one rewriting the other. */
    void quietly(Runnable change) {
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }

    private void urlEdited() {
        if (!syncing) {
            quietly(this::rowsFromUrl);
        }
    }

    private void rowsEdited() {
        if (!syncing) {
            quietly(() -> url.set(QueryString.split(url.get()).withQuery(QueryString.format(rows))));
        }
    }

    private void rowsFromUrl() {
        Iterator<FormEncoding.Pair> pairs =
                FormEncoding.parse(QueryString.split(url.get()).query()).iterator();
        List<ParamRow> next = new ArrayList<>();
        for (ParamRow row : rows) {
            if (!row.isActive()) {
                next.add(row); // off or blank: not in the URL, kept where it is
            } else if (pairs.hasNext()) {
                FormEncoding.Pair p = pairs.next();
                row.setName(p.name());
                row.setValue(p.value());
                next.add(row);
            }
        }
        pairs.forEachRemaining(p -> next.add(new ParamRow(true, p.name(), p.value())));
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }
}
