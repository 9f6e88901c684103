package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * cell-types: the Izhikevich (2003) presets under the same 10 pA step from 100 ms show the firing
 * patterns of the paper's Fig. 2.
 */
class CellTypesSampleTest {
    private static final double ON_MS = 100;
    private static final double END_MS = 1000;
    private static SampleRun run;

    @BeforeAll
    static void runSample() throws Exception {
        run = SampleRun.of(SampleRun.load("cell-types")).run(END_MS);
    }

    private static double[] train(String type) {
        return run.spikeTimes(type)[0];
    }

    /** ISIs after the first 200 ms of the step, when each cell has settled into its pattern. */
    private static double[] lateIsis(String type) {
        return Measures.isis(train(type), ON_MS + 200, END_MS);
    }

    @Test
    void nothingFiresBeforeTheStep() {
        for (String type : new String[] {"RS", "IB", "CH", "FS", "LTS", "TC", "RZ"}) {
            assertEquals(0, run.count(type, 0, ON_MS), type + " starts at rest");
            assertTrue(run.count(type, ON_MS, END_MS) > 10, type + " fires under the step");
        }
    }

    @Test
    void regularSpikingAdaptsItsRate() {
        double[] isi = Measures.isis(train("RS"), ON_MS, END_MS);
        assertTrue(isi[1] > 2 * isi[0], "second interval " + isi[1] + " ms vs first " + isi[0] + " ms");
        double lateHz = 1000 / Measures.mean(lateIsis("RS"));
        assertTrue(lateHz > 15 && lateHz < 30, "adapted RS rate " + lateHz + " Hz");
    }

    @Test
    void fastSpikingFiresAtSeveralTimesTheRegularSpikingRateWithoutAdapting() {
        double fs = run.rateHz("FS", ON_MS + 200, END_MS);
        double rs = run.rateHz("RS", ON_MS + 200, END_MS);
        Measures.report("cell-types", "FS rate", fs);
        Measures.report("cell-types", "RS rate", rs);
        assertTrue(fs > 4 * rs, "FS " + fs + " Hz vs RS " + rs + " Hz");
        double[] isi = Measures.isis(train("FS"), ON_MS, END_MS);
        double[] late = lateIsis("FS");
        assertTrue(Measures.cv(late) < 0.02, "tonic FS, CV " + Measures.cv(late));
        assertTrue(late[late.length - 1] < 2.5 * isi[0], "FS barely slows: first " + isi[0] + ", last " + late[late.length - 1]);
    }

    @Test
    void intrinsicallyBurstingOpensWithABurstThenFiresSingleSpikes() {
        double[] isi = Measures.isis(train("IB"), ON_MS, END_MS);
        assertTrue(isi[0] < 5 && isi[1] < 5, "initial burst intervals " + isi[0] + ", " + isi[1] + " ms");
        for (double late : lateIsis("IB")) {
            assertTrue(late > 20, "tonic IB interval " + late + " ms");
        }
        assertTrue(Measures.cv(lateIsis("IB")) < 0.05, "regular tonic firing after the burst");
    }

    @Test
    void chatteringRepeatsBurstsOfCloselySpacedSpikes() {
        double[] late = lateIsis("CH");
        int within = 0;
        int between = 0;
        for (double d : late) {
            if (d < 6) {
                within++;
            } else if (d > 30) {
                between++;
            }
        }
        assertTrue(between >= 10, "bursts separated by long pauses: " + between);
        assertTrue(within >= 3 * between, "several spikes per burst: " + within + " short vs " + between + " long");
        assertEquals(late.length, within + between, "no intervals between the two kinds");
    }
}
