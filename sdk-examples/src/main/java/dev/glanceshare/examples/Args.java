package dev.glanceshare.examples;

import dev.glanceshare.testing.DemoSeed;

/** Command-line arguments with the fake's defaults. */
final class Args {
    private Args() {}

    /**
     * @return argument {@code index}; on the fake, {@code fakeDefault} when it is missing
     * @throws IllegalArgumentException on a real cloud when it is missing, with the usage
     */
    static String get(ExampleCloud cloud, String[] args, int index, String fakeDefault, String usage) {
        if (args.length > index && !args[index].isBlank()) {
            return args[index];
        }
        if (cloud.isFake() && fakeDefault != null) {
            return fakeDefault;
        }
        throw new IllegalArgumentException("usage: " + usage);
    }

    static String image(ExampleCloud cloud, String[] args, int index, String usage) {
        return get(cloud, args, index, DemoSeed.IMAGE_NAME, usage);
    }
}
