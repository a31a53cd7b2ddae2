package dev.glanceshare.conformance;

import java.util.Locale;

/**
 * The seeded users both targets have, each in the project of the same name, domain {@code Default},
 * password {@code <name>-secret}: {@code admin} holds the admin role, the others {@code member}.
 * {@code other} is neither owner nor member of any image a scenario creates: the stranger.
 */
enum User {
    ADMIN, DEMO, ALT, OTHER;

    /** @return the user (and project) name, such as {@code demo} */
    String userName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the seeded password */
    String password() {
        return userName() + "-secret";
    }
}
