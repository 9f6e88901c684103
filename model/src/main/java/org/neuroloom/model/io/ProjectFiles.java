package org.neuroloom.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.neuroloom.model.Project;
import org.neuroloom.model.validate.Problem;
import org.neuroloom.model.validate.Validator;

/**
 * Reads and writes {@code *.neuroloom.json} project files.
 *
 * <p>Loading is all-or-nothing: the text is parsed to a JSON tree, the tree is checked against
 * the record classes ({@link StructureCheck}: unknown, missing and mistyped fields, unknown type
 * names, non-finite numbers), only then mapped to records with Jackson, and the result must pass
 * the {@link Validator}. Any problem at any stage ends the load with a
 * {@link ProjectLoadException} that lists every problem of that stage, each naming the file, the
 * JSON path, the value and what is allowed. The heap {@linkplain org.neuroloom.model.validate.SizeEstimate
 * size check} is not part of loading (a network too big for this machine can still be opened,
 * edited and exported); commands that build a network run it.
 *
 * <p>Saving writes the format of {@link ProjectWriter} through {@link AtomicFiles}: a crash never
 * leaves a half-written project.
 */
public final class ProjectFiles {

    /** Project files larger than this are refused before reading (a project is text, not data). */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final int MAX_PARSER_MESSAGE = 160;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // NaN and Infinity are parsed so that the structure check can name them with their path.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Keeps the literal text of every number, so 1e400 is reported as written, not as Infinity.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ProjectFiles() {
    }

    /** Loads and validates the project in {@code file}; problems name the file as given. */
    public static Project load(Path file) throws ProjectLoadException {
        String name = file.toString();
        return read(readText(file, name), name);
    }

    /**
     * Parses, checks and validates project JSON.
     *
     * @param json     the file's text
     * @param fileName the name problems are reported under
     */
    public static Project read(String json, String fileName) throws ProjectLoadException {
        JsonNode root = parse(json, fileName);
        List<Problem> problems = StructureCheck.check(root, Project.class);
        fail(problems, fileName);
        Project project;
        try {
            project = MAPPER.treeToValue(root, Project.class);
        } catch (JsonProcessingException | RuntimeException e) {
            // The structure check should have caught everything Jackson refuses; if not, still a clean message.
            throw failure(fileName, "$", "cannot be read: " + shorten(e instanceof JsonProcessingException j
                    ? j.getOriginalMessage() : String.valueOf(e.getMessage())));
        }
        fail(Validator.validate(project), fileName);
        return project;
    }

    /** The project file text of {@code project}. @throws IllegalArgumentException if it holds NaN or infinity */
    public static String write(Project project) {
        return ProjectWriter.write(project, Project.class);
    }

    /**
     * Saves {@code project} to {@code file} atomically: if writing fails for any reason, the
     * previous file is left untouched.
     *
     * @throws IllegalArgumentException if the project holds a value JSON cannot represent (NaN, infinity)
     */
    public static void save(Project project, Path file) throws IOException {
        AtomicFiles.write(file, write(project).getBytes(StandardCharsets.UTF_8));
    }

    private static String readText(Path file, String name) throws ProjectLoadException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw failure(name, "", "is a directory, not a project file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // Devices and pipes (/dev/zero, a FIFO) could be read forever.
                throw failure(name, "", "is not a regular file");
            }
            if (Files.exists(file) && Files.size(file) > MAX_FILE_BYTES) {
                throw failure(name, "", "is too large (" + Files.size(file) / (1024 * 1024) + " MB; project files are at most "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read one byte past the limit, so a file that grows while being read is still refused.
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw failure(name, "", "is too large (project files are at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
            }
        } catch (NoSuchFileException e) {
            throw failure(name, "", "cannot be read: no such file");
        } catch (AccessDeniedException e) {
            throw failure(name, "", "cannot be read: permission denied");
        } catch (IOException | SecurityException e) {
            throw failure(name, "", "cannot be read: " + shorten(String.valueOf(e.getMessage())));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw failure(name, "", "is not a project file: it is not UTF-8 text");
        }
    }

    private static JsonNode parse(String json, String fileName) throws ProjectLoadException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String why = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")
                    ? "there is more text after the project's closing brace" : shorten(e.getOriginalMessage());
            throw failure(fileName, "$", "is not valid JSON" + where + ": " + why);
        }
        if (root == null || root.isMissingNode()) {
            throw failure(fileName, "$", "the file is empty (expected a JSON object with the project)");
        }
        return root;
    }

    private static void fail(List<Problem> problems, String fileName) throws ProjectLoadException {
        if (!problems.isEmpty()) {
            throw new ProjectLoadException(problems.stream().map(p -> p.inFile(fileName)).toList());
        }
    }

    private static ProjectLoadException failure(String fileName, String path, String message) {
        return new ProjectLoadException(List.of(new Problem(fileName, path, "", message)));
    }

    // Parser messages can quote raw input: keep them on one printable line of bounded length.
    private static String shorten(String message) {
        String line = message == null ? "" : message.replaceAll("\\p{Cntrl}", " ").replaceAll("[^\\p{Print}\\p{L}]", "?")
                .replaceAll(", from `[^`]*`", "");
        return line.length() > MAX_PARSER_MESSAGE ? line.substring(0, MAX_PARSER_MESSAGE - 3) + "..." : line;
    }
}
