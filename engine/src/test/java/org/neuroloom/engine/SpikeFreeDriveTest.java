package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * A Poisson population whose only role is a static one-to-one projection runs spike-free (per
 * element counts instead of spike ids) unless an observer needs its ids. Both forms must give
 * the same network, the same counters and a Poisson drive.
 */
class SpikeFreeDriveTest {
    private static final int EXT = 2;

    /** A small Brunel network (g = 5, η = 2, J = 0.1 mV, D = 1.5 ms) with one 20 kHz train per neuron. */
    private static Project brunel(String threads) {
        return brunel(threads, new SynapseModel.Delta(), 0.1);
    }

    /**
     * The same with synapse model {@code syn} and weight {@code j} (E; I is -5 j). With
     * exponential currents (weight j pA ≈ the charge of a j·τ_s/C mV jump) the populations run
     * the single-precision LIF kernel, and the drive goes into float rings.
     */
    private static Project brunel(String threads, SynapseModel syn, double j) {
        Lif lif = new Lif(250, 20, 0, 20, 10, 2, 0);
        int kE = 200;
        double extRateHz = kE * 2 * (20.0 / (0.1 * kE * 20.0) * 1000.0);
        return Net.create().seed(3).threads(threads)
                .pop("E", 2000, lif).pop("I", 500, lif)
                .pop("ext_E", 2000, new PoissonSource(extRateHz, List.of()))
                .pop("ext_I", 500, new PoissonSource(extRateHz, List.of()))
                .proj("E_E", "E", "E", new Connector.FixedInDegree(kE, false), syn, j, 1.5)
                .proj("I_E", "I", "E", new Connector.FixedInDegree(kE / 4, false), syn, -5 * j, 1.5)
                .proj("E_I", "E", "I", new Connector.FixedInDegree(kE, false), syn, j, 1.5)
                .proj("I_I", "I", "I", new Connector.FixedInDegree(kE / 4, false), syn, -5 * j, 1.5)
                .proj("ext_E_E", "ext_E", "E", new Connector.OneToOne(), syn, j, 1.5)
                .proj("ext_I_I", "ext_I", "I", new Connector.OneToOne(), syn, j, 1.5)
                .build();
    }

    /** Records the E spikes (step, id) and the listed and total counts of the external drive. */
    private static final class Trace implements StepObserver {
        final boolean wantsExtIds;
        final List<long[]> eSpikes = new ArrayList<>();
        long extListed;
        long extTotal;

        Trace(boolean wantsExtIds) {
            this.wantsExtIds = wantsExtIds;
        }

        @Override
        public boolean needsSpikeIds(int population) {
            return population == 0 || (population == EXT && wantsExtIds);
        }

        @Override
        public void afterStep(StepView v) {
            for (int j = 0; j < v.spikeCount(0); j++) {
                eSpikes.add(new long[]{v.stepIndex(), v.spikeIds(0)[j]});
            }
            extListed += v.spikeCount(EXT);
            extTotal += v.spikeTotal(EXT);
        }
    }

    private record Outcome(Trace trace, long spikes, long events, long iSpikes) {
    }

    private static Outcome run(String threads, Trace trace, long steps, long switchAt) {
        return run(brunel(threads), trace, steps, switchAt);
    }

    private static Outcome run(Project project, Trace trace, long steps, long switchAt) {
        try (Simulation sim = Engine.compile(project)) {
            if (switchAt < 0) {
                sim.addObserver(trace);
                sim.run(steps);
            } else {
                sim.addObserver(new Trace(false));
                sim.run(switchAt);
                sim.addObserver(trace);
                sim.run(steps - switchAt);
            }
            return new Outcome(trace, sim.spikeCount(), sim.synapticEventCount(), sim.spikeCount(1));
        }
    }

    private static void assertSameNetwork(Outcome a, Outcome b) {
        assertEquals(a.spikes(), b.spikes(), "spike counter");
        assertEquals(a.events(), b.events(), "synaptic event counter");
        assertEquals(a.iSpikes(), b.iSpikes(), "I spikes");
        assertEquals(a.trace().eSpikes.size(), b.trace().eSpikes.size(), "E spikes");
        for (int i = 0; i < a.trace().eSpikes.size(); i++) {
            assertArrayEquals(a.trace().eSpikes.get(i), b.trace().eSpikes.get(i), "E spike " + i);
        }
    }

    @Test
    void spikeFreeDriveGivesBitIdenticalSpikesAndCountersToTheSpikePath() {
        Outcome free = run("1", new Trace(false), 2000, -1);
        Outcome listed = run("1", new Trace(true), 2000, -1);
        assertEquals(0, free.trace().extListed, "no external spike is listed when nobody needs the ids");
        assertEquals(free.trace().extTotal, listed.trace().extListed, "the same external spikes, counted or listed");
        assertEquals(listed.trace().extListed, listed.trace().extTotal);
        // 2000 elements × 20 kHz × 0.2 s = 8·10^6 expected, Poisson sd 2828
        assertEquals(8.0e6, free.trace().extTotal, 5 * Math.sqrt(8.0e6), "external drive rate");
        assertSameNetwork(free, listed);
        // Brunel's asynchronous irregular state: E fires at tens of Hz, not silent, not saturated
        double eRateHz = free.trace().eSpikes.size() / (2000 * 0.2);
        assertTrue(eRateHz > 5 && eRateHz < 150, "E rate " + eRateHz + " Hz");
    }

    /** Counts and ids delivered into single-precision (float) rings make the same additions too. */
    @Test
    void spikeFreeDriveIntoFloatRingsGivesBitIdenticalSpikesToTheSpikePath() {
        Project currents = brunel("1", new SynapseModel.ExpCurrent(5), 5);
        Outcome free = run(currents, new Trace(false), 1500, -1);
        Outcome listed = run(currents, new Trace(true), 1500, -1);
        assertEquals(0, free.trace().extListed);
        assertEquals(free.trace().extTotal, listed.trace().extListed);
        assertSameNetwork(free, listed);
        assertTrue(free.trace().eSpikes.size() > 1000, "E spikes: " + free.trace().eSpikes.size());
    }

    @Test
    void anObserverThatNeedsTheIdsSwitchesTheSourceBackMidRunWithoutChangingTheResult() {
        Trace late = new Trace(true);
        Outcome switched = run("1", late, 2000, 700);
        Outcome listed = run("1", new Trace(true), 2000, -1);
        assertEquals(late.extTotal, late.extListed, "every step after the switch lists its spikes");
        assertEquals(listed.spikes(), switched.spikes());
        assertEquals(listed.events(), switched.events());
        assertEquals(listed.iSpikes(), switched.iSpikes());
    }

    @Test
    void spikeFreeDriveIsTheSameForOneAndTwoThreads() {
        assertSameNetwork(run("1", new Trace(false), 1500, -1), run("2", new Trace(false), 1500, -1));
    }

    /**
     * The drive delivered to each target, read back from a non-leaking, never-firing LIF with a
     * delta synapse (each spike adds exactly J), is Poisson: per 10 ms window the count has mean
     * λ and a Fano factor of 1, in both forms.
     */
    @Test
    void deliveredDriveHasPoissonMeanAndFanoFactorInBothForms() {
        for (boolean wantsIds : new boolean[]{false, true}) {
            double[] stats = driveStatistics(wantsIds);
            double expectedMean = 3000 * 0.010; // 3 kHz × 10 ms
            // 200 targets × 20 windows = 4000 windows of mean 30: the mean's sd is 0.087
            assertEquals(expectedMean, stats[0], 0.5, "mean count per window, ids " + wantsIds);
            // the Fano factor of 4000 Poisson windows has sd about sqrt(2/4000) = 0.022
            assertEquals(1.0, stats[1], 0.1, "Fano factor, ids " + wantsIds);
        }
    }

    private static double[] driveStatistics(boolean wantsIds) {
        int n = 200;
        int window = 100;
        int windows = 20;
        double jMv = 0.25;
        // τ = 10 s from -200 mV: the leak moves V by at most 2e-3 mV per step here, far below J/2
        Lif integrator = new Lif(250, 1e4, -200, 100, -200, 0, 0);
        Project p = Net.create().seed(9)
                .pop("cell", n, integrator)
                .pop("pad", 1, integrator)
                .pop("src", n, new PoissonSource(3000, List.of()))
                .proj("drive", "src", "cell", new Connector.OneToOne(), new SynapseModel.Delta(), jMv, 0.1)
                .build();
        double[] counts = new double[n * windows];
        try (Simulation sim = Engine.compile(p)) {
            double[] v = sim.state(0, "v");
            double[] previous = v.clone();
            long[] listed = new long[1];
            sim.addObserver(new StepObserver() {
                @Override
                public boolean needsSpikeIds(int population) {
                    return wantsIds;
                }

                @Override
                public void afterStep(StepView view) {
                    listed[0] += view.spikeCount(EXT);
                    int w = (int) (view.stepIndex() / window);
                    for (int i = 0; i < n; i++) {
                        counts[w * n + i] += Math.round((v[i] - previous[i]) / jMv);
                        previous[i] = v[i];
                    }
                }
            });
            sim.run((long) window * windows);
            assertEquals(wantsIds, listed[0] > 0, "source spikes listed only when asked for");
        }
        double sum = 0;
        double sq = 0;
        for (double c : counts) {
            sum += c;
            sq += c * c;
        }
        double mean = sum / counts.length;
        double var = sq / counts.length - mean * mean;
        return new double[]{mean, var / mean};
    }
}
