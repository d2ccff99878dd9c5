package dev.statuslab.server.django;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContactStoreTest {

    @Test
    void tableStopsGrowingAtItsCapKeepingTheSeedAndTheNewestRows() {
        ContactStore store = new ContactStore();
        long last = 0;
        for (int i = 0; i < ContactStore.MAX_ROWS + 500; i++) {
            last = store.create("n" + i, "e" + i + "@example.com", "m").id();
        }
        assertEquals(ContactStore.MAX_ROWS, store.size());
        assertEquals(ContactStore.MAX_ROWS, store.all().size());
        assertTrue(store.find(ContactStore.SEED.id()).isPresent(), "the seed stays");
        assertTrue(store.find(last).isPresent(), "the newest row stays");
        assertFalse(store.find(2).isPresent(), "the oldest row after the seed went first");
    }

    @Test
    void idsKeepCountingAfterDeleteAndReset() {
        ContactStore store = new ContactStore();
        long first = store.create("a", "a@example.com", "m").id();
        assertTrue(store.delete(first));
        assertFalse(store.delete(first));
        store.reset();
        assertEquals(1, store.size());
        assertEquals(first + 1, store.create("b", "b@example.com", "m").id());
        assertEquals(2, store.size());
    }

    @Test
    void tableStopsGrowingAtItsByteCapHowLargeTheMessagesAre() {
        ContactStore store = new ContactStore();
        String large = "é".repeat(1024 * 1024); // 2 MiB of UTF-8 each
        long last = 0;
        for (int i = 0; i < 40; i++) {
            last = store.create("n" + i, "e@example.com", large).id();
            assertTrue(store.textBytes() <= ContactStore.MAX_TEXT_BYTES, "after row " + i + ": " + store.textBytes());
        }
        assertTrue(store.size() < 17, "at most 16 rows of 2 MiB beside the seed, not " + store.size());
        assertTrue(store.find(last).isPresent(), "the newest row stays");
        assertTrue(store.find(ContactStore.SEED.id()).isPresent(), "the seed stays");
        store.delete(last);
        store.reset();
        assertEquals(0, store.textBytes());
    }
}
