package dev.statuslab.ui.common;

/** Sizes more than one pane keeps to. */
public final class Limits {

    /** Bodies larger than this are kept aside rather than laid out in a text editor (composer, mock editor). */
    public static final long EDITOR_CAP = 256 * 1024;

    private Limits() {}
}
