package dev.statuslab.ui.common;

import dev.statuslab.core.http.Header;
import java.util.List;

/** A request header line, with its own on/off switch. */
public final class HeaderRow extends NameValueRow {

    /** A blank row, switched on. */
    public HeaderRow() {
        this(true, "", "");
    }

    public HeaderRow(boolean enabled, String name, String value) {
        super(enabled, name, value);
    }

    /** The header lines of the rows switched on, in order. */
    public static List<Header> active(List<? extends HeaderRow> rows) {
        return rows.stream()
                .filter(HeaderRow::isActive)
                .map(row -> new Header(row.getName(), row.getValue()))
                .toList();
    }
}
