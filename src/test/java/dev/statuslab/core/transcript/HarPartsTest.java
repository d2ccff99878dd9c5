package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statuslab.core.http.FormEncoding;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small conversions behind the HAR fields, as tables. */
class HarPartsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            RFC 1123 date         | a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT              | 2015-10-21T07:28:00Z
            long weekday, kept    | a=1; expires=Wednesday, 21-Oct-2015 07:28:00 GMT        | Wednesday, 21-Oct-2015 07:28:00 GMT
            short Netscape date   | a=1; expires=Wed, 21-Oct-2015 07:28:00 GMT              | 2015-10-21T07:28:00Z
            Max-Age wins          | a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Max-Age=60  | 2024-05-01T09:16:30Z
            Max-Age zero          | a=1; Max-Age=0                                          | 1970-01-01T00:00:00Z
            not a date            | a=1; Expires=soon                                       | soon
            """)
    void setCookieExpiryIsWrittenInIso8601(String what, String setCookie, String expires) {
        Cookies.Cookie c = Cookies.ofResponse(List.of(setCookie), Instant.parse("2024-05-01T09:15:30Z"))
                .get(0);

        assertEquals(expires, c.expires(), what);
        assertEquals("a", c.name());
        assertEquals("1", c.value());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            textBlock =
                    """
            h2,        HTTP/2
            http/2.0,  HTTP/2
            HTTP/2.0,  HTTP/2
            h3,        HTTP/3
            http/1.1,  HTTP/1.1
            HTTP/1.0,  HTTP/1.0
            '',        HTTP/1.1
            spdy/3.1,  spdy/3.1
            """)
    void browserVersionsAreNormalised(String har, String version) {
        assertEquals(version, Heads.normalised(har));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
            http://h,                  /
            http://h:8000?x=1,         /?x=1
            http://h/a/b?c=d#frag,     /a/b?c=d
            https://user@h/p,          /p
            /relative?q,               /relative?q
            """)
    void theRequestTargetIsPathAndQuery(String url, String target) {
        assertEquals(target, Heads.target(url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            a=1&b=two+words&c=%C3%A9  | a=1;b=two words;c=é
            flag&&x=                   | flag=;x=
            bad=%zz&ok=1               | bad=%zz;ok=1
            """)
    void queryPairsAreDecodedLeniently(String query, String pairs) {
        String decoded = String.join(
                ";",
                FormEncoding.parse(query).stream()
                        .map(p -> p.name() + "=" + p.value())
                        .toList());

        assertEquals(pairs, decoded);
    }
}
