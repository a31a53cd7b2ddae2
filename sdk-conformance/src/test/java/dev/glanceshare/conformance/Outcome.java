package dev.glanceshare.conformance;

import dev.glanceshare.core.exception.AmbiguousNameException;
import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.identity.TokenInfo;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the SDK made of a step, written so that two targets can be compared: a value's significant
 * fields (not its timestamps), or an exception's class and HTTP status. Raw placeholders are applied
 * later, with the rest of the record.
 */
final class Outcome {
    private Outcome() {}

    /** @return a description of a returned value; {@code ok} for none */
    static String of(Object value) {
        return "returned " + describe(value);
    }

    /** @return a description of a thrown exception */
    static String of(Throwable t) {
        StringBuilder s = new StringBuilder("threw ").append(publicType(t).getSimpleName());
        if (t instanceof ApiException api) {
            s.append(" (").append(api.status()).append(')');
        } else if (t instanceof AmbiguousNameException ambiguous) {
            s.append(" (").append(ambiguous.candidates().size()).append(" candidates)");
        }
        return s.toString();
    }

    /** The type a caller can name: a private subclass that only adds advice to the message is not one. */
    static Class<?> publicType(Throwable t) {
        Class<?> c = t.getClass();
        while (!java.lang.reflect.Modifier.isPublic(c.getModifiers()) || c.getEnclosingClass() != null
                && !java.lang.reflect.Modifier.isPublic(c.getEnclosingClass().getModifiers())) {
            c = c.getSuperclass();
        }
        return c;
    }

    static String describe(Object value) {
        if (value == null) {
            return "ok";
        }
        if (value instanceof Image i) {
            return "Image[" + i.id() + " name=" + i.name().orElse("") + " status=" + i.status().wireName()
                    + " visibility=" + i.visibility().wireName() + " protected=" + i.isProtected()
                    + " owner=" + i.owner().orElse("") + " tags=" + new java.util.TreeSet<>(i.tags())
                    + (i.size().isPresent() ? " size=" + i.size().getAsLong() : "")
                    + (i.checksum().isPresent() ? " checksum=" + i.checksum().get() : "") + "]";
        }
        if (value instanceof Member m) {
            return "Member[" + m.imageId() + " member=" + m.memberId() + " status=" + m.status().wireName() + "]";
        }
        if (value instanceof TokenInfo t) {
            return "Token[user=" + t.userId() + " project=" + t.projectId().orElse("") + " methods=" + t.methods()
                    + " roles=" + new java.util.TreeSet<>(t.roles()) + " services=" + t.catalog() + "]";
        }
        if (value instanceof Optional<?> o) {
            return o.map(Outcome::describe).orElse("empty");
        }
        if (value instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            c.forEach(v -> items.add(describe(v)));
            return items.toString();
        }
        if (value instanceof Raw r) {
            return "HTTP " + r.status();
        }
        return String.valueOf(value);
    }

    /** A raw response, for steps that send what the SDK cannot. */
    record Raw(int status, String contentType, String body) {}
}
