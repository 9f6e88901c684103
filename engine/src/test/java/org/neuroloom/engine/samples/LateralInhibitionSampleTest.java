package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Project;

/**
 * lateral-inhibition: along the line of units 1-10 (dim light on 1-5, bright on 6-10), the unit on
 * the bright side of the edge fires more than the bright interior and the unit on the dim side
 * less than the dim interior (Mach bands). The control run has the neighbour inhibition scaled to 0.
 */
class LateralInhibitionSampleTest {
    private static final int UNITS = 10;
    private static final double T0 = 200;
    private static final double T1 = 2000;
    private static SampleRun run;
    private static SampleRun control;

    @BeforeAll
    static void runSample() throws Exception {
        Project p = SampleRun.load("lateral-inhibition");
        run = SampleRun.of(p).run(T1);
        control = SampleRun.of(p);
        for (int u = 1; u <= UNITS; u++) {
            for (int n : new int[] {u - 1, u + 1}) {
                if (n >= 1 && n <= UNITS) {
                    control.simulation().setWeightScale("R" + u + "_to_R" + n, 0);
                }
            }
        }
        control.run(T1);
    }

    private static double rate(SampleRun r, int unit) {
        return r.rateHz("R" + unit, T0, T1);
    }

    private static double mean(SampleRun r, int from, int to) {
        double s = 0;
        for (int u = from; u <= to; u++) {
            s += rate(r, u);
        }
        return s / (to - from + 1);
    }

    @Test
    void theBrightSideOfTheEdgeFiresMoreThanTheBrightInterior() {
        double edge = rate(run, 6);
        double interior = mean(run, 7, 9);
        Measures.report("lateral-inhibition", "unit 6 / units 7-9", edge / interior);
        assertTrue(edge > 1.08 * interior, "unit 6 " + edge + " Hz vs units 7-9 " + interior + " Hz");
    }

    @Test
    void theDimSideOfTheEdgeFiresLessThanTheDimInterior() {
        double edge = rate(run, 5);
        double interior = mean(run, 2, 4);
        Measures.report("lateral-inhibition", "unit 5 / units 2-4", edge / interior);
        assertTrue(edge < 0.85 * interior, "unit 5 " + edge + " Hz vs units 2-4 " + interior + " Hz");
    }

    @Test
    void withoutInhibitionTheRatesAreTwoFlatPlateaus() {
        double dim = mean(control, 1, 5);
        double bright = mean(control, 6, 10);
        for (int u = 1; u <= UNITS; u++) {
            double plateau = u <= 5 ? dim : bright;
            assertEquals(plateau, rate(control, u), 0.05 * plateau, "unit " + u);
        }
    }

    @Test
    void inhibitionMakesTheStepInFiringSteeperThanTheStepInLight() {
        double contrast = rate(run, 6) / rate(run, 5);
        double plain = rate(control, 6) / rate(control, 5);
        assertTrue(contrast > 1.5 * plain, "contrast across the edge " + contrast + " with, " + plain + " without inhibition");
    }
}
