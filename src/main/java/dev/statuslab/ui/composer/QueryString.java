package dev.statuslab.ui.composer;

import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.ui.common.NameValueRow;
import java.util.List;

/**
 * The query of a URL as name/value pairs: split a URL around its query, read pairs (decoding
 * {@code %XX} as UTF-8 and {@code +} as a space, as Django's QueryDict does) and write them
 * (percent-encoding everything a query component cannot hold as is; a space becomes {@code %20}).
 */
final class QueryString {

    /**
     * A URL cut around its query.
     *
     * @param base     everything before the {@code ?} (or before the fragment when there is no query)
     * @param query    the text between {@code ?} and {@code #}, or {@code null} when there is no {@code ?}
     * @param fragment {@code #} and what follows, or ""
     */
    record Parts(String base, String query, String fragment) {

        /** The URL with another query; an empty query drops the {@code ?}. */
        String withQuery(String newQuery) {
            return base + (newQuery.isEmpty() ? "" : "?" + newQuery) + fragment;
        }
    }

    private QueryString() {}

    static Parts split(String url) {
        String u = url == null ? "" : url;
        int hash = u.indexOf('#');
        String fragment = hash < 0 ? "" : u.substring(hash);
        String rest = hash < 0 ? u : u.substring(0, hash);
        int question = rest.indexOf('?');
        if (question < 0) {
            return new Parts(rest, null, fragment);
        }
        return new Parts(rest.substring(0, question), rest.substring(question + 1), fragment);
    }

    /** The query for the active rows (on and not blank), each written {@code name=value}. */
    static String format(List<? extends NameValueRow> rows) {
        return FormEncoding.formatQuery(rows.stream()
                .filter(NameValueRow::isActive)
                .map(row -> new FormEncoding.Pair(row.getName(), row.getValue()))
                .toList());
    }
}
