package dev.statuslab.core.status;

/**
 * Where a status code stands in the IANA HTTP Status Code Registry.
 */
public enum Registration {
    /** A normal, current registration. */
    REGISTERED,
    /** Registered but deprecated; do not send it (305). */
    DEPRECATED,
    /** Reserved, with the registry reason "(Unused)" (306, 418). */
    UNUSED,
    /** Registered by a specification that is now historic (510). */
    OBSOLETED,
    /** A provisional registration backed by an Internet-Draft (104). */
    TEMPORARY,
    /** Not in the registry at all; described only by its class. */
    UNREGISTERED
}
