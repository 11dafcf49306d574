package fi.rekisteri.core.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public API of a module as its compiled classes and {@code module-info.class} give it: every public type of the
 * packages the module exports, nested ones included (not annotations). For the tests that hold every type of the
 * API to a rule, so that a type added later is held to it too; the other modules' tests use it through the test jar.
 */
public final class ApiTypes {

    private ApiTypes() {}

    /** The public types of the exported packages of the module that {@code anyType} is compiled into. */
    public static List<Class<?>> of(Class<?> anyType) {
        Path classes = classesDirectory(anyType);
        ModuleDescriptor descriptor = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
        List<Class<?>> types = new ArrayList<>();
        for (ModuleDescriptor.Exports export : descriptor.exports().stream()
                .sorted((a, b) -> a.source().compareTo(b.source())).toList()) {
            Path directory = classes.resolve(export.source().replace('.', '/'));
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".class") || name.equals("package-info.class")) {
                        continue;
                    }
                    Class<?> type = load(export.source() + "." + name.substring(0, name.length() - ".class".length()),
                            anyType.getClassLoader());
                    if (isApi(type)) {
                        types.add(type);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return types;
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return !type.isAnnotation() && !type.isAnonymousClass() && !type.isSynthetic();
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Path classesDirectory(Class<?> anyType) {
        try {
            return Path.of(anyType.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
