package org.neuroloom.engine.probe;

import java.util.List;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Samples state variables of chosen neurons of one population every {@code intervalSteps}
 * steps into a {@link SampleRing}: channel {@code v · neurons + i} is variable {@code v} of the
 * {@code i}-th chosen neuron. A reader that falls behind gets a sparser trace (skipped rows are
 * counted), the engine never waits.
 */
public final class LiveState implements StepObserver {
    private final int population;
    private final int[] neurons;
    private final String[] variables;
    private final int intervalSteps;
    private final SampleRing ring;

    /**
     * @param population    the population
     * @param neurons       element indices within the population
     * @param variables     state variable names, e.g. {@code v}
     * @param intervalSteps sample every this many steps (at least 1)
     * @param capacityRows  rows the ring holds at least
     * @throws IllegalArgumentException naming the bad neuron index or variable
     */
    public LiveState(PopulationInfo population, int[] neurons, List<String> variables, int intervalSteps,
                     int capacityRows) {
        if (neurons.length == 0 || variables.isEmpty()) {
            throw new IllegalArgumentException("choose at least one neuron and one variable of " + population.id());
        }
        for (int i : neurons) {
            if (i < 0 || i >= population.size()) {
                throw new IllegalArgumentException("population " + population.id() + " has neurons 0.."
                        + (population.size() - 1) + "; " + i + " is not one of them");
            }
        }
        for (String v : variables) {
            if (!population.stateVariables().contains(v)) {
                throw new IllegalArgumentException("population " + population.id() + " has no state variable '" + v
                        + "' (it has " + population.stateVariables() + ")");
            }
        }
        if (intervalSteps < 1) {
            throw new IllegalArgumentException("sampling interval must be at least one step, got " + intervalSteps);
        }
        this.population = population.index();
        this.neurons = neurons.clone();
        this.variables = variables.toArray(new String[0]);
        this.intervalSteps = intervalSteps;
        this.ring = new SampleRing(neurons.length * variables.size(), capacityRows);
    }

    /** The ring the reader drains. */
    public SampleRing ring() {
        return ring;
    }

    /** Number of chosen neurons (channels per variable). */
    public int neuronCount() {
        return neurons.length;
    }

    /** Reads no spike ids. */
    @Override
    public boolean needsSpikeIds(int population) {
        return false;
    }

    @Override
    public void afterStep(StepView view) {
        long step = view.stepIndex();
        if ((step + 1) % intervalSteps != 0 || !ring.beginRow(step)) {
            return;
        }
        int n = neurons.length;
        for (int v = 0; v < variables.length; v++) {
            double[] values = view.state(population, variables[v]);
            for (int i = 0; i < n; i++) {
                ring.set(v * n + i, values[neurons[i]]);
            }
        }
        ring.commitRow();
    }
}
