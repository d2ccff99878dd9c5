package dev.statuslab.ui.common;

/** A request header line, with its own on/off switch. */
public final class HeaderRow extends NameValueRow {

    /** A blank row, switched on. */
    public HeaderRow() {
        this(true, "", "");
    }

    public HeaderRow(boolean enabled, String name, String value) {
        super(enabled, name, value);
    }
}
