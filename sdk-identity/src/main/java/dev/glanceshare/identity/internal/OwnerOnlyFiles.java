package dev.glanceshare.identity.internal;

import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.identity.TokenStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files only their owner can read or write: a directory of mode 0700 holding files of mode 0600, both
 * owned by the user running the process, never symbolic links. Anything else is refused with a
 * {@link ConfigurationException} that names the path, what is wrong and the command that fixes it. On a
 * file system without POSIX permissions nothing is written at all.
 */
public final class OwnerOnlyFiles {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnlyFiles() {}

    /**
     * @param dir the directory
     * @param create whether to create it (mode 0700) when it is missing
     * @return whether it exists now; it is checked to be owner-only
     * @throws ConfigurationException when it is not owner-only, or the file system has no POSIX permissions
     * @throws IOException when it cannot be created or read
     */
    public static boolean directory(Path dir, boolean create) throws IOException {
        requirePosix(dir);
        if (!Files.exists(dir, NOFOLLOW)) {
            if (!create) {
                return false;
            }
            Path parent = dir.getParent();
            if (parent != null) {
                Files.createDirectories(parent); // such as ~/.cache; not ours to restrict
            }
            try {
                Files.createDirectory(dir, attribute(DIRECTORY));
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: checked below like any existing directory
            }
        }
        PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, NOFOLLOW);
        if (a.isSymbolicLink() || !a.isDirectory()) {
            throw refused(dir, "is " + (a.isSymbolicLink() ? "a symbolic link" : "not a directory"),
                    "remove it, or choose another directory");
        }
        check(dir, a, "chmod 700 " + dir);
        return true;
    }

    /**
     * @param file a file in a checked directory
     * @param maxBytes the largest size read
     * @return its bytes, or {@code null} when it does not exist
     * @throws ConfigurationException when it is not an owner-only regular file
     * @throws IOException when it cannot be read
     */
    public static byte[] readIfPresent(Path file, int maxBytes) throws IOException {
        PosixFileAttributes a;
        try {
            a = Files.readAttributes(file, PosixFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!a.isRegularFile()) {
            throw refused(file, "is " + (a.isSymbolicLink() ? "a symbolic link" : "not a regular file"), "remove it");
        }
        check(file, a, "chmod 600 " + file + " (or remove it)");
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, NOFOLLOW)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException(file + " is larger than " + maxBytes + " bytes");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            return null; // evicted by another process since
        }
    }

    /**
     * Writes a new file of mode 0600 next to the target and renames it over the target in one step, so a
     * reader in any process sees the old content or the new, never a part.
     *
     * @param dir the checked directory
     * @param target the file to replace
     * @param bytes the content
     * @throws IOException when writing or renaming fails (the target is then unchanged)
     */
    public static void replaceAtomically(Path dir, Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(dir, ".tmp-", ".part", attribute(FILE));
        try {
            Files.write(temp, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, NOFOLLOW);
            check(temp, Files.readAttributes(temp, PosixFileAttributes.class, NOFOLLOW), "use another directory");
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot rename atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void check(Path path, PosixFileAttributes a, String fix) throws IOException {
        UserPrincipal me = currentUser(path);
        if (!a.owner().equals(me)) {
            throw refused(path, "belongs to " + a.owner().getName() + ", not to " + me.getName(),
                    "remove it, or choose a directory of your own");
        }
        Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
        open.addAll(a.permissions());
        open.retainAll(OTHERS);
        if (!open.isEmpty()) {
            throw refused(path, "has mode " + mode(a.permissions()) + ", so other users can "
                    + (open.stream().anyMatch(p -> p.name().endsWith("WRITE")) ? "change" : "read") + " it",
                    fix);
        }
    }

    private static void requirePosix(Path dir) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            throw new ConfigurationException("The file system of the token cache " + dir + " has no POSIX permissions, "
                    + "so it cannot make a file owner-only (mode 0600). The file token store refuses to write an "
                    + "unprotected token: use the in-memory store (the default; GLANCESHARE_TOKEN_CACHE=memory) or "
                    + "a directory on a POSIX file system (TokenStore.file(directory))");
        }
    }

    private static UserPrincipal currentUser(Path near) throws IOException {
        Path self = near.getFileSystem().getPath("/proc/self");
        if (Files.isDirectory(self)) {
            return Files.getOwner(self); // the process's own user, even without a passwd entry
        }
        return near.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static ConfigurationException refused(Path path, String problem, String fix) {
        return new ConfigurationException("The token cache " + path + " " + problem + ". It holds bearer tokens, "
                + "so glanceshare refuses to use it: " + fix + ". (Only its owner may read or write it: mode 0700 "
                + "for the directory, 0600 for its files.)");
    }

    private static String mode(Set<PosixFilePermission> permissions) {
        int m = 0;
        for (PosixFilePermission p : permissions) {
            m |= 1 << (8 - p.ordinal());
        }
        return String.format("0%03o", m);
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
