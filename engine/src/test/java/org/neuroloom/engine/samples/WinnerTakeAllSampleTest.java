package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * winner-take-all: the group with the strongest input (C) wins and silences the others; when its
 * input stops at 1 s, the next strongest (B) takes over and A stays silent.
 */
class WinnerTakeAllSampleTest {
    private static SampleRun run;

    @BeforeAll
    static void runSample() throws Exception {
        run = SampleRun.of(SampleRun.load("winner-take-all")).run(2000);
    }

    private static void assertWins(String winner, String[] losers, double t0, double t1) {
        double w = run.rateHz(winner, t0, t1);
        Measures.report("winner-take-all", winner + " rate in [" + t0 + ", " + t1 + ")", w);
        assertTrue(w > 30, winner + " fires at " + w + " Hz");
        for (String l : losers) {
            double r = run.rateHz(l, t0, t1);
            assertTrue(w > 20 * r + 1, winner + " " + w + " Hz vs " + l + " " + r + " Hz in [" + t0 + ", " + t1 + ")");
        }
    }

    @Test
    void theStrongestInputWins() {
        assertWins("C", new String[] {"A", "B"}, 300, 1000);
    }

    @Test
    void whenTheWinnersInputStopsTheNextStrongestTakesOver() {
        assertWins("B", new String[] {"A", "C"}, 1300, 2000);
    }

    @Test
    void theSharedInhibitionFollowsTheWinner() {
        double inh = run.rateHz("inh", 300, 2000);
        assertTrue(inh > 10, "inhibitory pool active: " + inh + " Hz");
    }
}
