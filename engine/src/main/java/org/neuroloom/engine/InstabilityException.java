package org.neuroloom.engine;

/**
 * The simulation became numerically unstable (a state variable is NaN, infinite or ran away)
 * and was stopped. Names the population, the neuron, the variable, its value and the time.
 */
public final class InstabilityException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String population;
    private final int neuron;
    private final String variable;
    private final double value;
    private final double timeMs;

    /** Creates the report. */
    public InstabilityException(String population, int neuron, String variable, double value, double timeMs) {
        super(String.format(java.util.Locale.ROOT,
                "numerical instability in population '%s', neuron %d: %s = %s at t = %.3f ms "
                        + "(the network or its parameters drive the state out of range; try smaller weights or dt)",
                population, neuron, variable, Double.toString(value), timeMs));
        this.population = population;
        this.neuron = neuron;
        this.variable = variable;
        this.value = value;
        this.timeMs = timeMs;
    }

    /** The population id. */
    public String population() {
        return population;
    }

    /** The element index within the population. */
    public int neuron() {
        return neuron;
    }

    /** The state variable that left its range. */
    public String variable() {
        return variable;
    }

    /** Its value. */
    public double value() {
        return value;
    }

    /** Simulated time of the step in which it happened, ms. */
    public double timeMs() {
        return timeMs;
    }
}
