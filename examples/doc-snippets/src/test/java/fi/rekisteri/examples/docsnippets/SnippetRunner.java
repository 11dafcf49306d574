package fi.rekisteri.examples.docsnippets;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a {@link SnippetProgram} with the JDK's compiler against this test's class path (the library modules and
 * what they need) and runs it. Failures are {@link AssertionError}s that name the Markdown file and line.
 */
final class SnippetRunner {

    private SnippetRunner() {}

    /** Compiles the program into {@code classes}; throws naming every error's Markdown line when it does not. */
    static void compile(SnippetProgram program, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaFileObject unit = new SimpleJavaFileObject(
                    URI.create("string:///" + SnippetProgram.CLASS_NAME + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return program.source();
                }
            };
            List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
            if (!compiled) {
                String errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> program.where(d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n"));
                throw new AssertionError("the Java snippets of " + program.file() + " do not compile:\n" + errors
                        + "\n\nas one program:\n" + numbered(program.source()));
            }
        }
    }

    /** Compiles the program and runs {@code DocProgram.run()}; throws naming the Markdown line that failed. */
    static void compileAndRun(SnippetProgram program) throws Exception {
        Path classes = Files.createTempDirectory("doc-snippets");
        compile(program, classes);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                SnippetRunner.class.getClassLoader())) {
            // Jakarta Persistence providers find the snippets' own entity classes through the context loader.
            thread.setContextClassLoader(loader);
            loader.loadClass(SnippetProgram.CLASS_NAME).getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError) {
                throw (AssertionError) cause;
            }
            throw new AssertionError("the Java snippets of " + program.file() + " fail at " + failingLine(program,
                    cause) + ": " + cause, cause);
        } finally {
            thread.setContextClassLoader(previous);
            deleteTree(classes);
        }
    }

    private static String failingLine(SnippetProgram program, Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if ((SnippetProgram.CLASS_NAME + ".java").equals(frame.getFileName())
                    && program.markdownLine(frame.getLineNumber()) > 0) {
                return program.where(frame.getLineNumber());
            }
        }
        return program.file();
    }

    private static String numbered(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            text.append(String.format(Locale.ROOT, "%4d  %s%n", i + 1, lines[i]));
        }
        return text.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The class path this test runs on, one entry per element. */
    static List<String> classPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }
}
