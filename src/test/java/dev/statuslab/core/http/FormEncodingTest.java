package dev.statuslab.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormEncodingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            a+b        | a b
            %41%42     | AB
            %zz        | %zz
            100%       | 100%
            caf%C3%A9  | café
            %FF        | \uFFFD
            """)
    void decodesAsDjangosQueryDict(String encoded, String decoded) {
        assertEquals(decoded, FormEncoding.decode(encoded));
    }

    @Test
    void repeatedNamesKeepEveryValueInOrder() {
        assertEquals(Map.of("a", List.of("1", "3"), "b", List.of("")), FormEncoding.parseToMap("a=1&&b&a=3"));
    }

    @Test
    void aQueryEncodesSpacesAsPercentTwentyAndAFormAsPlus() {
        List<FormEncoding.Pair> pairs = List.of(new FormEncoding.Pair("q", "a b/é"));
        assertEquals("q=a%20b/%C3%A9", FormEncoding.formatQuery(pairs));
        assertEquals("q=a+b%2F%C3%A9", FormEncoding.formatForm(pairs));
    }

    @Test
    void theQueryOfAUrlStopsAtTheFragment() {
        assertEquals(List.of(new FormEncoding.Pair("x", "1")), FormEncoding.queryOf("http://h/p?x=1#y=2"));
    }
}
