package org.neuroloom.app.run;

import java.util.List;
import org.neuroloom.engine.control.Speed;

/** The speeds the toolbar offers. */
public enum SpeedChoice {
    X0_1("×0.1", 0.1), X0_5("×0.5", 0.5), X1("×1 real time", 1), X2("×2", 2), X10("×10", 10), MAX("max", Double.POSITIVE_INFINITY);

    private final String label;
    private final double factor;

    SpeedChoice(String label, double factor) {
        this.label = label;
        this.factor = factor;
    }

    /** Simulated time per wall time; infinite for as fast as possible. */
    public double factor() {
        return factor;
    }

    public Speed speed() {
        return Double.isInfinite(factor) ? Speed.MAX : Speed.times(factor);
    }

    public static List<SpeedChoice> all() {
        return List.of(values());
    }

    @Override
    public String toString() {
        return label;
    }
}
