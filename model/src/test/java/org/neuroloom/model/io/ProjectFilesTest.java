package org.neuroloom.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.model.Project;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.testing.Fixtures;
import org.neuroloom.model.validate.Problem;

/** Loading from and saving to files: file-level problems and atomic saves. */
class ProjectFilesTest {

    @TempDir
    Path dir;

    private static List<String> loadProblems(Path file) {
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> ProjectFiles.load(file));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private List<Path> directoryListing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void savedFileIsUtf8WithATrailingNewlineAndLoadsBack() throws Exception {
        Path file = dir.resolve("p.neuroloom.json");
        ProjectFiles.save(Fixtures.base(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 1,\n"), text);
        assertTrue(text.endsWith("}\n"));
        assertEquals(Fixtures.base(), ProjectFiles.load(file));
    }

    @Test
    void saveReplacesTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("p.neuroloom.json");
        Files.writeString(file, "old");
        ProjectFiles.save(Fixtures.base(), file);
        assertEquals(ProjectFiles.write(Fixtures.base()), Files.readString(file));
        assertEquals(List.of(file), directoryListing());
    }

    @Test
    void failedWriteKeepsTheOldFileAndRemovesTheTemporaryFile() throws Exception {
        Path file = dir.resolve("p.neuroloom.json");
        Files.writeString(file, "the last good version");
        byte[] newText = ProjectFiles.write(Fixtures.base()).getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, newText, tmp -> {
            // The new text is on disk in full, next to the old file, when the failure strikes.
            assertEquals(newText.length, Files.size(tmp));
            assertEquals(dir, tmp.getParent());
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("the last good version", Files.readString(file));
        assertEquals(List.of(file), directoryListing());
    }

    @Test
    void projectThatCannotBeWrittenLeavesTheOldFileUntouched() throws Exception {
        Path file = dir.resolve("p.neuroloom.json");
        Files.writeString(file, "the last good version");
        Project bad = Fixtures.base().withSimulation(new Simulation(0.1, Double.POSITIVE_INFINITY, 1, "auto"));
        assertThrows(IllegalArgumentException.class, () -> ProjectFiles.save(bad, file));
        assertEquals("the last good version", Files.readString(file));
        assertEquals(List.of(file), directoryListing());
    }

    @Test
    void saveKeepsTheOldFilesPermissions() throws Exception {
        Path file = dir.resolve("p.neuroloom.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        ProjectFiles.save(Fixtures.base(), file);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nothing.neuroloom.json");
        assertEquals(List.of(file + ": cannot be read: no such file"), loadProblems(file));
    }

    @Test
    void directoryIsRefused() {
        assertEquals(List.of(dir + ": is a directory, not a project file"), loadProblems(dir));
    }

    @Test
    void deviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
        assertEquals(List.of("/dev/zero: is not a regular file"), loadProblems(zero));
    }

    @Test
    void hugeFileIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("huge.neuroloom.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024); // sparse: no disk space used
        }
        assertEquals(List.of(file + ": is too large (300 MB; project files are at most 256 MB)"), loadProblems(file));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        Path file = dir.resolve("garbage.neuroloom.json");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0x80, 0x7b});
        assertEquals(List.of(file + ": is not a project file: it is not UTF-8 text"), loadProblems(file));
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = dir.resolve("empty.neuroloom.json");
        Files.createFile(file);
        assertEquals(List.of(file + ": $: the file is empty (expected a JSON object with the project)"), loadProblems(file));
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        Path file = dir.resolve("bom.neuroloom.json");
        Files.writeString(file, "\uFEFF" + ProjectFiles.write(Fixtures.base()), StandardCharsets.UTF_8);
        assertEquals(Fixtures.base(), ProjectFiles.load(file));
    }

    @Test
    void truncatedFileIsRefusedWithItsPosition() throws IOException {
        Path file = dir.resolve("cut.neuroloom.json");
        String text = ProjectFiles.write(Fixtures.base());
        Files.writeString(file, text.substring(0, text.indexOf("\"network\"")));
        assertEquals(List.of(file + ": $: is not valid JSON at line 10, column 3: Unexpected end-of-input within/between Object entries"),
                loadProblems(file));
    }

    @Test
    void clippedNormalIsWrittenWithItsOutsideRuleAndAWrongRuleIsNamed() throws Exception {
        Distribution clipped = new Distribution.Normal(200, 120, 0.0, null, Distribution.Outside.CLIP);
        Project p = Fixtures.withProjection(Fixtures.base(), 0, pr -> pr.withWeight(clipped));
        String text = ProjectFiles.write(p);
        assertTrue(text.contains("\"outside\": \"clip\""), text);
        assertEquals(p, ProjectFiles.read(text, "p.neuroloom.json"));
        ProjectLoadException e = assertThrows(ProjectLoadException.class,
                () -> ProjectFiles.read(text.replace("\"clip\"", "\"squash\""), "p.neuroloom.json"));
        assertEquals(List.of("p.neuroloom.json: $.network.projections[0].weight.outside: \"squash\" is not allowed"
                + " (allowed: redraw, clip)"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void redrawnNormalDoesNotWriteTheOutsideRule() {
        Project p = Fixtures.withProjection(Fixtures.base(), 0, pr -> pr.withWeight(new Distribution.Normal(5, 1, 0.0, null)));
        assertFalse(ProjectFiles.write(p).contains("outside"));
    }
}
