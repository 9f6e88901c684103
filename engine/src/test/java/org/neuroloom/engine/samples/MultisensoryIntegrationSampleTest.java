package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * multisensory-integration: weak visual plus weak auditory input gives more than the sum of the two
 * alone (super-additive); strong inputs combine sub-additively (inverse effectiveness).
 * Trials of 500 ms: visual weak at 250 ms, auditory weak at 1000, both weak at 1750, then the same
 * strong at 2500, 3250 and 4000 ms.
 */
class MultisensoryIntegrationSampleTest {
    private static SampleRun run;

    @BeforeAll
    static void runSample() throws Exception {
        run = SampleRun.of(SampleRun.load("multisensory-integration")).run(4500);
    }

    private static double trialHz(double startMs) {
        return run.rateHz("multisensory", startMs, startMs + 500);
    }

    /** Response to both divided by the sum of the responses to each alone. */
    private static double enhancement(double visual, double auditory, double both) {
        return trialHz(both) / (trialHz(visual) + trialHz(auditory));
    }

    @Test
    void weakInputsCombineSuperAdditively() {
        double e = enhancement(250, 1000, 1750);
        Measures.report("multisensory-integration", "weak enhancement", e);
        assertTrue(trialHz(1750) > 15, "the weak pair drives the neurons: " + trialHz(1750) + " Hz");
        assertTrue(e > 5, "both / (visual + auditory) for weak inputs: " + e);
    }

    @Test
    void strongInputsCombineSubAdditively() {
        double e = enhancement(2500, 3250, 4000);
        Measures.report("multisensory-integration", "strong enhancement", e);
        assertTrue(trialHz(2500) > 50 && trialHz(3250) > 50, "strong inputs drive the neurons on their own");
        assertTrue(e < 1, "both / (visual + auditory) for strong inputs: " + e);
    }

    @Test
    void theGainIsLargestForTheWeakestInputs() {
        assertTrue(enhancement(250, 1000, 1750) > 3 * enhancement(2500, 3250, 4000), "inverse effectiveness");
    }

    @Test
    void theNeuronsAreQuietBetweenTrials() {
        for (double gap : new double[] {0, 750, 1500, 2250, 3000, 3750}) {
            double r = run.rateHz("multisensory", gap + 50, gap + 250);
            assertTrue(r < 2, "pause at " + gap + " ms: " + r + " Hz");
        }
    }
}
