package org.neuroloom.app.views;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a view as PNG (a snapshot of its node) or the data behind it as CSV. */
public final class ViewExport {
    private ViewExport() {
    }

    /** Writes a PNG of {@code node} as it is shown now. Must run on the JavaFX thread. */
    public static void png(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    /** Writes the CSV of {@code data}. */
    public static void csv(CsvExportable data, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            data.writeCsv(out);
        }
    }
}
