package org.neuroloom.app.views;

import java.io.IOException;
import java.io.Writer;

/** A view-model that can write the data behind its view as CSV (header line first). */
public interface CsvExportable {
    void writeCsv(Writer out) throws IOException;
}
