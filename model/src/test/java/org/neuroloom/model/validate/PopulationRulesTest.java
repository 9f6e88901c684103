package org.neuroloom.model.validate;

import static org.neuroloom.model.testing.Fixtures.addPopulation;
import static org.neuroloom.model.testing.Fixtures.assertProblems;
import static org.neuroloom.model.testing.Fixtures.base;
import static org.neuroloom.model.testing.Fixtures.population;
import static org.neuroloom.model.testing.Fixtures.withPopulation;
import static org.neuroloom.model.testing.Fixtures.withProjection;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.neuron.StepCurrent;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.synapse.SynapseModel;

class PopulationRulesTest {

    @Test
    void baseFixtureIsValid() {
        assertProblems(base());
    }

    @Test
    void parameterOutsideItsRangeNamesTheAllowedRange() {
        assertProblems(withPopulation(base(), 0, p -> p.withModel(new Lif(250, -5, -70, -55, -70, 2, 0))),
                "$.network.populations[0].model.tauMs: -5 is out of range (allowed: > 0 and <= 10000 ms)");
    }

    @Test
    void populationNeedsAtLeastOneElement() {
        assertProblems(withPopulation(base(), 1, p -> p.withSize(0)),
                "$.network.populations[1].size: 0 is not allowed (a population needs at least 1 element)");
    }

    @Test
    void lifResetMustBeBelowThreshold() {
        assertProblems(withPopulation(base(), 0, p -> p.withModel(new Lif(250, 10, -70, -55, -50, 2, 0))),
                "$.network.populations[0].model.vResetMv: -50 is not below the spike threshold vThreshMv (-55 mV)");
    }

    @Test
    void adexPeakMustBeAboveSlopePoint() {
        AdEx m = new AdEx(281, 30, -70.6, -50.4, 2, 144, 4, 80.5, -70.6, 0, -60, 0);
        assertProblems(addPopulation(base(), population("A", 1, m)),
                "$.network.populations[3].model.vPeakMv: -60 is not above the threshold slope point vTMv (-50.4 mV)");
    }

    @Test
    void adexResetMustBeBelowPeak() {
        AdEx m = new AdEx(281, 30, -70.6, -50.4, 2, 144, 4, 80.5, 10, 0, 0, 0);
        assertProblems(addPopulation(base(), population("A", 1, m)),
                "$.network.populations[3].model.vResetMv: 10 is not below the spike detection vPeakMv (0 mV)");
    }

    @Test
    void izhikevichResetMustBeBelowCutoff() {
        assertProblems(addPopulation(base(), population("Z", 1, new Izhikevich(0.02, 0.2, -10, 8, -20, 0))),
                "$.network.populations[3].model.cMv: -10 is not below the spike cutoff vPeakMv (-20 mV)");
    }

    @Test
    void spikeTimesNeedOneListPerElement() {
        SpikeTimesSource s = new SpikeTimesSource(List.of(List.of(1.0), List.of(2.0)));
        assertProblems(addPopulation(base(), population("T", 3, s)),
                "$.network.populations[3].model.timesMs: has 2 lists but the population has 3 elements"
                        + " (give one list of spike times per element)");
    }

    @Test
    void spikeTimesMustAscend() {
        SpikeTimesSource s = new SpikeTimesSource(List.of(List.of(5.0, 10.0, 10.0)));
        assertProblems(addPopulation(base(), population("T", 1, s)),
                "$.network.populations[3].model.timesMs[0][2]: 10 is not after the previous spike time (10 ms); times must ascend");
    }

    @Test
    void spikeTimesMustNotBeNegative() {
        SpikeTimesSource s = new SpikeTimesSource(List.of(List.of(-1.5, 3.0)));
        assertProblems(addPopulation(base(), population("T", 1, s)),
                "$.network.populations[3].model.timesMs[0][0]: -1.5 is negative (spike times must be >= 0 ms)");
    }

    @Test
    void stepCurrentTimesMustAscend() {
        StepCurrent s = new StepCurrent(List.of(new StepCurrent.Step(100, 200), new StepCurrent.Step(50, 0)));
        assertProblems(addPopulation(base(), population("S", 1, s)),
                "$.network.populations[3].model.steps[1].atMs: 50 is not after the previous step (100 ms); times must ascend");
    }

    @Test
    void poissonScheduleMustAscend() {
        PoissonSource s = new PoissonSource(5, List.of(new PoissonSource.RateChange(200, 10), new PoissonSource.RateChange(200, 20)));
        assertProblems(withPopulation(base(), 2, p -> p.withModel(s)),
                "$.network.populations[2].model.schedule[1].atMs: 200 is not after the previous rate change (200 ms); times must ascend");
    }

    @Test
    void noiseIntervalMustBeAMultipleOfTheTimeStep() {
        assertProblems(addPopulation(base(), population("N", 1, new NoiseCurrent(0, 10, 0.25))),
                "$.network.populations[3].model.intervalMs: 0.25 is not a multiple of the time step (0.1 ms)");
    }

    @Test
    void noiseIntervalOfThreeStepsIsAcceptedDespiteBinaryRounding() {
        // 0.3 / 0.1 is 2.9999999999999996 in binary floating point.
        assertProblems(addPopulation(base(), population("N", 1, new NoiseCurrent(0, 10, 0.3))));
    }

    @Test
    void initialStateKeysMustBeStateVariablesOfTheModel() {
        Population withU = new Population("E", "E", 10, Lif.defaults(), Map.of("u", Distribution.constant(0)), null, null);
        assertProblems(withPopulation(base(), 0, p -> withU),
                "$.network.populations[0].initial.u: \"u\" is not a state variable of lif (allowed: v, I_ex, I_in)");
    }

    @Test
    void initialDistributionIsChecked() {
        Population bad = new Population("E", "E", 10, Lif.defaults(), Map.of("v", new Distribution.Uniform(-50, -60)), null, null);
        assertProblems(withPopulation(base(), 0, p -> bad),
                "$.network.populations[0].initial.v.high: -60 is below low (-50)");
    }

    @Test
    void synapticChannelsAreStateVariablesNamedAfterTheirReceptor() {
        // E receives E_E (excitatory, 5 ms) and I_E (inhibitory, 10 ms) current synapses: two channels
        Population withChannels = new Population("E", "E", 10, Lif.defaults(),
                Map.of("I_ex", Distribution.constant(50), "I_in", new Distribution.Uniform(-40, 0)), null, null);
        assertProblems(withPopulation(base(), 0, p -> withChannels));
        Population onI = new Population("I", "I", 5, Lif.defaults(), Map.of("I_ex", Distribution.constant(1)), null, null);
        assertProblems(withPopulation(base(), 1, p -> onI),
                "$.network.populations[1].initial.I_ex: \"I_ex\" is not a state variable of lif (allowed: v)");
    }

    @Test
    void conductanceChannelsCannotStartNegative() {
        Project cond = withProjection(withProjection(base(), 0, pr -> pr.withSynapse(new SynapseModel.ExpConductance(5, 0))
                .withWeight(Distribution.constant(1))), 1, pr -> pr.withSynapse(new SynapseModel.ExpConductance(10, -80))
                .withWeight(Distribution.constant(2)));
        Map<String, Distribution> init = Map.of("g_ex", Distribution.constant(-1), "g_in", new Distribution.Normal(20, 5, null, null));
        assertProblems(withPopulation(cond, 0, p -> new Population("E", "E", 10, Lif.defaults(), init, null, null)),
                "$.network.populations[0].initial.g_ex.value: -1 is negative (a conductance is >= 0 nS)",
                "$.network.populations[0].initial.g_in.min: missing must be >= 0 so that no conductance starts negative"
                        + " (draws below min are redrawn)");
        Map<String, Distribution> good = Map.of("g_ex", new Distribution.Uniform(0, 8), "g_in", new Distribution.Normal(20, 5, 0.0, null));
        assertProblems(withPopulation(cond, 0, p -> new Population("E", "E", 10, Lif.defaults(), good, null, null)));
    }
}
