package dev.glanceshare.benchmarks;

/**
 * A client under measurement. It is built once per run (its shared state, such as a pool or a token,
 * is made then); {@link #worker} gives each thread what that client requires per thread.
 */
public interface Contender extends AutoCloseable {
    /** @return the name in tables and the chart */
    String name();

    /**
     * @param op the task
     * @param thread the thread's index, from 0; threads never share a member project
     * @return the task bound to this thread
     */
    Runnable worker(Op op, int thread);

    @Override
    void close();
}
