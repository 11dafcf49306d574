package fi.rekisteri.jpa.internal;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Reading and clearing the values of an entity's members by dotted path, as subject requests and retention sweeps
 * need them; which members are marked is {@link MarkedMembers}' business.
 */
public final class MemberValues {

    private MemberValues() {}

    /** The value at a dotted path of attributes, or null where the path meets a null. */
    public static @Nullable Object read(Object entity, String path) {
        Object value = entity;
        for (String part : path.split("\\.", -1)) {
            if (value == null) {
                return null;
            }
            value = get(value, part);
        }
        return value;
    }

    /** Sets the value at a dotted path to null; a path through a null value is already clear. */
    public static void clear(Object entity, String path) {
        int dot = path.lastIndexOf('.');
        Object owner = dot < 0 ? entity : read(entity, path.substring(0, dot));
        if (owner == null) {
            return;
        }
        String name = dot < 0 ? path : path.substring(dot + 1);
        Field field = field(owner.getClass(), name);
        if (field == null || field.getType().isPrimitive()) {
            throw new IllegalStateException("cannot erase " + owner.getClass().getName() + "." + name
                    + ": it is not a field that can hold null");
        }
        try {
            field.set(owner, null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot erase " + owner.getClass().getName() + "." + name, e);
        }
    }

    /** A value as the subject is shown it: dates and numbers as ISO and Java print them, bytes in Base64. */
    public static String text(Object value) {
        return value instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : String.valueOf(value);
    }

    /**
     * A retention event's timestamp as an instant, dates and local times taken in the zone.
     *
     * @throws IllegalStateException if the value is not one of {@link MarkedMembers#EVENT_TYPES}
     */
    public static Instant instant(Object event, ZoneId zone) {
        if (event instanceof Instant i) {
            return i;
        }
        if (event instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (event instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        if (event instanceof LocalDate d) {
            return d.atStartOfDay(zone).toInstant();
        }
        throw new IllegalStateException("event timestamp of type " + event.getClass().getName());
    }

    private static @Nullable Object get(Object owner, String name) {
        Field field = field(owner.getClass(), name);
        try {
            if (field != null) {
                return field.get(owner);
            }
            Method getter = getter(owner.getClass(), name);
            if (getter != null) {
                return getter.invoke(owner);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + owner.getClass().getName() + "." + name, e);
        }
        throw new IllegalStateException(owner.getClass().getName() + " has no field or getter '" + name + "'");
    }

    private static @Nullable Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    return field;
                }
            }
        }
        return null;
    }

    private static @Nullable Method getter(Class<?> type, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getParameterCount() == 0 && (method.getName().equals("get" + capitalised)
                        || method.getName().equals("is" + capitalised))) {
                    method.setAccessible(true);
                    return method;
                }
            }
        }
        return null;
    }
}
