/**
 * The rules an HTTP response is judged by, with their RFC sections and fixes: {@link
 * dev.statuslab.core.lint.Linter} runs every {@link dev.statuslab.core.lint.Rule} over a {@link
 * dev.statuslab.core.lint.Subject} (a response and what is known of its request) and returns
 * {@link dev.statuslab.core.lint.Finding}s, errors first. The rules' texts are data ({@code rules.properties});
 * the headers each status code requires come from the status-code knowledge base. Depends on the JDK and
 * {@code core.*} only.
 */
package dev.statuslab.core.lint;
