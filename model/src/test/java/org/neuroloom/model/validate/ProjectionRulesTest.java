package org.neuroloom.model.validate;

import static org.neuroloom.model.testing.Fixtures.addPopulation;
import static org.neuroloom.model.testing.Fixtures.addProjection;
import static org.neuroloom.model.testing.Fixtures.assertProblems;
import static org.neuroloom.model.testing.Fixtures.base;
import static org.neuroloom.model.testing.Fixtures.population;
import static org.neuroloom.model.testing.Fixtures.projection;
import static org.neuroloom.model.testing.Fixtures.stdp;
import static org.neuroloom.model.testing.Fixtures.withModulators;
import static org.neuroloom.model.testing.Fixtures.withPopulation;
import static org.neuroloom.model.testing.Fixtures.withProjection;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Geometry;
import org.neuroloom.model.Population;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

class ProjectionRulesTest {

    @Test
    void sourceMustBeAnExistingPopulation() {
        assertProblems(addProjection(base(), projection("X_E", "X", "E", new Connector.AllToAll(false), Receptor.EXCITATORY,
                        new SynapseModel.Delta(), 1)),
                "$.network.projections[3].source: \"X\" is not a population (known: E, I, ext)");
    }

    @Test
    void targetMustNotBeASource() {
        assertProblems(addProjection(base(), projection("E_ext", "E", "ext", new Connector.AllToAll(false), Receptor.EXCITATORY,
                        new SynapseModel.Delta(), 1)),
                "$.network.projections[3].target: \"ext\" is a source (poisson) and cannot receive synapses");
    }

    @Test
    void currentSourcesOnlyProjectAllToAllOrOneToOne() {
        var p = addPopulation(base(), population("dc", 1, DcCurrent.defaults()));
        assertProblems(addProjection(p, projection("dc_E", "dc", "E", new Connector.FixedProbability(0.5, false),
                        Receptor.EXCITATORY, new SynapseModel.Delta(), 1)),
                "$.network.projections[3].connector.type: \"fixed_probability\" is not allowed from a current source"
                        + " (allowed: all_to_all, one_to_one)");
    }

    @Test
    void oneToOneNeedsEqualSizes() {
        assertProblems(withPopulation(base(), 2, pop -> pop.withSize(7)),
                "$.network.projections[2].connector: one_to_one needs equal sizes, but ext has 7 and E has 10");
    }

    @Test
    void fixedInDegreeCannotExceedTheSourcesWithoutAutapses() {
        assertProblems(withProjection(base(), 0, pr -> pr.withConnector(new Connector.FixedInDegree(10, false))),
                "$.network.projections[0].connector.n: 10 is more than the 9 available sources in E"
                        + " (no pair is connected twice, no autapses)");
    }

    @Test
    void fixedInDegreeMayUseEverySourceWithAutapses() {
        assertProblems(withProjection(base(), 0, pr -> pr.withConnector(new Connector.FixedInDegree(10, true))));
    }

    @Test
    void fixedOutDegreeCannotExceedTheTargets() {
        assertProblems(withProjection(base(), 1, pr -> pr.withConnector(new Connector.FixedOutDegree(11, false))),
                "$.network.projections[1].connector.n: 11 is more than the 10 available targets in E (no pair is connected twice)");
    }

    @Test
    void fixedTotalCannotExceedThePairs() {
        assertProblems(withProjection(base(), 1, pr -> pr.withConnector(new Connector.FixedTotal(51, false))),
                "$.network.projections[1].connector.n: 51 is more than the 50 available pairs (no pair is connected twice)");
    }

    @Test
    void distanceGaussianNeedsGeometryOnBothPopulations() {
        var p = withPopulation(base(), 0, pop -> new Population(pop.id(), pop.label(), pop.size(), pop.model(), pop.initial(),
                new Geometry(Geometry.Layout.GRID, 100, 100), CanvasPosition.ORIGIN));
        assertProblems(withProjection(p, 1, pr -> pr.withConnector(new Connector.DistanceGaussian(0.5, 50, false))),
                "$.network.projections[1].connector: distance_gaussian needs a geometry on both populations, but I has none");
    }

    @Test
    void delayBelowOneTimeStepIsRefused() {
        assertProblems(withProjection(base(), 0, pr -> pr.withDelay(Distribution.constant(0.05))),
                "$.network.projections[0].delayMs.value: 0.05 is below one time step (0.1 ms)");
    }

    @Test
    void uniformDelayIsJudgedByItsLowEnd() {
        assertProblems(withProjection(base(), 0, pr -> pr.withDelay(new Distribution.Uniform(0.01, 2))),
                "$.network.projections[0].delayMs.low: 0.01 is below one time step (0.1 ms)");
    }

    @Test
    void normalDelayNeedsALowerBound() {
        assertProblems(withProjection(base(), 0, pr -> pr.withDelay(new Distribution.Normal(1.5, 0.5, null, null))),
                "$.network.projections[0].delayMs.min: missing: a normal delay needs a lower bound of at least one time step (0.1 ms)");
    }

    @Test
    void delayOfExactlyOneStepIsAccepted() {
        assertProblems(withProjection(base(), 0, pr -> pr.withDelay(new Distribution.Normal(1.5, 0.5, 0.1, null))));
    }

    @Test
    void excitatoryWeightsMustNotBeNegative() {
        assertProblems(withProjection(base(), 0, pr -> pr.withWeight(new Distribution.Uniform(-1, 5))),
                "$.network.projections[0].weight.low: -1 is negative (the receptor is excitatory, so weights must be >= 0 pA)");
    }

    @Test
    void inhibitoryWeightsMustNotBePositive() {
        assertProblems(withProjection(base(), 1, pr -> pr.withWeight(Distribution.constant(20))),
                "$.network.projections[1].weight.value: 20 is positive (the receptor is inhibitory, so weights must be <= 0 pA)");
    }

    @Test
    void unboundedNormalWeightCannotKeepTheSign() {
        assertProblems(withProjection(base(), 2, pr -> pr.withWeight(new Distribution.Normal(0.5, 0.1, null, null))),
                "$.network.projections[2].weight.min: missing: the receptor is excitatory, so weights must be >= 0 mV");
    }

    @Test
    void conductanceWeightsMustNotBeNegative() {
        assertProblems(withProjection(base(), 1, pr -> pr.withSynapse(new SynapseModel.ExpConductance(5, -80))
                        .withWeight(Distribution.constant(-2))),
                "$.network.projections[1].weight.value: -2 is negative (conductance weights must be >= 0 nS)");
    }

    @Test
    void uniformLowMustNotExceedHigh() {
        assertProblems(withProjection(base(), 0, pr -> pr.withWeight(new Distribution.Uniform(5, 1))),
                "$.network.projections[0].weight.high: 1 is below low (5)");
    }

    @Test
    void normalStandardDeviationMustNotBeNegative() {
        assertProblems(withProjection(base(), 0, pr -> pr.withWeight(new Distribution.Normal(5, -1, 0.0, null))),
                "$.network.projections[0].weight.sd: -1 is negative (a standard deviation must be >= 0)");
    }

    @Test
    void normalMaxMustNotBeBelowMin() {
        assertProblems(withProjection(base(), 0, pr -> pr.withWeight(new Distribution.Normal(5, 1, 6.0, 4.0))),
                "$.network.projections[0].weight.max: 4 is below min (6)");
    }

    @Test
    void normalClipWindowFarInTheTailIsRefused() {
        assertProblems(withProjection(base(), 0, pr -> pr.withWeight(new Distribution.Normal(5, 1, 20.0, 30.0))),
                "$.network.projections[0].weight: clips to [20, 30], more than 5 standard deviations from the mean 5;"
                        + " draws would almost never fall inside");
    }

    @Test
    void normalClippedToAWindowFarInTheTailIsAllowed() {
        assertProblems(withProjection(base(), 0, pr -> pr.withWeight(
                new Distribution.Normal(5, 1, 20.0, 30.0, Distribution.Outside.CLIP))));
    }

    @Test
    void plasticityMaximumMustNotBeBelowMinimum() {
        assertProblems(withProjection(base(), 0, pr -> pr.withPlasticity(stdp(50, 20))),
                "$.network.projections[0].plasticity.wMax: 20 is below wMin (50)");
    }

    @Test
    void initialWeightsMustLieWithinThePlasticityBounds() {
        assertProblems(withProjection(base(), 0, pr -> pr.withWeight(new Distribution.Uniform(0, 30)).withPlasticity(stdp(1, 20))),
                "$.network.projections[0].weight.low: 0 is below the plasticity's minimum weight wMin (1)",
                "$.network.projections[0].weight.high: 30 is above the plasticity's maximum weight wMax (20)");
    }

    @Test
    void rewardStdpNeedsAnExistingModulator() {
        Plasticity r = new Plasticity.RewardStdp(20, 20, 1, 1.5, 1000, "dopamine", 0, 40);
        assertProblems(withModulators(withProjection(base(), 0, pr -> pr.withPlasticity(r)),
                        Modulator.dopamine("da", CanvasPosition.ORIGIN)),
                "$.network.projections[0].plasticity.modulator: \"dopamine\" is not a modulator (known: da)");
    }

    @Test
    void modulatorReleasedByMustNameAPopulation() {
        Modulator m = new Modulator("da", "DA", Modulator.Kind.DOPAMINE, 200, 0, 0.1, List.of("E", "reward"), List.of(), null);
        assertProblems(withModulators(base(), m),
                "$.network.modulators[0].releasedBy[1]: \"reward\" is not a population (known: E, I, ext)");
    }

    @Test
    void tsodyksMarkramHasNoWeightBounds() {
        assertProblems(withProjection(base(), 1, pr -> pr.withPlasticity(new Plasticity.TsodyksMarkram(0.5, 800, 0))));
    }
}
