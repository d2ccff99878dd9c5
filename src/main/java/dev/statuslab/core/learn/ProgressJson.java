package dev.statuslab.core.learn;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The progress file, version 1: {@code version}, {@code streakDays}, {@code lastDay} (ISO date or
 * null), {@code sessions}, {@code lastMistakes} (question ids) and {@code cards}, each with
 * {@code id}, {@code box}, {@code due}, {@code right}, {@code wrong}, {@code lastRight} and
 * {@code lastAnswered} (ISO instants). Read strictly; the exception names the place.
 */
final class ProgressJson {

    static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern WHERE = Pattern.compile("^(.*?): (.*)$");

    private ProgressJson() {}

    static Progress read(InputStream in) throws ProgressFileException {
        Object root;
        try {
            root = StrictJson.parse(in);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ProgressFileException(
                    at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr(),
                    StrictJson.readable(e.getOriginalMessage()),
                    e);
        } catch (IOException e) {
            throw new ProgressFileException("", StrictJson.readable(e.getMessage()), e);
        }
        try {
            StrictJson.Obj top = StrictJson.Obj.of(
                    root, "", "version", "streakDays", "lastDay", "sessions", "lastMistakes", "cards");
            int version = top.integer("version");
            if (version != VERSION) {
                throw new IllegalArgumentException(
                        "version: this StatusLab reads version " + VERSION + ", not " + version);
            }
            String lastDay = top.text("lastDay");
            List<Card> cards = top.list(
                    "cards",
                    StrictJson.objects(
                            ProgressJson::card, "id", "box", "due", "right", "wrong", "lastRight", "lastAnswered"));
            Map<String, Card> byId = new LinkedHashMap<>();
            for (int i = 0; i < cards.size(); i++) {
                Card card = cards.get(i);
                if (card == null || byId.put(card.id(), card) != null) {
                    throw new IllegalArgumentException("cards[" + i + "]: "
                            + (card == null ? "null" : "the question '" + card.id() + "' appears twice"));
                }
            }
            return new Progress(
                    byId,
                    top.integer("streakDays"),
                    lastDay == null ? null : LocalDate.parse(lastDay),
                    top.integer("sessions"),
                    top.list("lastMistakes", StrictJson.TEXT));
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            Matcher m = WHERE.matcher(String.valueOf(e.getMessage()));
            throw m.matches()
                    ? new ProgressFileException(m.group(1), m.group(2), e)
                    : new ProgressFileException("", String.valueOf(e.getMessage()), e);
        }
    }

    private static Card card(StrictJson.Obj o) {
        return new Card(
                o.text("id"),
                o.integer("box"),
                Instant.parse(o.text("due")),
                o.integer("right"),
                o.integer("wrong"),
                o.bool("lastRight"),
                Instant.parse(o.text("lastAnswered")));
    }

    static void write(Progress progress, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeNumberField("streakDays", progress.streakDays());
            g.writeStringField(
                    "lastDay",
                    progress.lastDay() == null ? null : progress.lastDay().toString());
            g.writeNumberField("sessions", progress.sessions());
            g.writeArrayFieldStart("lastMistakes");
            for (String id : progress.lastMistakes()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("cards");
            for (Card c : new TreeMap<>(progress.cards()).values()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeNumberField("box", c.box());
                g.writeStringField("due", c.due().toString());
                g.writeNumberField("right", c.right());
                g.writeNumberField("wrong", c.wrong());
                g.writeBooleanField("lastRight", c.lastRight());
                g.writeStringField("lastAnswered", c.lastAnswered().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
