package org.neuroloom.engine.modulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.neuroloom.model.modulator.Modulator;

/**
 * All neuromodulators of a network during a run. The coordinating thread advances them once
 * per step, after the workers finished the step (step phase 4 of the engine contract).
 */
public final class ModulatorBank {
    private final ModulatorState[] states;

    /**
     * @param modulators      the network's modulators
     * @param populationIndex index of a population id (every {@code releasedBy} id must exist;
     *                        the model's validation guarantees it)
     * @param dtMs            time step
     */
    public ModulatorBank(List<Modulator> modulators, ToIntFunction<String> populationIndex, double dtMs) {
        List<ModulatorState> list = new ArrayList<>();
        for (Modulator m : modulators) {
            int[] releasing = new int[m.releasedBy().size()];
            for (int i = 0; i < releasing.length; i++) {
                releasing[i] = populationIndex.applyAsInt(m.releasedBy().get(i));
            }
            list.add(new ModulatorState(m, releasing, dtMs));
        }
        states = list.toArray(new ModulatorState[0]);
    }

    /**
     * Advances every modulator over the step that just ended.
     *
     * @param tEndMs              simulated time at the end of the step
     * @param spikesPerPopulation spikes of each population in this step, by population index
     */
    public void advance(double tEndMs, int[] spikesPerPopulation) {
        for (ModulatorState s : states) {
            long releasing = 0;
            for (int p : s.releasingPopulations()) {
                releasing += spikesPerPopulation[p];
            }
            s.advance(tEndMs, releasing);
        }
    }

    /** Back to the start of a run. */
    public void reset() {
        for (ModulatorState s : states) {
            s.reset();
        }
    }

    /** The modulator with this id, or {@code null}. */
    public ModulatorState byId(String id) {
        for (ModulatorState s : states) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** Number of modulators. */
    public int size() {
        return states.length;
    }

    /** The modulator at {@code index}, in network order. */
    public ModulatorState get(int index) {
        return states[index];
    }
}
