package dev.statuslab.ui.common;

/** A query parameter of the URL, with its own on/off switch. */
public final class ParamRow extends NameValueRow {

    /** A blank row, switched on. */
    public ParamRow() {
        this(true, "", "");
    }

    public ParamRow(boolean enabled, String name, String value) {
        super(enabled, name, value);
    }
}
