package dev.statuslab.server.django;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory table of {@link ContactMessage}: seeded with id 1 (Ada), ids allocated
 * increasingly and never reused, not even after a reset, as a database sequence would. It keeps
 * at most {@link #MAX_ROWS} rows and {@link #MAX_TEXT_BYTES} bytes of text (name, email and
 * message in UTF-8): past either, a new row pushes out the oldest ones after the seed, so that a
 * load test posting for hours, or posting large messages, cannot grow the heap without end.
 */
public final class ContactStore {

    public static final ContactMessage SEED = new ContactMessage(1, "Ada", "ada@example.com", "Hello");
    public static final int MAX_ROWS = 10_000;
    public static final long MAX_TEXT_BYTES = 32L * 1024 * 1024;

    private final ConcurrentSkipListMap<Long, ContactMessage> rows = new ConcurrentSkipListMap<>();
    private final AtomicLong lastId = new AtomicLong(SEED.id());

    public ContactStore() {
        rows.put(SEED.id(), SEED);
    }

    /** Rows now held; kept beside the map, whose own size() walks every row. Guarded by this. */
    private int count = 1;
    /** The text bytes of the rows after the seed. Guarded by this. */
    private long textBytes;

    public synchronized ContactMessage create(String name, String email, String message) {
        long id = lastId.incrementAndGet();
        ContactMessage row = new ContactMessage(id, name, email, message);
        rows.put(id, row);
        count++;
        textBytes += bytes(row);
        while (count > MAX_ROWS || textBytes > MAX_TEXT_BYTES) {
            Long oldest = rows.higherKey(SEED.id());
            if (oldest == null || oldest == id) {
                break; // only the newest row is left beside the seed: it stays, however large
            }
            ContactMessage removed = rows.remove(oldest);
            if (removed != null) {
                count--;
                textBytes -= bytes(removed);
            }
        }
        return row;
    }

    /** The bytes of text now held beside the seed. */
    public synchronized long textBytes() {
        return textBytes;
    }

    private static long bytes(ContactMessage m) {
        return utf8Length(m.name()) + utf8Length(m.email()) + utf8Length(m.message());
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    public Optional<ContactMessage> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    public synchronized boolean delete(long id) {
        ContactMessage removed = rows.remove(id);
        if (removed != null) {
            count--;
            if (id != SEED.id()) {
                textBytes -= bytes(removed);
            }
        }
        return removed != null;
    }

    public List<ContactMessage> all() {
        return new ArrayList<>(rows.values());
    }

    /** Restores the seed; the id sequence keeps counting. */
    public synchronized void reset() {
        rows.clear();
        rows.put(SEED.id(), SEED);
        count = 1;
        textBytes = 0;
    }

    public synchronized int size() {
        return count;
    }
}
