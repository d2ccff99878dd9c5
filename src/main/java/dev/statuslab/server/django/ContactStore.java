package dev.statuslab.server.django;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory table of {@link ContactMessage}: seeded with id 1 (Ada), ids allocated
 * increasingly and never reused, not even after a reset, as a database sequence would. It keeps
 * at most {@link #MAX_ROWS} rows: past that, a new row pushes out the oldest one after the seed,
 * so that a load test posting for hours cannot grow the table, and the heap, without end.
 */
public final class ContactStore {

    public static final ContactMessage SEED = new ContactMessage(1, "Ada", "ada@example.com", "Hello");
    public static final int MAX_ROWS = 10_000;

    private final ConcurrentSkipListMap<Long, ContactMessage> rows = new ConcurrentSkipListMap<>();
    private final AtomicLong lastId = new AtomicLong(SEED.id());

    public ContactStore() {
        rows.put(SEED.id(), SEED);
    }

    /** Rows now held; kept beside the map, whose own size() walks every row. Guarded by this. */
    private int count = 1;

    public synchronized ContactMessage create(String name, String email, String message) {
        long id = lastId.incrementAndGet();
        ContactMessage row = new ContactMessage(id, name, email, message);
        rows.put(id, row);
        if (++count > MAX_ROWS) {
            Long oldest = rows.higherKey(SEED.id());
            if (oldest != null && rows.remove(oldest) != null) {
                count--;
            }
        }
        return row;
    }

    public Optional<ContactMessage> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    public synchronized boolean delete(long id) {
        boolean removed = rows.remove(id) != null;
        if (removed) {
            count--;
        }
        return removed;
    }

    public List<ContactMessage> all() {
        return new ArrayList<>(rows.values());
    }

    /** Restores the seed; the id sequence keeps counting. */
    public synchronized void reset() {
        rows.clear();
        rows.put(SEED.id(), SEED);
        count = 1;
    }

    public synchronized int size() {
        return count;
    }
}
