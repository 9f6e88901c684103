package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.neuron.PoissonSource;

/**
 * The Poisson kernel skips blocks of trains whose next spikes all lie past the step; it must
 * give exactly the spikes of a scan over every train. Slices narrower than a block are always
 * scanned whole, so a kernel driven in 50-element slices is the reference for one driven in one
 * slice, and in two slices that split a block, across scheduled and live rate changes (to 0,
 * into count mode and back) and in the spike-free form.
 */
class PoissonBlockSkipTest {
    private static final int N = 1000;
    private static final double DT = 0.1;
    private static final int STEPS = 4000;

    private static PoissonSource model() {
        return new PoissonSource(15, List.of(new PoissonSource.RateChange(100, 0), new PoissonSource.RateChange(120, 40),
                new PoissonSource.RateChange(200, 5000), new PoissonSource.RateChange(210, 15)));
    }

    /** Every step's fired ids (with repeats), driving the kernel in slices cut at {@code cuts}. */
    private static List<int[]> run(int[] cuts, boolean counts) {
        PoissonKernel k = new PoissonKernel("in", N, DT, model(), 7, 3);
        SpikeBuffer out = new SpikeBuffer(64 * N);
        int[] count = new int[N];
        List<int[]> steps = new ArrayList<>();
        for (long s = 0; s < STEPS; s++) {
            if (s == 3000) {
                k.setRate(60, s);
            }
            List<Integer> fired = new ArrayList<>();
            for (int c = 0; c + 1 < cuts.length; c++) {
                if (counts) {
                    Arrays.fill(count, -1);
                    k.countSpikes(cuts[c], cuts[c + 1], s, count);
                    for (int i = cuts[c]; i < cuts[c + 1]; i++) {
                        for (int j = 0; j < count[i]; j++) {
                            fired.add(i);
                        }
                    }
                } else {
                    out.clear();
                    k.update(cuts[c], cuts[c + 1], s, 0, out);
                    for (int j = 0; j < out.count(); j++) {
                        fired.add(out.ids()[j]);
                    }
                }
            }
            steps.add(fired.stream().mapToInt(Integer::intValue).toArray());
        }
        return steps;
    }

    private static int[] every(int width) {
        int[] cuts = new int[N / width + 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = Math.min(N, i * width);
        }
        return cuts;
    }

    @Test
    void skippingBlocksGivesExactlyTheSpikesOfAFullScan() {
        List<int[]> reference = run(every(50), false);
        long total = reference.stream().mapToLong(a -> a.length).sum();
        // 15 Hz for 100 ms, 40 Hz for 80 ms, 5 kHz for 10 ms, 15 Hz, 60 Hz for the last 100 ms
        assertTrue(total > 50_000 && total < 80_000, "spikes " + total);
        for (int[] cuts : new int[][] {{0, N}, {0, 500, N}, {0, 130, 700, N}}) {
            for (boolean counts : new boolean[] {false, true}) {
                List<int[]> got = run(cuts, counts);
                for (int s = 0; s < STEPS; s++) {
                    assertArrayEquals(reference.get(s), got.get(s), "step " + s + ", cuts " + Arrays.toString(cuts));
                }
            }
        }
    }
}
