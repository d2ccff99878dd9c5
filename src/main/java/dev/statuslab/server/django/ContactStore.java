package dev.statuslab.server.django;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory table of {@link ContactMessage}: seeded with id 1 (Ada), ids allocated
 * increasingly and never reused, not even after a reset, as a database sequence would.
 */
public final class ContactStore {

    public static final ContactMessage SEED = new ContactMessage(1, "Ada", "ada@example.com", "Hello");

    private final ConcurrentSkipListMap<Long, ContactMessage> rows = new ConcurrentSkipListMap<>();
    private final AtomicLong lastId = new AtomicLong(SEED.id());

    public ContactStore() {
        rows.put(SEED.id(), SEED);
    }

    public ContactMessage create(String name, String email, String message) {
        long id = lastId.incrementAndGet();
        ContactMessage row = new ContactMessage(id, name, email, message);
        rows.put(id, row);
        return row;
    }

    public Optional<ContactMessage> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    public boolean delete(long id) {
        return rows.remove(id) != null;
    }

    public List<ContactMessage> all() {
        return new ArrayList<>(rows.values());
    }

    /** Restores the seed; the id sequence keeps counting. */
    public void reset() {
        rows.clear();
        rows.put(SEED.id(), SEED);
    }

    public int size() {
        return rows.size();
    }
}
