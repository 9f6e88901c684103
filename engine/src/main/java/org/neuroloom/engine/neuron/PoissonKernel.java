package org.neuroloom.engine.neuron;

import java.util.ArrayList;
import java.util.List;
import org.neuroloom.engine.random.Rng;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.PoissonSource;

/**
 * Independent Poisson trains. Each element keeps the time of its next spike and draws the
 * following one from an exponential interval, so the cost is one random number per spike,
 * not one per element per step. An element whose next spikes fall inside one step fires
 * several times in that step (the exact process). At a rate change (schedule or live
 * control) every element redraws its next spike from the change time: exact, because the
 * process is memoryless. At high rates (at least {@value #COUNT_MODE_LAMBDA} spikes per
 * step on average) the count of each step is drawn instead, also exact.
 */
public final class PoissonKernel extends SourceKernel {
    private final double[] nextMs;
    /**
     * Per block of {@value #BLOCK} elements, a lower bound of its next spike times: a step skips
     * every block whose bound lies past the step's end, so it reads the next spike times of the
     * blocks that fire (at 15 Hz and 0.1 ms, 1.5 of 16 blocks of 1,000 trains) instead of all.
     * Exact for the blocks a slice holds whole; a block split between two slices is always
     * scanned (its bound is never raised, only lowered at a redraw), so workers share no bound.
     */
    private final double[] blockMinMs;
    private static final int BLOCK_SHIFT = 6;
    static final int BLOCK = 1 << BLOCK_SHIFT;
    private final long[] rng;
    /** Scratch: this step's random bits per element (count mode, spike-free). */
    private final long[] bits;
    /** Rate changes as (step, rateHz), ascending; entry 0 is at step 0. */
    private final List<long[]> changeSteps = new ArrayList<>();
    private final List<Double> changeRates = new ArrayList<>();
    /** Mean spikes per step from which counts are drawn per step instead of intervals. */
    static final double COUNT_MODE_LAMBDA = 0.25;
    /** log2 of the guide table's size. */
    private static final int GUIDE_BITS = 10;
    private volatile Cdf cdf;

    private record Cdf(double lambda, double[] table, int[] guide) {
    }

    /** A population of {@code size} Poisson trains with streams keyed by {@code streamKey}. */
    public PoissonKernel(String populationId, int size, double dtMs, PoissonSource model, long seed, long streamKey) {
        super(populationId, size, dtMs);
        nextMs = new double[size];
        blockMinMs = new double[(size + BLOCK - 1) >>> BLOCK_SHIFT];
        rng = new long[size];
        bits = new long[size];
        for (int i = 0; i < size; i++) {
            rng[i] = Rng.key(seed, streamKey, i);
        }
        setSchedule(model);
        double r0 = rateAt(0);
        for (int i = 0; i < size; i++) {
            nextMs[i] = draw(i, 0, r0);
        }
        for (int b = 0; b < blockMinMs.length; b++) {
            blockMinMs[b] = minOf(b << BLOCK_SHIFT, blockEnd(b));
        }
    }

    private int blockEnd(int b) {
        return Math.min((b + 1) << BLOCK_SHIFT, size);
    }

    private double minOf(int from, int to) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            m = Math.min(m, nextMs[i]);
        }
        return m;
    }

    private void setSchedule(PoissonSource m) {
        changeSteps.clear();
        changeRates.clear();
        changeSteps.add(new long[]{0});
        changeRates.add(m.rateHz());
        for (PoissonSource.RateChange c : m.schedule()) {
            putChange(Math.round(c.atMs() / dtMs), c.rateHz());
        }
    }

    private void putChange(long step, double rateHz) {
        int i = 0;
        while (i < changeSteps.size() && changeSteps.get(i)[0] < step) {
            i++;
        }
        if (i < changeSteps.size() && changeSteps.get(i)[0] == step) {
            changeRates.set(i, rateHz);
        } else {
            changeSteps.add(i, new long[]{step});
            changeRates.add(i, rateHz);
        }
    }

    /** The rate in force during step {@code step}, Hz. */
    public double rateAt(long step) {
        double r = changeRates.get(0);
        for (int i = 1; i < changeSteps.size() && changeSteps.get(i)[0] <= step; i++) {
            r = changeRates.get(i);
        }
        return r;
    }

    private boolean changesAt(long step) {
        for (int i = 1; i < changeSteps.size(); i++) {
            if (changeSteps.get(i)[0] == step) {
                return true;
            }
        }
        return false;
    }

    /** Sets the rate from step {@code fromStep} on (live control, between steps). */
    public void setRate(double rateHz, long fromStep) {
        if (!(rateHz >= 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("rate must be >= 0 Hz, not " + rateHz);
        }
        putChange(fromStep, rateHz);
    }

    private double draw(int i, double fromMs, double rateHz) {
        return rateHz > 0 ? fromMs + Rng.nextExp(rng, i) * (1000.0 / rateHz) : Double.POSITIVE_INFINITY;
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        generate(lo, hi, step, out, null);
    }

    /**
     * The spike-free form of {@link #update}: writes how many times each element of
     * {@code [lo, hi)} fires in step {@code step} into {@code counts[i]} instead of listing the
     * spikes. It draws exactly the same random numbers as {@code update} (both forms may be mixed
     * step by step and give the same trains), so a population that only drives one-to-one
     * synapses can hand over counts, not spike ids.
     *
     * @return the number of spikes of the slice in this step
     */
    public long countSpikes(int lo, int hi, long step, int[] counts) {
        return generate(lo, hi, step, null, counts);
    }

    /** One step of the slice into {@code out} (spike ids) or, if it is null, into {@code counts}. */
    private long generate(int lo, int hi, long step, SpikeBuffer out, int[] counts) {
        double rate = rateAt(step);
        double lambda = rate * dtMs / 1000;
        if (lambda >= COUNT_MODE_LAMBDA) {
            return out != null ? updateCounts(lo, hi, step, lambda, out) : drawCounts(lo, hi, lambda, counts);
        }
        // the blocks this slice holds whole: [first, last)
        final int first = (lo + BLOCK - 1) >>> BLOCK_SHIFT;
        final int last = hi == size ? blockMinMs.length : hi >>> BLOCK_SHIFT;
        if (step > 0 && (changesAt(step) || rateAt(step - 1) * dtMs / 1000 >= COUNT_MODE_LAMBDA)) {
            double t0 = step * dtMs;
            for (int i = lo; i < hi; i++) {
                nextMs[i] = draw(i, t0, rate);
            }
            for (int b = lo >>> BLOCK_SHIFT; b < blockMinMs.length && b << BLOCK_SHIFT < hi; b++) {
                // a split block's bound can only be lowered without knowing the other slice's part
                blockMinMs[b] = b >= first && b < last ? minOf(b << BLOCK_SHIFT, blockEnd(b)) : Double.NEGATIVE_INFINITY;
            }
        }
        if (counts != null) {
            java.util.Arrays.fill(counts, lo, hi, 0);
        }
        if (rate <= 0) {
            return 0;
        }
        double meanIsiMs = 1000.0 / rate;
        double tEnd = (step + 1) * dtMs;
        if (first >= last) {
            return scan(lo, hi, tEnd, meanIsiMs, out, counts);
        }
        long total = scan(lo, first << BLOCK_SHIFT, tEnd, meanIsiMs, out, counts);
        for (int b = first; b < last; b++) {
            if (blockMinMs[b] <= tEnd) {
                int from = b << BLOCK_SHIFT;
                int to = blockEnd(b);
                total += scan(from, to, tEnd, meanIsiMs, out, counts);
                blockMinMs[b] = minOf(from, to);
            }
        }
        return total + scan(last << BLOCK_SHIFT, hi, tEnd, meanIsiMs, out, counts);
    }

    /** Fires the elements of {@code [from, to)} whose next spike falls before {@code tEnd}, in ascending order. */
    private long scan(int from, int to, double tEnd, double meanIsiMs, SpikeBuffer out, int[] counts) {
        long total = 0;
        for (int i = from; i < to; i++) {
            double t = nextMs[i];
            if (t <= tEnd) {
                int k = 0;
                do {
                    k++;
                    t += Rng.nextExp(rng, i) * meanIsiMs;
                } while (t <= tEnd);
                nextMs[i] = t;
                if (out != null) {
                    for (int j = 0; j < k; j++) {
                        out.add(i);
                    }
                }
                if (counts != null) {
                    counts[i] = k;
                }
                total += k;
            }
        }
        return total;
    }

    /** Count mode, spike-free: the per-element counts of {@link #updateCounts} (same draws). */
    private long drawCounts(int lo, int hi, double lambda, int[] counts) {
        Cdf c = cdfFor(lambda);
        final double[] cdf = c.table();
        final int[] guide = c.guide();
        final long[] random = bits;
        // the stream advance first, vectorised by the JIT, then the table look-ups
        Rng.nextLongs(rng, random, lo, hi);
        long total = 0;
        for (int i = lo; i < hi; i++) {
            int k = invert(random[i], cdf, guide);
            counts[i] = k;
            total += k;
        }
        return total;
    }

    /**
     * The Poisson count for the random bits {@code bits} (uniform u = {@link Rng#unit}) by
     * inversion with a guide table (Chen &amp; Asau): the bucket of u is its top
     * {@value #GUIDE_BITS} bits; most buckets hold one answer (stored >= 0), the others (stored as
     * -1 - first candidate) continue the search from there. The result is the exact inversion
     * (the smallest k with cdf[k] >= u), whatever bucket a u on a bucket edge falls in.
     */
    private static int invert(long bits, double[] cdf, int[] guide) {
        int k = guide[(int) (bits >>> (64 - GUIDE_BITS))];
        return k >= 0 ? k : search(Rng.unit(bits), -1 - k, cdf);
    }

    /** The rare path of {@link #invert}, kept apart so that the common path stays a tight loop. */
    private static int search(double u, int k, double[] cdf) {
        int last = cdf.length - 1;
        while (k < last && u > cdf[k]) {
            k++;
        }
        return k;
    }

    /**
     * High rates: the number of spikes of each element in this step is drawn directly
     * (inversion of the Poisson distribution, one uniform per element and step), which is
     * cheaper than one exponential per spike once an element fires in most steps.
     */
    private long updateCounts(int lo, int hi, long step, double lambda, SpikeBuffer out) {
        Cdf c = cdfFor(lambda);
        final double[] cdf = c.table();
        final int[] guide = c.guide();
        final long[] streams = rng;
        out.ensureRoom((hi - lo) * 4L);
        int[] ids = out.ids();
        int start = out.count();
        int n = start;
        for (int i = lo; i < hi; i++) {
            int k = invert(Rng.nextLong(streams, i), cdf, guide);
            if (n + k > ids.length) {
                out.setCount(n);
                out.ensureRoom(k + (hi - i) * 4L);
                ids = out.ids();
            }
            ids[n] = i;
            ids[n + 1] = i;
            ids[n + 2] = i;
            ids[n + 3] = i;
            for (int j = 4; j < k; j++) {
                ids[n + j] = i;
            }
            n += k;
            if (n + 4 > ids.length) {
                out.setCount(n);
                out.ensureRoom(4 + (hi - i) * 4L);
                ids = out.ids();
            }
        }
        out.setCount(n);
        return n - start;
    }

    /** The cumulative Poisson distribution for λ up to where it reaches 1 (cached per λ). */
    private Cdf cdfFor(double lambda) {
        Cdf c = cdf;
        if (c != null && c.lambda() == lambda) {
            return c;
        }
        synchronized (this) {
            c = cdf;
            if (c != null && c.lambda() == lambda) {
                return c;
            }
            java.util.List<Double> acc = new java.util.ArrayList<>();
            double p = Math.exp(-lambda);
            double f = p;
            int k = 0;
            while (f < 1 - 1e-16 && k < 10_000) {
                acc.add(f);
                k++;
                p *= lambda / k;
                f += p;
            }
            acc.add(1.0);
            double[] table = acc.stream().mapToDouble(Double::doubleValue).toArray();
            int[] guide = new int[1 << GUIDE_BITS];
            int at = 0;
            for (int g = 0; g < guide.length; g++) {
                double lowest = (double) g / guide.length;
                while (at < table.length - 1 && table[at] < lowest) {
                    at++;
                }
                double highest = (double) (g + 1) / guide.length;
                boolean single = at == table.length - 1 || table[at] >= highest;
                guide[g] = single ? at : -1 - at;
            }
            Cdf made = new Cdf(lambda, table, guide);
            cdf = made;
            return made;
        }
    }

    @Override
    public void setModel(NeuronModel model) {
        if (!(model instanceof PoissonSource m)) {
            throw new IllegalArgumentException("population " + populationId + " is a Poisson source, not " + model.modelId());
        }
        setSchedule(m);
    }

    @Override
    public double relativeCost() {
        return 0.3;
    }
}
