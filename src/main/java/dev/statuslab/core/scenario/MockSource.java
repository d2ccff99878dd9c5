package dev.statuslab.core.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file of another format that becomes a mock set (an OpenAPI description): read whole or
 * refused whole, never half.
 */
@FunctionalInterface
public interface MockSource {

    /** What a file became: the set's suggested name and its mocks. */
    record Imported(String title, List<MockRoute> mocks) {
        public Imported {
            mocks = List.copyOf(mocks);
        }
    }

    /**
     * @throws MockFileException when the file cannot become mocks: the place (line and column, or a
     *                           JSON pointer) and the reason
     * @throws IOException       when it cannot be read
     */
    Imported read(Path file) throws IOException;
}
