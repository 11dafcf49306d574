package fi.rekisteri.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.validation.ConstraintValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture rules every Rekisteri module keeps, parameterised by the module's root package. Each module's
 * {@code ArchitectureTest} applies them to its own classes; register-core ships them in its test jar.
 */
public final class ArchitectureRules {

    /** The module root packages, for rules that look across modules. */
    public static final List<String> MODULES = List.of("fi.rekisteri.core", "fi.rekisteri.jpa", "fi.rekisteri.export");

    private ArchitectureRules() {}

    /** Packages form no cycles. */
    public static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /** No class uses another module's {@code internal} packages. */
    public static ArchRule noUseOfOtherModulesInternals(String root) {
        String[] others = MODULES.stream()
                .filter(module -> !module.equals(root))
                .map(module -> module + "..internal..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("a module's internal packages are its own; module-info.java does not export them");
    }

    /** Public API types neither extend nor expose internal types in public signatures. */
    public static ArchRule apiDoesNotExposeInternals(String root) {
        return classes().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..internal..")
                .and().arePublic()
                .should(new ArchCondition<JavaClass>("not expose internal types in their public API") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        List<JavaType> exposed = new ArrayList<>();
                        type.getRawSuperclass().ifPresent(exposed::add);
                        exposed.addAll(type.getRawInterfaces());
                        for (JavaCodeUnit unit : type.getCodeUnits()) {
                            if (unit.getModifiers().contains(JavaModifier.PUBLIC)
                                    || unit.getModifiers().contains(JavaModifier.PROTECTED)) {
                                exposed.add(unit.getReturnType());
                                exposed.addAll(unit.getParameterTypes());
                                exposed.addAll(unit.getExceptionTypes());
                            }
                        }
                        for (JavaField field : type.getFields()) {
                            if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
                                exposed.add(field.getType());
                            }
                        }
                        for (JavaType t : exposed) {
                            for (JavaClass involved : t.getAllInvolvedRawTypes()) {
                                if (involved.getPackageName().contains(".internal")) {
                                    events.add(SimpleConditionEvent.violated(type, type.getName()
                                            + " exposes internal type " + involved.getName()));
                                }
                            }
                        }
                    }
                });
    }

    /** No library class writes to System.out or System.err, except the packages given (a CLI). */
    public static ArchRule noStandardStreams(String root, String... allowedPackages) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(allowedPackages)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("a library logs through SLF4J; only the command-line tool prints");
    }

    /** No class uses java.util.logging. */
    public static ArchRule noJavaUtilLogging(String root) {
        return noClasses().that().resideInAPackage(root + "..").should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING);
    }

    /** The domain model of the given packages has no public setters. */
    public static ArchRule noPublicSetters(String... modelPackages) {
        return noMethods().that().areDeclaredInClassesThat().resideInAnyPackage(modelPackages)
                .and().haveNameMatching("set[A-Z].*")
                .should().bePublic()
                .because("the domain model is immutable: changes go through builders or with-methods")
                // A model with no set-method at all is what the rule wants, not an empty rule by mistake.
                .allowEmptyShould(true);
    }

    /**
     * The domain model's instance fields are final; builders and Bean Validation validators (which the provider
     * initialises after construction) excepted.
     */
    public static ArchRule modelFieldsAreFinal(String... modelPackages) {
        return fields().that().areDeclaredInClassesThat().resideInAnyPackage(modelPackages)
                .and().areNotStatic()
                .and().areDeclaredInClassesThat(DescribedPredicate.not(
                        JavaClass.Predicates.simpleNameEndingWith("Builder")))
                .and().areDeclaredInClassesThat(DescribedPredicate.not(
                        JavaClass.Predicates.assignableTo(ConstraintValidator.class)))
                .should().beFinal()
                .because("the domain model is immutable");
    }

}
