package org.neuroloom.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.neuroloom.model.param.Param;

/**
 * Positions of a population's elements in a 2D sheet, for distance-dependent connectivity:
 * a regular grid (row-major, as square as the size allows) or uniformly random positions
 * (drawn from the project seed).
 *
 * @param layout   grid or random
 * @param widthUm  sheet width
 * @param heightUm sheet height
 */
public record Geometry(
        Layout layout,
        @Param(label = "Sheet width", unit = "µm", def = 1000, min = 0, minExclusive = true, step = 50) double widthUm,
        @Param(label = "Sheet height", unit = "µm", def = 1000, min = 0, minExclusive = true, step = 50) double heightUm) {

    /** How positions are laid out. */
    public enum Layout {
        @JsonProperty("grid") GRID,
        @JsonProperty("random") RANDOM
    }
}
