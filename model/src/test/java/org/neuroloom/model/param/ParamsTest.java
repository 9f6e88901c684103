package org.neuroloom.model.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.neuron.SineCurrent;
import org.neuroloom.model.testing.Fixtures;
import org.neuroloom.model.validate.Problem;
import org.neuroloom.model.validate.Validator;

class ParamsTest {

    @Test
    void getReadsANumericParameter() {
        assertEquals(-55, Params.get(Lif.defaults(), "vThreshMv"));
        assertEquals(100, Params.get(new Connector.FixedInDegree(100, false), "n"));
    }

    @Test
    void withChangesOneParameterAndKeepsTheRest() {
        Lif changed = Params.with(Lif.defaults(), "tauMs", 20);
        assertEquals(new Lif(250, 20, -70, -55, -70, 2, 0), changed);
    }

    @Test
    void withConvertsWholeNumbersForIntegerParameters() {
        assertEquals(new Connector.FixedInDegree(250, true), Params.with(new Connector.FixedInDegree(100, true), "n", 250));
    }

    @Test
    void withRefusesAFractionForAnIntegerParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Params.with(new Connector.FixedInDegree(100, true), "n", 2.5));
        assertEquals("n needs a whole number, not 2.5", e.getMessage());
    }

    @Test
    void withRefusesAnUnknownParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Params.with(Lif.defaults(), "tau", 1));
        assertEquals("Lif has no parameter tau", e.getMessage());
    }

    @Test
    void withGoesThroughTheCanonicalConstructor() {
        // Modulator's constructor fills a missing label with the id.
        Modulator m = new Modulator("da", null, Modulator.Kind.DOPAMINE, 200, 0, 0, null, null, null);
        assertEquals("da", Params.with(m, "tauMs", 100).label());
    }

    @Test
    void defaultsAreBuiltFromTheParamDescriptions() {
        assertEquals(Lif.defaults(), Params.defaults(Lif.class));
        assertEquals(Izhikevich.defaults(), Params.defaults(Izhikevich.class));
        assertEquals(AdEx.defaults(), Params.defaults(AdEx.class));
        assertEquals(HodgkinHuxley.defaults(), Params.defaults(HodgkinHuxley.class));
        assertEquals(PoissonSource.defaults(), Params.defaults(PoissonSource.class));
        assertEquals(RegularSource.defaults(), Params.defaults(RegularSource.class));
        assertEquals(DcCurrent.defaults(), Params.defaults(DcCurrent.class));
        assertEquals(SineCurrent.defaults(), Params.defaults(SineCurrent.class));
        assertEquals(NoiseCurrent.defaults(), Params.defaults(NoiseCurrent.class));
        assertEquals(new Simulation(0.1, 1000, 0, ""), Params.defaults(Simulation.class));
        assertEquals(new Connector.FixedProbability(0.1, false), Params.defaults(Connector.FixedProbability.class));
    }

    @Test
    void checkAcceptsAValueInRange() {
        assertTrue(Params.check(Lif.class, "tauMs", 20).isEmpty());
    }

    @Test
    void checkNamesTheAllowedRange() {
        Problem p = Params.check(Lif.class, "tauMs", 0).orElseThrow();
        assertEquals("tauMs: 0 is out of range (allowed: > 0 and <= 10000 ms)", p.toString());
    }

    @Test
    void checkRefusesNaN() {
        assertEquals("rateHz: NaN is not a finite number (allowed: between 0 and 1000000 Hz)",
                Params.check(PoissonSource.class, "rateHz", Double.NaN).orElseThrow().toString());
    }

    @Test
    void checkUsesTheValidatorsMessage() {
        var project = Fixtures.withPopulation(Fixtures.base(), 0, p -> p.withModel(Params.with(Lif.defaults(), "tauMs", 0)));
        Problem fromValidator = Validator.validate(project).get(0);
        Problem fromCheck = Params.check(Lif.class, "tauMs", 0).orElseThrow();
        assertEquals(fromCheck.description(), fromValidator.description());
        assertEquals(List.of("$.network.populations[0].model.tauMs"), List.of(fromValidator.path()));
    }
}
