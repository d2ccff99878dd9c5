package dev.statuslab.core.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The HAR 1.2 schema of the tests (har-1.2.schema.json), with format assertions on. */
public final class HarSchema {

    private static final Schema SCHEMA = load();

    private HarSchema() {}

    /** What the schema finds wrong with {@code har}; empty when it is valid. */
    public static List<String> problems(JsonNode har) {
        return SCHEMA.validate(har).stream().map(Object::toString).toList();
    }

    private static Schema load() {
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = HarSchema.class.getResourceAsStream("har-1.2.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("har-1.2.schema.json is missing from the test resources");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
