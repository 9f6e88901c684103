package org.neuroloom.model;

import java.util.List;
import org.neuroloom.model.param.OptionalField;
import org.neuroloom.model.param.Param;

/**
 * Which live views the project opens with, and their settings.
 *
 * @param open           view ids: {@code raster}, {@code traces}, {@code rates}, {@code weights}, {@code energy}
 * @param rasterWindowMs width of the scrolling raster window
 */
public record Views(@OptionalField List<String> open,
                   @Param(label = "Raster window", unit = "ms", def = 1000, min = 100, max = 10000, step = 100) double rasterWindowMs) {

    /** The view ids the app knows. */
    public static final List<String> KNOWN = List.of("raster", "traces", "rates", "weights", "energy");

    public Views {
        open = open == null ? List.of() : List.copyOf(open);
    }

    /** Raster and rates, 1 s window. */
    public static Views defaults() {
        return new Views(List.of("raster", "rates"), 1000);
    }
}
