package dev.statuslab.ui.response;

/** How a body is shown: chosen from its Content-Type, sniffed when there is none. */
public enum BodyLanguage {
    /** application/json and every +json type: pretty-printed and coloured. */
    JSON,
    /** text/html and XHTML: kept as is, coloured. */
    HTML,
    /** Any other text: shown plain. */
    TEXT,
    /** Images, archives, octet streams: not shown as text, offered for saving. */
    BINARY
}
