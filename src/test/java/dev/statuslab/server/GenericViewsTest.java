package dev.statuslab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ListView, DetailView, CreateView and DeleteView, and the id sequence behind them. */
class GenericViewsTest {

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    RawHttp http;

    @BeforeEach
    void freshTable() {
        SERVER.server().store().reset();
        http = SERVER.http();
    }

    @Test
    void listViewShowsTheSeed() throws IOException {
        RawHttp.Response r = http.get("/messages/");
        assertEquals(200, r.status());
        assertTrue(r.text().contains("<a href=\"/messages/1/\">Ada</a>"));
    }

    @Test
    void detailViewShowsOneMessage() throws IOException {
        RawHttp.Response r = http.get("/messages/1/");
        assertEquals(200, r.status());
        assertTrue(r.text().contains("<dd>ada@example.com</dd>"));
    }

    @ParameterizedTest
    @CsvSource({"/messages/", "/messages/1/"})
    void readOnlyGenericViewsAllowGetHeadOptions(String path) throws IOException {
        RawHttp.Response r = http.send("OPTIONS", path, null);
        assertEquals("GET, HEAD, OPTIONS", r.header("Allow").orElseThrow());
    }

    @Test
    void createViewGetIsAnEmptyForm() throws IOException {
        RawHttp.Response r = http.get("/messages/new/");
        assertEquals(200, r.status());
        assertTrue(r.text().contains("action=\"/messages/new/\""));
        assertEquals(
                "GET, POST, PUT, HEAD, OPTIONS",
                http.send("OPTIONS", "/messages/new/", null).header("Allow").orElseThrow());
    }

    @Test
    void validCreatePostRedirectsToTheNewObject() throws IOException {
        RawHttp.Response r = http.send(
                "POST",
                "/messages/new/",
                "name=Grace&email=grace%40example.com&message=Hi",
                "Content-Type",
                TutorialScenariosTest.FORM);
        assertEquals("HTTP/1.1 302 Found", r.statusLine());
        String location = r.header("Location").orElseThrow();
        assertTrue(location.matches("/messages/\\d+/"), location);
        assertTrue(http.get(location).text().contains("Grace"));
    }

    @Test
    void invalidCreatePostRerendersTheFormWith200() throws IOException {
        RawHttp.Response r = http.send(
                "POST", "/messages/new/", "name=&email=bad&message=", "Content-Type", TutorialScenariosTest.FORM);
        assertEquals(200, r.status());
        assertTrue(r.text().contains("This field is required."));
        assertTrue(r.text().contains("Enter a valid email address."));
        assertTrue(r.text().contains("value=\"bad\""), "the user's input is kept");
    }

    @Test
    void deleteViewConfirmsThenDeletesAndRedirects() throws IOException {
        assertEquals(200, http.get("/messages/1/delete/").status());
        RawHttp.Response r = http.send("POST", "/messages/1/delete/", "");
        assertEquals(302, r.status());
        assertEquals("/messages/", r.header("Location").orElseThrow());
        assertEquals(404, http.get("/messages/1/").status());
        assertEquals(
                "GET, POST, DELETE, HEAD, OPTIONS",
                http.send("OPTIONS", "/messages/2/delete/", null)
                        .header("Allow")
                        .orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"GET", "POST", "DELETE"})
    void deletingAMissingObjectIsNotFound(String method) throws IOException {
        assertEquals(
                404,
                http.send(method, "/messages/999/delete/", method.equals("GET") ? null : "")
                        .status());
    }

    @Test
    void idsIncreaseAndAreNeverReusedEvenAfterReset() throws IOException {
        String first = create();
        http.send("DELETE", first + "delete/", null);
        String second = create();
        assertTrue(id(second) > id(first));
        RawHttp.Response reset = http.send("POST", "/__reset__", "");
        assertEquals(200, reset.status());
        assertEquals(404, http.get(second).status(), "the reset restored only the seed");
        assertEquals(200, http.get("/messages/1/").status());
        assertTrue(id(create()) > id(second));
    }

    private String create() throws IOException {
        return http.send(
                        "POST",
                        "/messages/new/",
                        "name=N&email=n%40example.com&message=m",
                        "Content-Type",
                        TutorialScenariosTest.FORM)
                .header("Location")
                .orElseThrow();
    }

    private static long id(String location) {
        return Long.parseLong(location.replaceAll("\\D", ""));
    }
}
