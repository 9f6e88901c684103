package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.ProjectionWeights;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;
import org.neuroloom.model.plasticity.Plasticity;

/**
 * homeostasis: the input halves at 10 s; firing collapses, the incoming weights scale up together
 * and the rate returns to its 5 Hz target while the input is still halved.
 */
class HomeostasisSampleTest {
    private static double targetHz;
    private static SampleRun run;
    private static double meanWeightBefore;
    private static double meanWeightAfter;
    private static double spreadWithinNeuronAfter;

    @BeforeAll
    static void runSample() throws Exception {
        Project p = SampleRun.load("homeostasis");
        targetHz = ((Plasticity.HomeostaticScaling) p.network().projection("input_to_neurons").orElseThrow()
                .plasticity()).targetRateHz();
        run = SampleRun.of(p);
        Simulation sim = run.simulation();
        try (sim) {
            run.runPart(10_000);
            meanWeightBefore = Measures.mean(run.weights("input_to_neurons"));
            run.runPart(10_000);
            meanWeightAfter = Measures.mean(run.weights("input_to_neurons"));
            spreadWithinNeuronAfter = largestSpreadWithinANeuron(sim);
        }
    }

    /** The largest max/min - 1 over the incoming weights of one neuron. */
    private static double largestSpreadWithinANeuron(Simulation sim) {
        ProjectionWeights pw = sim.weights(sim.projectionIndex("input_to_neurons"));
        int n = (int) pw.synapseCount();
        int[] post = new int[n];
        float[] w = new float[n];
        pw.copyTo(new int[n], post, w);
        double[] min = new double[100];
        double[] max = new double[100];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            min[post[i]] = Math.min(min[post[i]], w[i]);
            max[post[i]] = Math.max(max[post[i]], w[i]);
        }
        double spread = 0;
        for (int j = 0; j < 100; j++) {
            spread = Math.max(spread, max[j] / min[j] - 1);
        }
        return spread;
    }

    @Test
    void theRateSitsAtTheTargetBeforeThePerturbation() {
        double rate = run.rateHz("neurons", 2_000, 10_000);
        assertEquals(targetHz, rate, 0.2 * targetHz);
    }

    @Test
    void halvingTheInputSilencesTheNeuronsAtFirst() {
        double rate = run.rateHz("neurons", 10_200, 11_000);
        assertTrue(rate < 0.2 * targetHz, "rate just after the perturbation " + rate + " Hz");
    }

    @Test
    void theRateReturnsToTheTargetWhileTheInputStaysHalved() {
        double rate = run.rateHz("neurons", 16_000, 20_000);
        Measures.report("homeostasis", "rate 6-10 s after halving the input", rate);
        assertEquals(targetHz, rate, 0.25 * targetHz, "rate 6-10 s after the perturbation");
    }

    @Test
    void weightsScaleUpAboutTwofoldAndEveryNeuronScalesAllItsSynapsesAlike() {
        double factor = meanWeightAfter / meanWeightBefore;
        assertTrue(factor > 1.5 && factor < 2.5, "mean weight grew by " + factor);
        // all weights start equal, and scaling multiplies a neuron's inputs by one factor
        assertEquals(0, spreadWithinNeuronAfter, 1e-5);
    }
}
