package dev.glanceshare.identity.internal;

import dev.glanceshare.identity.ProjectDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A session's project lookup: an ID-shaped argument (32 hex digits, or a dashed UUID) is used as it is,
 * with no request; a name is answered from the cache of resolved names, or else by the directory, whose
 * answer is then kept. Thread-safe. Two threads asking for the same new name at once may both ask the
 * directory; both get the same answer.
 */
public final class ProjectNames {
    private final ProjectDirectory directory;
    private final NameCache cache;

    /**
     * @param directory where names are looked up
     * @param expiry how long a resolved name is kept; zero keeps none
     * @param maxNames how many resolved names are kept at most; zero keeps none
     * @param clock the time source
     */
    public ProjectNames(ProjectDirectory directory, Duration expiry, int maxNames, Clock clock) {
        this.directory = directory;
        this.cache = new NameCache(expiry, maxNames, clock);
    }

    /**
     * @param nameOrId a project name or ID
     * @return the project ID
     * @throws IllegalArgumentException when it is null or blank
     */
    public String resolve(String nameOrId) {
        String input = Texts.clean(nameOrId);
        if (input == null) {
            throw new IllegalArgumentException("project name or ID is null or blank");
        }
        if (Texts.looksLikeId(input)) {
            return input;
        }
        Optional<String> cached = cache.get(input);
        if (cached.isPresent()) {
            return cached.get();
        }
        String id = directory.projectId(input);
        if (id == null || !Texts.looksLikeId(id)) {
            // a directory's bug must not become a member named after it
            throw new IllegalStateException("The project directory " + directory + " answered '" + input
                    + "' with " + (id == null ? "nothing" : "'" + id + "', which is not a project ID"));
        }
        cache.put(input, id);
        return id;
    }

    /** @return the directory and the cache, for the session's {@code toString()} */
    @Override
    public String toString() {
        return directory + ", name cache " + cache;
    }
}
