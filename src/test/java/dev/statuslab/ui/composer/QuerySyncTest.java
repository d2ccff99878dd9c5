package dev.statuslab.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.statuslab.ui.common.NameValueRow;
import dev.statuslab.ui.common.ParamRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The URL and the query table stay in step both ways, without the toolkit. */
class QuerySyncTest {

    private final ComposerViewModel vm = new ComposerViewModel();

    private List<String> rows() {
        return vm.queryParams().stream().map(NameValueRow::toString).toList();
    }

    @Test
    void editingTheUrlFillsTheTableDecoded() {
        vm.urlProperty().set("http://h/p?q=a%20b&x=%C3%A9&plus=1+2&flag&empty=");
        assertEquals(List.of("q=a b", "x=é", "plus=1 2", "flag=", "empty="), rows());
    }

    @Test
    void editingTheUrlDoesNotRewriteWhatWasTyped() {
        String typed = "http://h/p?q=a+b&&x=%7e#top";
        vm.urlProperty().set(typed);
        assertEquals(typed, vm.urlProperty().get());
        assertEquals(List.of("q=a b", "x=~"), rows());
    }

    @Test
    void aBrokenEscapeIsReadLiterally() {
        vm.urlProperty().set("http://h/?p=100%&q=%zz");
        assertEquals(List.of("p=100%", "q=%zz"), rows());
    }

    @Test
    void editingARowRewritesTheQueryPercentEncoded() {
        vm.urlProperty().set("http://h/p?q=1#top");
        vm.queryParams().get(0).setValue("a&b=c d+é/?");
        assertEquals(
                "http://h/p?q=a%26b%3Dc%20d%2B%C3%A9/?#top", vm.urlProperty().get());
        vm.queryParams().get(0).setName("the q");
        assertEquals(
                "http://h/p?the%20q=a%26b%3Dc%20d%2B%C3%A9/?#top",
                vm.urlProperty().get());
    }

    @Test
    void encodedValuesReadBackTheSame() {
        vm.urlProperty().set("http://h/");
        vm.addParam();
        ParamRow row = vm.queryParams().get(0);
        row.setName("name");
        row.setValue("Ada & Grace = 100% \"ok\" ☃");
        String url = vm.urlProperty().get();

        ComposerViewModel other = new ComposerViewModel();
        other.urlProperty().set(url);
        assertEquals("Ada & Grace = 100% \"ok\" ☃", other.queryParams().get(0).getValue());
    }

    @Test
    void addingABlankRowLeavesTheUrlAloneUntilItHasAName() {
        vm.urlProperty().set("http://h/p");
        vm.addParam();
        assertEquals("http://h/p", vm.urlProperty().get());
        vm.queryParams().get(0).setName("debug");
        assertEquals("http://h/p?debug=", vm.urlProperty().get());
        vm.queryParams().get(0).setValue("1");
        assertEquals("http://h/p?debug=1", vm.urlProperty().get());
    }

    @Test
    void removingTheLastRowDropsTheQuestionMark() {
        vm.urlProperty().set("http://h/p?a=1&b=2");
        vm.removeParam(vm.queryParams().get(0));
        assertEquals("http://h/p?b=2", vm.urlProperty().get());
        vm.removeParam(vm.queryParams().get(0));
        assertEquals("http://h/p", vm.urlProperty().get());
    }

    @Test
    void aRowSwitchedOffLeavesTheUrlButStaysInTheTable() {
        vm.urlProperty().set("http://h/p?a=1&b=2&c=3");
        ParamRow b = vm.queryParams().get(1);
        b.setEnabled(false);
        assertEquals("http://h/p?a=1&c=3", vm.urlProperty().get());
        assertEquals(List.of("a=1", "# b=2", "c=3"), rows());

        vm.urlProperty().set("http://h/p?a=1&c=4&d=5");
        assertEquals(List.of("a=1", "# b=2", "c=4", "d=5"), rows());
        assertSame(b, vm.queryParams().get(1));

        b.setEnabled(true);
        assertEquals("http://h/p?a=1&b=2&c=4&d=5", vm.urlProperty().get());
    }

    @Test
    void editingTheUrlUpdatesRowsInPlace() {
        vm.urlProperty().set("http://h/p?a=1");
        ParamRow a = vm.queryParams().get(0);
        vm.urlProperty().set("http://h/p?a=12");
        assertSame(a, vm.queryParams().get(0));
        assertEquals("12", a.getValue());
    }

    @Test
    void blankRowsSurviveEditsOfTheUrl() {
        vm.urlProperty().set("http://h/p?a=1");
        vm.addParam();
        vm.urlProperty().set("http://h/p?a=1&b=2");
        assertEquals(List.of("a=1", "=", "b=2"), rows());
    }

    @Test
    void removingTheQueryFromTheUrlEmptiesTheActiveRows() {
        vm.urlProperty().set("http://h/p?a=1&b=2");
        vm.queryParams().get(1).setEnabled(false);
        vm.urlProperty().set("http://h/p");
        assertEquals(List.of("# b=2"), rows());
        assertFalse(vm.urlProperty().get().contains("?"));
    }

    @Test
    void theParamCountCountsRowsThatAreSent() {
        vm.urlProperty().set("http://h/p?a=1&b=2");
        vm.addParam();
        vm.queryParams().get(0).setEnabled(false);
        assertEquals(1, vm.paramCountProperty().get());
    }
}
