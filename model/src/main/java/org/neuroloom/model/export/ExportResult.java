package org.neuroloom.model.export;

import java.util.List;

/**
 * The outcome of an export: the written text (empty when the exporter streamed to a file)
 * and what the target format could not express exactly, one sentence per item naming the
 * population, projection or modulator concerned.
 *
 * @param text        the exported document
 * @param limitations what was left out or approximated
 */
public record ExportResult(String text, List<String> limitations) {
    public ExportResult {
        limitations = List.copyOf(limitations);
    }
}
