package dev.statuslab.core.workbench;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where {@code {{name}}} is looked up, in order: the active environment, then the collection's
 * variables, then the built-ins: {@code {{simulator}}} (the running simulator's base URL),
 * {@code {{$uuid}}} (a new random UUID each time), {@code {{$timestamp}}} (seconds since the
 * epoch) and {@code {{cookie.NAME}}} (the jar's cookie of that name for the request's URL).
 */
public final class VariableContext {

    public static final String COOKIE_PREFIX = "cookie.";

    private final Environment environment;
    private final List<Variable> collection;
    private final SimulatorAddress simulator;
    private final CookieJar jar;
    private final Clock clock;
    private final Supplier<UUID> uuids;

    public VariableContext(
            Environment environment,
            List<Variable> collection,
            SimulatorAddress simulator,
            CookieJar jar,
            Clock clock,
            Supplier<UUID> uuids) {
        this.environment = environment;
        this.collection = collection == null ? List.of() : List.copyOf(collection);
        this.simulator = simulator;
        this.jar = jar;
        this.clock = clock;
        this.uuids = uuids;
    }

    /** The running app's context: the system clock and random UUIDs. */
    public static VariableContext of(
            Environment environment, List<Variable> collection, SimulatorAddress simulator, CookieJar jar) {
        return new VariableContext(environment, collection, simulator, jar, Clock.systemUTC(), UUID::randomUUID);
    }

    public VariableContext withCollection(List<Variable> variables) {
        return new VariableContext(environment, variables, simulator, jar, clock, uuids);
    }

    public Optional<SimulatorAddress> simulator() {
        return Optional.ofNullable(simulator);
    }

    public Optional<CookieJar> jar() {
        return Optional.ofNullable(jar);
    }

    public Clock clock() {
        return clock;
    }

    /** The value of {@code name} for a request to {@code url} (used by cookie look-ups). */
    public Optional<VariableText.Value> lookup(String name, String url) {
        Optional<Variable> v = environment == null ? Optional.empty() : environment.find(name);
        if (v.isEmpty()) {
            v = Environment.find(collection, name);
        }
        if (v.isPresent()) {
            return Optional.of(new VariableText.Value(v.get().value(), v.get().secret()));
        }
        return builtIn(name, url).map(text -> new VariableText.Value(text, false));
    }

    private Optional<String> builtIn(String name, String url) {
        if (name.equals("simulator")) {
            return simulator == null ? Optional.empty() : Optional.of(simulator.value());
        }
        if (name.equals("$uuid") || name.equals("$randomUUID")) {
            return Optional.of(uuids.get().toString());
        }
        if (name.equals("$timestamp")) {
            return Optional.of(Long.toString(clock.instant().getEpochSecond()));
        }
        if (name.startsWith(COOKIE_PREFIX) && name.length() > COOKIE_PREFIX.length() && jar != null) {
            return jar.value(name.substring(COOKIE_PREFIX.length()), url, clock.instant());
        }
        return Optional.empty();
    }
}
