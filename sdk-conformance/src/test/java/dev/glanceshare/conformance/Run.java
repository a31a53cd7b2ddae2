package dev.glanceshare.conformance;

import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.trace.TracedExchange;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageUpdate;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One run of a scenario on one target: it hands out actors, runs named steps while recording their
 * exchanges and outcomes, checks each step's expectation, and at the end deletes every image the run
 * created (unrecorded, as admin) and normalises the record.
 */
final class Run implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String scenario;
    private final Target target;
    private final Placeholders ids;
    private final Map<User, Actor> actors = new EnumMap<>(User.class);
    private final List<Actor> others = new ArrayList<>();
    private final List<Raw> steps = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private record Raw(String name, String actor, String outcome, List<TracedExchange> exchanges) {}

    Run(String scenario, Target target) {
        this.scenario = scenario;
        this.target = target;
        this.ids = new Placeholders("r" + Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(RANDOM.nextInt(36 * 36 * 36), 36), target.fixedPlaceholders());
        target.trace().clear();
    }

    Target target() {
        return target;
    }

    /** @return the user's actor, created on first use with a fresh session (so its first step authenticates) */
    Actor as(User user) {
        return actors.computeIfAbsent(user, u -> new Actor(u.userName(), target, target.session(u, true)));
    }

    /**
     * @param user a seeded user
     * @param label who this is in the record, such as {@code alt (lookup credential)}
     * @param configure more session settings
     * @return a new actor with a fresh, recorded session
     */
    Actor as(User user, String label, UnaryOperator<KeystoneSession.Builder> configure) {
        Actor a = new Actor(label, target, target.session(user, configure));
        others.add(a);
        return a;
    }

    /** @return a new actor authenticating with demo's application credential */
    Actor withApplicationCredential() {
        Actor a = new Actor("demo (application credential)", target, target.applicationCredentialSession());
        others.add(a);
        return a;
    }

    /**
     * @param label who this is in the record
     * @param credentials how it authenticates
     * @param scope its scope, or null
     * @return a new actor with a recorded session
     */
    Actor actor(String label, Credentials credentials, Scope scope) {
        Actor a = new Actor(label, target, target.session(credentials, scope));
        others.add(a);
        return a;
    }

    /** @return a seeded user's project ID */
    String project(User user) {
        return target.projectId(user);
    }

    /** @return a name unique to this run, such as {@code conf-r8f3k2-shared} */
    String name(String suffix) {
        return ids.namePrefix() + suffix;
    }

    /**
     * The images of a list that this run created, in list order: a real Glance also holds other runs' images.
     *
     * @param images a list, iterated here (so a lazy list sends its requests in the calling step)
     * @return the run's own images
     */
    List<Image> own(Iterable<Image> images) {
        List<Image> out = new ArrayList<>();
        images.forEach(i -> {
            if (ids.isOwnName(i.name().orElse(null))) {
                out.add(i);
            }
        });
        return out;
    }

    /** A step's action. */
    @FunctionalInterface
    interface Action<T> {
        T apply(Actor actor) throws Exception;
    }

    /** A step's action that returns nothing. */
    @FunctionalInterface
    interface VoidAction {
        void apply(Actor actor) throws Exception;
    }

    <T> Result<T> call(String step, User user, Action<T> action) {
        return call(step, as(user), action);
    }

    Result<Void> exec(String step, User user, VoidAction action) {
        return exec(step, as(user), action);
    }

    Result<Void> exec(String step, Actor actor, VoidAction action) {
        return call(step, actor, a -> {
            action.apply(a);
            return null;
        });
    }

    /**
     * Runs one step and records its exchanges and outcome.
     *
     * @param step a name unique in the scenario
     * @param actor who runs it
     * @param action what it does
     * @return its result, to state the expectation on
     */
    <T> Result<T> call(String step, Actor actor, Action<T> action) {
        Objects.requireNonNull(step);
        if (steps.stream().anyMatch(s -> s.name().equals(step))) {
            throw new IllegalArgumentException("duplicate step name " + step);
        }
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        List<TracedExchange> exchanges = target.trace().record(() -> {
            try {
                result[0] = action.apply(actor);
            } catch (Exception | AssertionError e) {
                thrown[0] = e;
            }
        });
        String outcome = thrown[0] != null ? Outcome.of(thrown[0]) : Outcome.of(result[0]);
        steps.add(new Raw(step, actor.label(), outcome, exchanges));
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return new Result<>(step, value, thrown[0]);
    }

    /** Stops the scenario: a later step needs what this one did not deliver. */
    static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /** What a step returned or threw, and the expectation on it. */
    final class Result<T> {
        private final String step;
        private final T value;
        private final Throwable thrown;

        Result(String step, T value, Throwable thrown) {
            this.step = step;
            this.value = value;
            this.thrown = thrown;
        }

        /**
         * Expects success and returns the value; a failure is a violation and ends the scenario.
         *
         * @return the value
         */
        T value() {
            if (thrown != null) {
                violations.add(step + ": expected success, got " + Outcome.of(thrown) + ": " + thrown.getMessage());
                throw new Aborted(step + " failed", thrown);
            }
            return value;
        }

        /** Expects success and a value that passes a check; a failed check is a violation only. */
        T expect(String what, Predicate<T> check) {
            T v = value();
            if (!check.test(v)) {
                violations.add(step + ": expected " + what + ", got " + ids.apply(Outcome.of(v)));
            }
            return v;
        }

        /** Expects exactly this exception class (not a subclass: a wrong exception type is a bug). */
        void fails(Class<? extends Throwable> type) {
            if (thrown == null) {
                violations.add(step + ": expected " + type.getSimpleName() + ", got " + ids.apply(Outcome.of(value)));
            } else if (Outcome.publicType(thrown) != type) {
                violations.add(step + ": expected " + type.getSimpleName() + ", got " + Outcome.of(thrown)
                        + ": " + thrown.getMessage());
            }
        }

        /**
         * Expects the step to have sent exactly this many requests (a count is part of the behaviour).
         *
         * @return this result, for an expectation on its value or exception
         */
        Result<T> sent(int expected) {
            int count = steps.stream().filter(s -> s.name().equals(step)).findFirst().orElseThrow().exchanges().size();
            if (count != expected) {
                violations.add(step + ": expected " + expected + " request(s), sent " + count);
            }
            return this;
        }

        /**
         * Expects exactly this exception class with a message that says each of these things.
         *
         * @param type the exception class
         * @param fragments texts the message must contain, such as what to configure
         */
        void fails(Class<? extends Throwable> type, String... fragments) {
            fails(type);
            for (String f : fragments) {
                if (thrown != null && (thrown.getMessage() == null || !thrown.getMessage().contains(f))) {
                    violations.add(step + ": expected the message to say '" + f + "', got: " + thrown.getMessage());
                }
            }
        }

        /** Expects a raw response with this status. */
        void status(int expected) {
            Outcome.Raw raw = (Outcome.Raw) value();
            if (raw.status() != expected) {
                violations.add(step + ": expected HTTP " + expected + ", got " + raw.status() + " " + raw.body());
            }
        }
    }

    void violation(String message) {
        violations.add(message);
    }

    /**
     * Deletes what the run created and returns its normalised record.
     *
     * @return the record
     */
    ScenarioRecord finish() {
        Normalizer normalizer = new Normalizer(ids);
        List<TracedExchange> all = new ArrayList<>();
        steps.forEach(s -> all.addAll(s.exchanges()));
        normalizer.learn(all);
        cleanUp();
        List<StepRecord> records = new ArrayList<>();
        for (Raw s : steps) {
            records.add(new StepRecord(s.name(), s.actor(), ids.apply(s.outcome()), normalizer.normalize(s.exchanges())));
        }
        List<String> v = new ArrayList<>();
        violations.forEach(x -> v.add(ids.apply(x)));
        return new ScenarioRecord(scenario, target.name(), records, v, List.copyOf(notes));
    }

    /** Deletes every image the run created, as admin, unrecorded; protected ones are unprotected first. */
    private void cleanUp() {
        if (ids.images().isEmpty()) {
            return;
        }
        try (KeystoneSession admin = target.session(User.ADMIN, false);
                GlanceClient glance = GlanceClient.builder().session(admin).build()) {
            for (String id : ids.images()) {
                try {
                    Image image = glance.images().get(id);
                    if (image.isProtected()) {
                        glance.images().update(id, ImageUpdate.builder().protectedImage(false).build());
                    }
                    glance.images().delete(id);
                } catch (NotFoundException gone) {
                    // deleted by the scenario itself
                } catch (RuntimeException e) {
                    notes.add("clean-up of " + ids.apply(id) + " failed: " + e);
                }
            }
        }
    }

    @Override
    public void close() {
        actors.values().forEach(Actor::close);
        others.forEach(Actor::close);
    }
}
