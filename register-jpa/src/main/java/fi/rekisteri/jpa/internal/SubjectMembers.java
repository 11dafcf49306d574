package fi.rekisteri.jpa.internal;

import fi.rekisteri.jpa.DataSubject;
import fi.rekisteri.jpa.RetentionEvent;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DataSubject} and {@link RetentionEvent} members of an entity class, and reading and clearing the values
 * of its members by path, as subject requests need them.
 */
public final class SubjectMembers {

    private static final ClassValue<Scanned> SCANS = new ClassValue<>() {
        @Override
        protected Scanned computeValue(Class<?> type) {
            String subject = null;
            Map<String, String> events = new HashMap<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                List<AccessibleObject> members = new ArrayList<>(List.of(c.getDeclaredFields()));
                members.addAll(List.of(c.getDeclaredMethods()));
                for (AccessibleObject member : members) {
                    if (Modifier.isStatic(((Member) member).getModifiers())) {
                        continue;
                    }
                    String name = name(member);
                    if (member.isAnnotationPresent(DataSubject.class) && subject == null) {
                        subject = name;
                    }
                    RetentionEvent event = member.getAnnotation(RetentionEvent.class);
                    if (event != null) {
                        events.putIfAbsent(event.value(), name);
                    }
                }
            }
            return new Scanned(Optional.ofNullable(subject), Map.copyOf(events));
        }
    };

    private SubjectMembers() {}

    /** The attribute that holds the row's data subject, if the class marks one. */
    public static Optional<String> subject(Class<?> type) {
        return SCANS.get(type).subject();
    }

    /** The attribute that records the event with the key, if the class marks one. */
    public static Optional<String> event(Class<?> type, String eventKey) {
        return Optional.ofNullable(SCANS.get(type).events().get(eventKey));
    }

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

    /** A timestamp of a retention event as a date in UTC, if it is one of the supported types. */
    public static Optional<LocalDate> date(@Nullable Object value) {
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        } else if (value instanceof Instant instant) {
            return Optional.of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof LocalDateTime time) {
            return Optional.of(time.toLocalDate());
        } else if (value instanceof OffsetDateTime time) {
            return Optional.of(time.toLocalDate());
        }
        return Optional.empty();
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

    private static String name(AccessibleObject member) {
        if (member instanceof Method method) {
            String n = method.getName();
            String bare = n.startsWith("get") ? n.substring(3) : n.startsWith("is") ? n.substring(2) : n;
            return bare.isEmpty() ? n : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
        }
        return ((Field) member).getName();
    }

    private record Scanned(Optional<String> subject, Map<String, String> events) {}
}
