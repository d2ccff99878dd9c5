package dev.statuslab.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusCatalogRegistryTest {

    private static final Set<Integer> REGISTRY = Set.of(
            100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305,
            306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417,
            418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510,
            511);

    private final StatusCatalog catalog = StatusCatalog.load();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            textBlock =
                    """
            100, Continue
            101, Switching Protocols
            102, Processing
            103, Early Hints
            104, 'Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)'
            200, OK
            201, Created
            202, Accepted
            203, Non-Authoritative Information
            204, No Content
            205, Reset Content
            206, Partial Content
            207, Multi-Status
            208, Already Reported
            226, IM Used
            300, Multiple Choices
            301, Moved Permanently
            302, Found
            303, See Other
            304, Not Modified
            305, Use Proxy
            306, (Unused)
            307, Temporary Redirect
            308, Permanent Redirect
            400, Bad Request
            401, Unauthorized
            402, Payment Required
            403, Forbidden
            404, Not Found
            405, Method Not Allowed
            406, Not Acceptable
            407, Proxy Authentication Required
            408, Request Timeout
            409, Conflict
            410, Gone
            411, Length Required
            412, Precondition Failed
            413, Content Too Large
            414, URI Too Long
            415, Unsupported Media Type
            416, Range Not Satisfiable
            417, Expectation Failed
            418, (Unused)
            421, Misdirected Request
            422, Unprocessable Content
            423, Locked
            424, Failed Dependency
            425, Too Early
            426, Upgrade Required
            428, Precondition Required
            429, Too Many Requests
            431, Request Header Fields Too Large
            451, Unavailable For Legal Reasons
            500, Internal Server Error
            501, Not Implemented
            502, Bad Gateway
            503, Service Unavailable
            504, Gateway Timeout
            505, HTTP Version Not Supported
            506, Variant Also Negotiates
            507, Insufficient Storage
            508, Loop Detected
            510, Not Extended (OBSOLETED)
            511, Network Authentication Required
            """)
    void everyRegistryCodeIsPresentWithTheRegistryName(int code, String registryName) {
        StatusInfo info = catalog.find(code).orElseThrow(() -> new AssertionError("missing " + code));
        assertEquals(registryName, info.registryName());
        assertTrue(catalog.isRegistered(code));
        assertTrue(info.registered());
    }

    @Test
    void catalogueHoldsExactlyTheRegistryCodesInAscendingOrder() {
        List<Integer> codes = catalog.all().stream().map(StatusInfo::code).toList();
        assertEquals(REGISTRY, Set.copyOf(codes));
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void codesOutsideTheRegistryAreNotRegistered() {
        Set<Integer> unregistered = IntStream.rangeClosed(100, 599)
                .boxed()
                .filter(c -> !REGISTRY.contains(c))
                .collect(Collectors.toSet());
        for (int code : unregistered) {
            assertTrue(catalog.find(code).isEmpty(), "unexpected entry " + code);
            assertTrue(!catalog.isRegistered(code), "unexpectedly registered " + code);
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            textBlock =
                    """
            104, TEMPORARY
            305, DEPRECATED
            306, UNUSED
            418, UNUSED
            510, OBSOLETED
            200, REGISTERED
            102, REGISTERED
            """)
    void specialRegistrationsAreRecorded(int code, Registration registration) {
        assertEquals(registration, catalog.describe(code).registration());
    }

    @Test
    void onlyTheSpecialCodesHaveANonStandardRegistration() {
        Set<Integer> special = catalog.all().stream()
                .filter(i -> i.registration() != Registration.REGISTERED)
                .map(StatusInfo::code)
                .collect(Collectors.toSet());
        assertEquals(Set.of(104, 305, 306, 418, 510), special);
    }

    @ParameterizedTest(name = "{0} is sent as \"{1}\"")
    @CsvSource(
            quoteCharacter = '"',
            textBlock =
                    """
            306, Switch Proxy
            418, I'm a teapot
            104, Upload Resumption Supported
            510, Not Extended
            305, Use Proxy
            """)
    void unusedAndAnnotatedCodesHaveAPlainWireReason(int code, String reason) {
        assertEquals(reason, catalog.describe(code).reason());
    }

    @Test
    void loadReturnsTheSameCachedCatalogue() {
        assertTrue(StatusCatalog.load() == StatusCatalog.load());
    }
}
