package dev.glanceshare.image.bulk;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on an executor with at most {@code limit} at once, and lets the run wait until every task,
 * including tasks submitted by tasks, has finished. A queue and a bounded number of drainers, rather than
 * a semaphore inside each task, so a caller's large or cached executor never holds idle blocked threads.
 */
final class Dispatcher {
    private final Executor executor;
    private final int limit;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private int active;
    private int pending;
    private RuntimeException crash;

    Dispatcher(Executor executor, int limit) {
        this.executor = executor;
        this.limit = limit;
    }

    void submit(Runnable task) {
        boolean start;
        synchronized (lock) {
            pending++;
            queue.add(task);
            start = active < limit;
            if (start) {
                active++;
            }
        }
        if (start) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // A caller's executor that was shut down: undo, so awaitIdle does not wait for it forever.
                synchronized (lock) {
                    active--;
                    if (queue.remove(task)) {
                        pending--;
                    }
                    lock.notifyAll();
                }
                throw e;
            }
        }
    }

    private void drain() {
        while (true) {
            Runnable task;
            synchronized (lock) {
                task = queue.poll();
                if (task == null) {
                    active--;
                    return;
                }
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // A task records its own outcome; reaching here is a bug, surfaced to the caller, not lost.
                synchronized (lock) {
                    if (crash == null) {
                        crash = e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e);
                    }
                }
            } finally {
                synchronized (lock) {
                    pending--;
                    lock.notifyAll();
                }
            }
        }
    }

    /**
     * Waits until no task is queued or running; rethrows a task's unexpected exception.
     *
     * @param onInterrupt run once if the waiting thread is interrupted (the run cancels itself)
     */
    void awaitIdle(Runnable onInterrupt) {
        synchronized (lock) {
            boolean interrupted = false;
            while (pending > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // Tasks in flight still owe results: cancel, wait for them, then restore the flag.
                    if (!interrupted) {
                        onInterrupt.run();
                    }
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (crash != null) {
                throw crash;
            }
        }
    }
}
