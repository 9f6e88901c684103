package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.sweep.SweepGrid;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.neuron.Lif;

/** Variants of a sweep run at the same time when the sweep may use several workers, one after another when not. */
class SweepRunnerTest {

    /** 2000 LIF cells on a bias current for 2 s: long enough (~0.3 s of work) that two variants must overlap. */
    private static List<SweepGrid.Variant> variants() {
        List<SweepGrid.Variant> list = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Population p = new Population("cells", null, 2000, new Lif(250, 10, -70, -55, -70, 2, 500 + 10 * i), null, null, null);
            Project project = Project.empty("v" + i).withNetwork(new Network(List.of(p), List.of(), List.of()))
                    .withSimulation(new Simulation(0.1, 2000, 1, "1"));
            list.add(new SweepGrid.Variant(i, List.of(Integer.toString(500 + 10 * i)), project));
        }
        return list;
    }

    private static List<SweepRunner.Result> run(int parallel) throws Exception {
        List<SweepRunner.Result> results = new ArrayList<>();
        int failed = new SweepRunner(List.of("cells"), 0, parallel, 1).run(variants(), results::add);
        assertEquals(0, failed);
        assertEquals(List.of(0, 1), results.stream().map(r -> r.variant().index()).toList(), "rows in grid order");
        return results;
    }

    @Test
    void twoWorkersRunTwoVariantsAtTheSameTime() throws Exception {
        List<SweepRunner.Result> r = run(2);
        long lastStart = Math.max(r.get(0).startNanos(), r.get(1).startNanos());
        long firstEnd = Math.min(r.get(0).endNanos(), r.get(1).endNanos());
        assertTrue(lastStart < firstEnd, "the second variant started before the first ended: overlap "
                + (firstEnd - lastStart) / 1e6 + " ms");
        assertTrue(r.get(1).rateHz()[0] > r.get(0).rateHz()[0], "more current, faster firing");
    }

    @Test
    void oneWorkerRunsThemOneAfterAnother() throws Exception {
        List<SweepRunner.Result> r = run(1);
        assertTrue(r.get(0).endNanos() <= r.get(1).startNanos(), "variant 1 started after variant 0 ended");
    }
}
