package dev.statuslab.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlEncodingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            http://x/a b?q=hello world        | http://x/a%20b?q=hello%20world
            http://x/caf\u00e9                | http://x/caf%C3%A9
            http://x/?q={"a":1}               | http://x/?q=%7B%22a%22:1%7D
            http://x/100%                     | http://x/100%25
            http://x/a%20b                    | http://x/a%20b
            http://x/p?a=1&b=2#frag           | http://x/p?a=1&b=2#frag
            http://x/<tag>^                   | http://x/%3Ctag%3E%5E
            http://x/\uD83D\uDE00             | http://x/%F0%9F%98%80
            """)
    void encodesWhatCannotStandInAUrlAndKeepsTheRest(String typed, String sent) {
        assertEquals(sent, UrlEncoding.encodeTyped(typed));
    }

    @Test
    void aUrlThatNeedsNothingIsReturnedAsIs() {
        String url = "http://127.0.0.1:8000/simple/?a=%2F";
        assertSame(url, UrlEncoding.encodeTyped(url));
    }

    @Test
    void surroundingWhitespaceIsDroppedAndTabsInsideAreEncoded() {
        assertEquals("http://x/a%09b", UrlEncoding.encodeTyped("  http://x/a\tb \n"));
    }
}
