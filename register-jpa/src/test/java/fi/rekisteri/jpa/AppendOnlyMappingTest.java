package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.rekisteri.jpa.internal.ProcessingEntryEntity;
import fi.rekisteri.jpa.internal.SubjectEventEntity;
import jakarta.persistence.Column;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The log and the subjects' events are append-only: no API updates or deletes, and no mapping can. */
class AppendOnlyMappingTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.rekisteri.jpa");

    private static Set<String> publicInstanceMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void logAndStoreOfferOnlyAppendAndRead() {
        assertEquals(Set.of("record", "recordAll", "about", "between"), publicInstanceMethods(JpaProcessingLog.class));
        assertEquals(Set.of("load", "history", "giveConsent", "withdrawConsent", "objectToDirectMarketing",
                "restrict", "liftRestriction"), publicInstanceMethods(SubjectStateStore.class));
    }

    @ParameterizedTest
    @ValueSource(classes = {ProcessingEntryEntity.class, SubjectEventEntity.class})
    void everyColumnIsNotUpdatable(Class<?> entity) {
        for (var field : entity.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            assertTrue(column != null && !column.updatable(), field.getName() + " is an updatable column");
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {ProcessingEntryEntity.class, SubjectEventEntity.class})
    void onlyConstructorsAssignTheFields(Class<?> entity) {
        JavaClass type = MAIN.get(entity);
        for (JavaField field : type.getFields()) {
            for (JavaFieldAccess access : field.getAccessesToSelf()) {
                if (access.getAccessType() == JavaFieldAccess.AccessType.SET) {
                    assertTrue(access.getOrigin().isConstructor() && access.getOriginOwner().equals(type),
                            access.getDescription());
                }
            }
        }
        assertFalse(Arrays.stream(entity.getMethods()).anyMatch(m -> m.getName().startsWith("set")),
                entity.getSimpleName() + " has a setter");
    }

}
