package fi.rekisteri.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The module descriptor of a library module's packaged jar, as an application's module path sees it, for the
 * {@code *ModuleDescriptorIT} tests that failsafe runs after {@code package}. The jar's path comes from the system
 * property {@code rekisteri.packagedJar}, which the parent pom sets.
 *
 * <p>The descriptor is compared as lines ({@code exports fi.rekisteri.core}, {@code opens a.b to c.d},
 * {@code requires static transitive org.jspecify}) so that a failure shows exactly what was added or lost.
 */
public final class PackagedModule {

    private final ModuleDescriptor descriptor;

    private PackagedModule(ModuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** The module in the jar this build packaged; fails if there is no jar or it holds no explicit module. */
    public static PackagedModule ofThisBuild() {
        String property = System.getProperty("rekisteri.packagedJar");
        assertTrue(property != null, "rekisteri.packagedJar is not set: run this test with failsafe (mvn verify)");
        Path jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), jar + " is not there: the test runs after package");
        Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
        assertEquals(1, modules.size(), "modules in " + jar);
        ModuleDescriptor descriptor = modules.iterator().next().descriptor();
        assertTrue(!descriptor.isAutomatic(), jar + " has no module-info.class");
        return new PackagedModule(descriptor);
    }

    /** The module's name. */
    public String name() {
        return descriptor.name();
    }

    /**
     * Every directive that decides what others see and what the module needs: its exports, opens, requires,
     * uses and provides, one line each, sorted. The implied {@code requires mandated java.base} is left out.
     */
    public List<String> directives() {
        TreeSet<String> lines = new TreeSet<>();
        descriptor.exports().forEach(e -> lines.add(qualified("exports", e.source(), e.targets())));
        descriptor.opens().forEach(o -> lines.add(qualified("opens", o.source(), o.targets())));
        descriptor.requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
                .forEach(r -> lines.add(String.join(" ", Stream.concat(Stream.of("requires"),
                        Stream.concat(r.modifiers().stream().map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
                                .sorted(), Stream.of(r.name()))).toList())));
        descriptor.uses().forEach(u -> lines.add("uses " + u));
        descriptor.provides().forEach(p -> lines.add("provides " + p.service() + " with "
                + String.join(", ", p.providers())));
        if (descriptor.isOpen()) {
            lines.add("open module");
        }
        return List.copyOf(lines);
    }

    /** Asserts that the module is named so and has exactly these directives, in any order. */
    public void assertExactly(String expectedName, String... expectedDirectives) {
        assertEquals(expectedName, name());
        assertEquals(List.copyOf(new TreeSet<>(List.of(expectedDirectives))), directives(),
                () -> "the module descriptor of " + expectedName + " changed: if that is intended, say so here");
    }

    private static String qualified(String directive, String pkg, Set<String> targets) {
        return targets.isEmpty()
                ? directive + " " + pkg
                : directive + " " + pkg + " to " + String.join(", ", new TreeSet<>(targets));
    }
}
