package org.neuroloom.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exact text of the project file format, pinned by a golden file that covers every type. */
class GoldenFormatTest {

    private static final String GOLDEN = "/golden/every-type.neuroloom.json";

    private static String golden() throws IOException {
        try (InputStream in = GoldenFormatTest.class.getResourceAsStream(GOLDEN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writerProducesTheGoldenText() throws IOException {
        assertEquals(golden(), ProjectFiles.write(GoldenProject.build()));
    }

    @Test
    void goldenTextReadsBackToTheSameProject() throws Exception {
        assertEquals(GoldenProject.build(), ProjectFiles.read(golden(), "every-type.neuroloom.json"));
    }
}
