package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (app -> engine -> model) and nothing below the app touches JavaFX.
 * A plain scan of the import statements of the model and engine sources (main and test), found
 * relative to this module.
 */
class ArchitectureTest {

    private static final Path MODEL = Path.of("..", "model", "src");
    private static final Path ENGINE = Path.of("src");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** "file: import x" for every import of a source file under {@code root} that starts with one of {@code forbidden}. */
    static List<String> violations(Path root, String... forbidden) {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(root)) {
            Matcher m = IMPORT.matcher(read(file));
            while (m.find()) {
                for (String prefix : forbidden) {
                    if (m.group(1).startsWith(prefix)) {
                        found.add(file + ": import " + m.group(1));
                    }
                }
            }
        }
        return found;
    }

    static List<Path> javaFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void bothSourceTreesAreFound() {
        assertTrue(javaFiles(MODEL).size() > 30, "model sources not found from " + Path.of("").toAbsolutePath());
        assertTrue(javaFiles(ENGINE).stream().anyMatch(p -> p.endsWith("ArchitectureTest.java")));
    }

    @Test
    void modelImportsNeitherJavaFxNorEngineNorApp() {
        assertEquals(List.of(), violations(MODEL, "javafx.", "org.neuroloom.engine.", "org.neuroloom.app."));
    }

    @Test
    void engineImportsNeitherJavaFxNorApp() {
        assertEquals(List.of(), violations(ENGINE, "javafx.", "org.neuroloom.app."));
    }

    @Test
    void scanSeesAForbiddenImport(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Bad.java"), "package x;\n\nimport static javafx.application.Platform.runLater;\nimport java.util.List;\n");
        assertEquals(List.of(dir.resolve("Bad.java") + ": import javafx.application.Platform.runLater"), violations(dir, "javafx."));
    }
}
