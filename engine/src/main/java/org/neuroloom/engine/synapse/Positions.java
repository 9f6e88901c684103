package org.neuroloom.engine.synapse;

import org.neuroloom.engine.random.Rng;
import org.neuroloom.model.Geometry;

/**
 * Positions of a population's elements in its sheet (µm): a grid is row-major with
 * {@code ceil(sqrt(n))} columns, elements at cell centres; random positions are uniform,
 * drawn from streams keyed by (seed, population, element).
 */
public final class Positions {
    private Positions() {
    }

    /** x, y of each element, or {@code null} without geometry. */
    public static double[][] of(Geometry g, int size, long seed, long populationKey) {
        if (g == null) {
            return null;
        }
        double[][] xy = new double[size][2];
        if (g.layout() == Geometry.Layout.GRID) {
            int cols = (int) Math.ceil(Math.sqrt(size));
            int rows = (size + cols - 1) / cols;
            for (int i = 0; i < size; i++) {
                xy[i][0] = (i % cols + 0.5) * g.widthUm() / cols;
                xy[i][1] = (i / cols + 0.5) * g.heightUm() / rows;
            }
        } else {
            for (int i = 0; i < size; i++) {
                Rng.Stream r = new Rng.Stream(Rng.key(seed, populationKey, 0x9E0, i));
                xy[i][0] = (1 - r.nextUnit()) * g.widthUm();
                xy[i][1] = (1 - r.nextUnit()) * g.heightUm();
            }
        }
        return xy;
    }
}
