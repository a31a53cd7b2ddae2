package dev.glanceshare.testing;

import java.util.List;

/**
 * The requests a {@link FakeOpenStack} received, oldest first, for "script, exercise, verify" tests.
 * Thread-safe; it keeps the newest entries up to the capacity set with
 * {@link FakeOpenStackBuilder#journalCapacity}.
 *
 * <pre>{@code
 * fake.journal().clear();
 * client.members().add(imageId, projectId);
 * assertThat(fake.journal().requests(Service.IMAGE)).extracting(RecordedRequest::line)
 *     .containsExactly("POST /v2/images/" + imageId + "/members");
 * }</pre>
 */
public interface RequestJournal {
    /**
     * Returns every recorded request, oldest first.
     *
     * @return an immutable snapshot
     */
    List<RecordedRequest> requests();

    /**
     * Returns the recorded requests one listener received, oldest first.
     *
     * @param service the listener
     * @return an immutable snapshot
     */
    List<RecordedRequest> requests(Service service);

    /**
     * Returns how many requests are recorded.
     *
     * @return the count
     */
    int size();

    /** Forgets every recorded request. */
    void clear();
}
