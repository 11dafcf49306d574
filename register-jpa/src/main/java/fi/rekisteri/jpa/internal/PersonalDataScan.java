package fi.rekisteri.jpa.internal;

import fi.rekisteri.jpa.PersonalData;
import fi.rekisteri.jpa.PersonalDataField;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@link PersonalData} fields and properties of a class, its superclasses and its embedded values, scanned once
 * per class: the entity listener asks on every load and write.
 */
public final class PersonalDataScan {

    /** Embeddables inside embeddables deeper than this are not followed: a cycle, or a mapping no one writes. */
    private static final int MAX_EMBEDDING_DEPTH = 8;

    private static final ClassValue<Scanned> SCANS = new ClassValue<>() {
        @Override
        protected Scanned computeValue(Class<?> type) {
            Class<?> entity = entityClass(type);
            List<PersonalDataField> fields = new ArrayList<>();
            scan(entity, type, "", 0, fields);
            Set<String> categories = new LinkedHashSet<>();
            fields.forEach(f -> categories.add(f.category()));
            return new Scanned(entity, List.copyOf(fields), List.copyOf(categories));
        }
    };

    private PersonalDataScan() {}

    /** The class's annotated fields and properties, superclasses' first. */
    public static List<PersonalDataField> fields(Class<?> type) {
        return SCANS.get(type).fields();
    }

    /** The distinct category keys the class's annotated members name, in declaration order. */
    public static List<String> categories(Class<?> type) {
        return SCANS.get(type).categories();
    }

    /**
     * The class to name in messages: the nearest {@code @Entity} up the hierarchy, so that a provider's proxy
     * subclass reads as the entity it stands for.
     */
    public static Class<?> entityClass(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                return c;
            }
        }
        return type;
    }

    private static void scan(Class<?> entity, Class<?> type, String prefix, int depth, List<PersonalDataField> out) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isSynthetic() || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                member(entity, field, prefix + field.getName(), field.getType(), depth, out);
            }
            for (Method method : c.getDeclaredMethods()) {
                if (method.isSynthetic() || method.isBridge() || Modifier.isStatic(method.getModifiers())
                        || method.getParameterCount() != 0) {
                    continue;
                }
                String property = propertyName(method.getName());
                if (property != null) {
                    member(entity, method, prefix + property, method.getReturnType(), depth, out);
                }
            }
        }
    }

    private static void member(Class<?> entity, AnnotatedElement element, String name, Class<?> type, int depth,
            List<PersonalDataField> out) {
        PersonalData data = element.getAnnotation(PersonalData.class);
        if (data != null) {
            String category = data.category().strip();
            if (category.isEmpty()) {
                throw new IllegalArgumentException("@PersonalData on " + entity.getName() + "." + name
                        + " has a blank category: name one of the register's data category keys");
            }
            out.add(new PersonalDataField(entity, name, category));
        }
        if (type.isAnnotationPresent(Embeddable.class) && depth < MAX_EMBEDDING_DEPTH) {
            scan(entity, type, name + ".", depth + 1, out);
        }
    }

    private static @Nullable String propertyName(String method) {
        if (method.startsWith("get") && method.length() > 3) {
            return decapitalize(method.substring(3));
        }
        if (method.startsWith("is") && method.length() > 2) {
            return decapitalize(method.substring(2));
        }
        return null;
    }

    /** As JavaBeans does: {@code Email} → {@code email}, but {@code URL} stays {@code URL}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private record Scanned(Class<?> entity, List<PersonalDataField> fields, List<String> categories) {}
}
