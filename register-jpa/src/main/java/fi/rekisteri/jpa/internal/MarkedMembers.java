package fi.rekisteri.jpa.internal;

import fi.rekisteri.jpa.DataSubject;
import fi.rekisteri.jpa.RetentionEvent;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DataSubject} and {@link RetentionEvent} members of an entity class and its superclasses, scanned once per
 * class: the one scan that retention sweeps, subject requests and the coverage check share.
 */
public final class MarkedMembers {

    /** The types a {@link RetentionEvent} member may have. */
    public static final Set<Class<?>> EVENT_TYPES =
            Set.of(Instant.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class);

    /**
     * An annotated member.
     *
     * @param name the field or property name
     * @param type its Java type
     */
    public record Member(String name, Class<?> type) {}

    /**
     * What a class marks.
     *
     * @param subject the member holding the data subject, if any
     * @param events the members holding event timestamps, by event key
     */
    public record Marked(Optional<Member> subject, Map<String, Member> events) {}

    private static final ClassValue<Marked> SCANS = new ClassValue<>() {
        @Override
        protected Marked computeValue(Class<?> type) {
            return scan(PersonalDataScan.entityClass(type));
        }
    };

    private MarkedMembers() {}

    /**
     * The class's marked members.
     *
     * @throws IllegalArgumentException if it marks two subjects, two members with one event key, a blank key, or an
     *     event member of a type other than {@link #EVENT_TYPES}
     */
    public static Marked of(Class<?> type) {
        return SCANS.get(type);
    }

    private static Marked scan(Class<?> entity) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        Member subject = null;
        Map<String, Member> events = new LinkedHashMap<>();
        for (Class<?> c : hierarchy) {
            List<Map.Entry<AnnotatedElement, Member>> members = new ArrayList<>();
            for (Field field : c.getDeclaredFields()) {
                if (!field.isSynthetic() && !Modifier.isStatic(field.getModifiers())) {
                    members.add(Map.entry(field, new Member(field.getName(), field.getType())));
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                String property = property(method);
                if (property != null) {
                    members.add(Map.entry(method, new Member(property, method.getReturnType())));
                }
            }
            for (Map.Entry<AnnotatedElement, Member> m : members) {
                Member member = m.getValue();
                if (m.getKey().isAnnotationPresent(DataSubject.class)) {
                    if (subject != null && !subject.name().equals(member.name())) {
                        throw new IllegalArgumentException(entity.getName() + " marks two members @DataSubject: "
                                + subject.name() + " and " + member.name());
                    }
                    subject = member;
                }
                RetentionEvent event = m.getKey().getAnnotation(RetentionEvent.class);
                if (event != null) {
                    String key = event.value().strip();
                    String where = entity.getName() + "." + member.name();
                    if (key.isEmpty()) {
                        throw new IllegalArgumentException("@RetentionEvent on " + where + " has a blank event key");
                    }
                    if (!EVENT_TYPES.contains(member.type())) {
                        throw new IllegalArgumentException("@RetentionEvent on " + where + " is a "
                                + member.type().getSimpleName()
                                + ": use Instant, LocalDate, LocalDateTime or OffsetDateTime");
                    }
                    Member earlier = events.putIfAbsent(key, member);
                    if (earlier != null && !earlier.name().equals(member.name())) {
                        throw new IllegalArgumentException(entity.getName() + " marks two members with event '" + key
                                + "': " + earlier.name() + " and " + member.name());
                    }
                }
            }
        }
        return new Marked(Optional.ofNullable(subject), Map.copyOf(events));
    }

    private static @Nullable String property(Method method) {
        if (method.isSynthetic() || method.isBridge() || Modifier.isStatic(method.getModifiers())
                || method.getParameterCount() != 0) {
            return null;
        }
        String name = method.getName();
        String rest = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : "";
        if (rest.isEmpty()) {
            return null;
        }
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1)) && Character.isUpperCase(rest.charAt(0))) {
            return rest;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
}
