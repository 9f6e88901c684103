package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.neuron.SpikeTimesSource;

class SourcesTest {

    /** Spike times per element of population 0. */
    private static List<List<Double>> record(Simulation sim, int elements, long steps) {
        List<List<Double>> t = new ArrayList<>();
        for (int i = 0; i < elements; i++) {
            t.add(new ArrayList<>());
        }
        sim.addObserver(v -> {
            int[] ids = v.spikeIds(0);
            for (int j = 0; j < v.spikeCount(0); j++) {
                t.get(ids[j]).add(v.timeMs());
            }
        });
        sim.run(steps);
        return t;
    }

    @Test
    void poissonRateIsWithinThreeSigmaAndIntervalsAreExponential() {
        int n = 200;
        double rate = 40;
        double seconds = 20;
        try (Simulation sim = Engine.compile(Net.create().pop("p", n, new PoissonSource(rate, List.of())).build())) {
            List<List<Double>> t = record(sim, n, Math.round(seconds * 10000));
            long total = t.stream().mapToLong(List::size).sum();
            double expected = n * rate * seconds;
            assertEquals(expected, total, 3 * Math.sqrt(expected), "spike count");
            double cvSum = 0;
            for (List<Double> s : t) {
                double sum = 0;
                double sq = 0;
                for (int k = 1; k < s.size(); k++) {
                    double d = s.get(k) - s.get(k - 1);
                    sum += d;
                    sq += d * d;
                }
                int m = s.size() - 1;
                double mean = sum / m;
                cvSum += Math.sqrt(sq / m - mean * mean) / mean;
            }
            assertEquals(1.0, cvSum / n, 0.03, "ISI CV of a Poisson train");
        }
    }

    @Test
    void poissonRateScheduleChangesTheRate() {
        PoissonSource src = new PoissonSource(10, List.of(new PoissonSource.RateChange(1000, 100)));
        try (Simulation sim = Engine.compile(Net.create().pop("p", 500, src).build())) {
            sim.run(10000);
            long first = sim.spikeCount();
            sim.run(10000);
            long second = sim.spikeCount() - first;
            assertEquals(500 * 10.0, first, 3 * Math.sqrt(5000));
            assertEquals(500 * 100.0, second, 3 * Math.sqrt(50000));
        }
    }

    @Test
    void highRatePoissonFiresSeveralTimesPerStep() {
        try (Simulation sim = Engine.compile(Net.create().pop("p", 100, new PoissonSource(20000, List.of())).build())) {
            sim.run(10000);
            assertEquals(100 * 20000.0, sim.spikeCount(), 3 * Math.sqrt(2e6));
        }
    }

    @Test
    void spikeTimesAreEmittedExactly() {
        List<List<Double>> times = List.of(List.of(0.5, 1.0, 12.3, 99.9), List.of(), List.of(50.0, 50.05));
        try (Simulation sim = Engine.compile(Net.create().pop("s", 3, new SpikeTimesSource(times)).build())) {
            List<List<Double>> t = record(sim, 3, 1000);
            assertEquals(List.of(0.5, 1.0, 12.3, 99.9), round(t.get(0)));
            assertEquals(List.of(), t.get(1));
            // Two spikes inside the step ending at 50.1 ms: 50.0 is on the grid, 50.05 goes to 50.1.
            assertEquals(List.of(50.0, 50.1), round(t.get(2)));
        }
    }

    @Test
    void regularSourceFiresOnItsGrid() {
        RegularSource r = new RegularSource(100, 2.5, 10, 50);
        try (Simulation sim = Engine.compile(Net.create().pop("r", 2, r).build())) {
            List<List<Double>> t = record(sim, 2, 1000);
            assertEquals(List.of(12.5, 22.5, 32.5, 42.5), round(t.get(0)));
            assertEquals(t.get(0), t.get(1));
        }
    }

    private static List<Double> round(List<Double> t) {
        List<Double> r = new ArrayList<>();
        for (double x : t) {
            r.add(Math.round(x * 1e6) / 1e6);
        }
        return r;
    }

    @Test
    void poissonTrainsAreIndependentAcrossElements() {
        try (Simulation sim = Engine.compile(Net.create().pop("p", 2, new PoissonSource(50, List.of())).build())) {
            List<List<Double>> t = record(sim, 2, 100000);
            assertTrue(!t.get(0).equals(t.get(1)));
            assertTrue(t.get(0).size() > 400 && t.get(1).size() > 400);
        }
    }
}
