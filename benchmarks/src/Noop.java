/** The JVM's floor on the benchmark classpath: start, load one class, exit. */
public final class Noop {
    private Noop() {}

    public static void main(String[] args) {
    }
}
