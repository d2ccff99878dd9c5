package dev.statuslab.ui.cookies;

import dev.statuslab.core.workbench.Cookie;
import dev.statuslab.core.workbench.CookieJar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Cookies panel's model over the window's jar (issue 10): the cookies as rows, a value or an
 * expiry edited, some deleted, all cleared. The jar is the one the window sends from, so every
 * change counts from the next request on. The rows are read again from the jar on {@link
 * #refresh()} (the panel does it when it is shown or comes to the front, and after each change).
 * An edit that cannot be kept leaves the cookie as it was and says why in {@link #problemProperty()}.
 */
public final class CookiesViewModel {

    static final String SESSION = "Session";

    private final CookieJar jar;
    private final Clock clock;
    private final ObservableList<Cookie> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public CookiesViewModel(CookieJar jar) {
        this(jar, Clock.systemUTC());
    }

    public CookiesViewModel(CookieJar jar, Clock clock) {
        this.jar = Objects.requireNonNull(jar, "jar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ObservableList<Cookie> rows() {
        return rows;
    }

    /** Why the last edit was refused, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void refresh() {
        rows.setAll(jar.all());
    }

    /** Gives {@code cookie} a new value; refused (with a problem) when the Cookie field could not carry it. */
    public boolean edit(Cookie cookie, String value) {
        String text = value == null ? "" : value.strip();
        String refusal = valueProblem(text);
        if (refusal != null) {
            return refuse(refusal);
        }
        problem.set("");
        if (!cookie.value().equals(text)) {
            jar.put(cookie.withValue(text));
        }
        refresh();
        return true;
    }

    /**
     * Gives {@code cookie} a new expiry: "Session" (or nothing) for a session cookie, a date
     * ({@code 2027-01-31}, midnight UTC) or an instant ({@code 2027-01-31T12:00:00Z}) still to come.
     */
    public boolean editExpiry(Cookie cookie, String text) {
        String t = text == null ? "" : text.strip();
        Instant expiry;
        if (t.isEmpty() || t.equalsIgnoreCase(SESSION)) {
            expiry = null;
        } else {
            try {
                expiry = t.length() == 10
                        ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(t);
            } catch (DateTimeParseException e) {
                return refuse("\"" + t + "\" is not an expiry: write Session, a date like 2027-01-31"
                        + " or an instant like 2027-01-31T12:00:00Z");
            }
            if (!expiry.isAfter(clock.instant())) {
                return refuse("That moment has passed: use Delete to remove the cookie");
            }
        }
        problem.set("");
        jar.put(cookie.withExpiry(expiry));
        refresh();
        return true;
    }

    public void delete(List<Cookie> cookies) {
        problem.set("");
        for (Cookie c : List.copyOf(cookies)) {
            jar.delete(c.key());
        }
        refresh();
    }

    public void clear() {
        problem.set("");
        jar.clear();
        refresh();
    }

    /** The expiry of a row as the panel shows and edits it, or "Session" for one that ends with the app. */
    public static String expiry(Cookie c) {
        return c.expiry() == null ? SESSION : c.expiry().toString();
    }

    /** The SameSite of a row, or "" when the Set-Cookie did not give one. */
    public static String sameSite(Cookie c) {
        return c.sameSite() == null ? "" : c.sameSite();
    }

    /** "Yes" or "": how a flag shows in its column. */
    public static String flag(boolean on) {
        return on ? "Yes" : "";
    }

    private boolean refuse(String why) {
        problem.set(why);
        refresh(); // the table shows the cookie as it still is
        return false;
    }

    /** RFC 6265 4.1.1: a value the Cookie field can carry; a ";" would end it, a control character break it. */
    private static String valueProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ';') {
                return "A cookie's value cannot hold \";\": it would end the cookie in the Cookie field";
            }
            if (Character.isISOControl(ch)) {
                return String.format(
                        Locale.ROOT, "A cookie's value cannot hold the control character U+%04X", (int) ch);
            }
        }
        return null;
    }
}
