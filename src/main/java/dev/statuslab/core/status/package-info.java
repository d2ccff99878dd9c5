/**
 * The status-code knowledge base: every code in the IANA HTTP Status Code Registry with its meaning, usage
 * advice, header rules and Django idiom, loaded from {@code status-codes.json}. Depends only on the JDK and
 * Jackson. Start with {@link dev.statuslab.core.status.StatusCatalog#load()}.
 */
package dev.statuslab.core.status;
