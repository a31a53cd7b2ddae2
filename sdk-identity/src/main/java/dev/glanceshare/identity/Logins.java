package dev.glanceshare.identity;

import dev.glanceshare.identity.internal.Login;

/** Credentials hand their secret to the internal package only through here. */
final class Logins {
    private Logins() {}

    static Login of(Credentials c) {
        return c instanceof PasswordCredentials p ? p.login()
                : c instanceof ApplicationCredentials a ? a.login() : ((TokenCredentials) c).login();
    }
}
