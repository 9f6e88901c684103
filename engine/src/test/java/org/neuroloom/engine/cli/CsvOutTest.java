package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV sink hands whole lines to the OS, so a killed process never leaves half a line. */
class CsvOutTest {

    @TempDir
    Path dir;

    private static String row(long i) {
        return (i * 7) / 10 + "." + (i * 7) % 10 + "," + (i % 3 == 0 ? "E" : "inhibitory") + "," + i % 4001;
    }

    @Test
    void blocksEndAtLineEndsSoTheFileHoldsOnlyWholeLines() throws Exception {
        Path file = dir.resolve("spikes.csv");
        int rows = 200_000;
        try (CsvOut out = new CsvOut(file, "time_ms,population,neuron")) {
            // about 4 MiB of rows of uneven length: several 1 MiB blocks
            for (long i = 0; i < rows; i++) {
                out.fixed(i * 7, 1).comma().text(i % 3 == 0 ? "E" : "inhibitory").comma().integer(i % 4001).newline();
            }
            out.fixed(1, 1).comma().text("unfinished"); // the row being written when the process dies
            byte[] seen = Files.readAllBytes(file);
            assertTrue(seen.length > 2_000_000, "blocks were written: " + seen.length);
            assertEquals('\n', seen[seen.length - 1], "the file ends at a line end while the writer is mid-row");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int k = 1; k < lines.size(); k++) {
                assertEquals(row(k - 1), lines.get(k), "row " + k);
            }
            out.newline();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(rows + 2, lines.size(), "header, the rows and the last one");
        assertEquals(row(rows - 1), lines.get(rows));
        assertEquals("0.1,unfinished", lines.get(rows + 1));
    }
}
