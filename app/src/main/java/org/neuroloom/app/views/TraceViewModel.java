package org.neuroloom.app.views;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Membrane traces: the sampled state variables of selected neurons, each in its own lane, with
 * the neuron's spikes marked. A lane is scaled to its data in the window (autoscale) or to a
 * fixed range. Data are reduced to a min/max envelope per pixel column before drawing, so a
 * lane costs O(width) to draw however many samples it holds.
 */
public final class TraceViewModel implements CsvExportable {
    /** At most this many lanes; selecting more drops the oldest. */
    public static final int MAX_CHANNELS = 6;
    /** Simulated time a lane keeps, twice the longest window choice. */
    private static final double KEPT_MS = 10_000;
    private static final int SPIKE_CAPACITY = 1 << 12;

    private final List<TraceChannel> channels = new ArrayList<>();
    private final List<SampleRing> samples = new ArrayList<>();
    private final List<SampleRing> spikeMarks = new ArrayList<>();
    private int[] channelOfNeuron = new int[0];
    private NetworkLayout layout;
    private double windowMs = 1000;
    private double nowMs;
    private boolean autoscale = true;
    private double fixedMin = -80;
    private double fixedMax = -40;
    private boolean dirty = true;
    private int revision;

    /**
     * A new run (a reset, or a rebuilt network): forgets the data, and keeps each lane whose
     * neuron is still there, the same element of a population with the same id that still has
     * the variable, so a neuron picked for tracing stays traced across Reset and edits.
     */
    public void reset(NetworkLayout l) {
        List<TraceChannel> kept = layout == null ? List.of() : carriedOver(channels, layout, l);
        layout = l;
        channelOfNeuron = new int[l.neuronCount()];
        setChannels(kept);
        nowMs = 0;
    }

    /**
     * Samples a lane holds at time step {@code dtMs}: {@link #KEPT_MS} of them, at least 2^17 and
     * at most 2^20 (12 MiB), so even at dt = 0.01 ms a 5 s window shows its whole width.
     */
    static int sampleCapacity(double dtMs) {
        double wanted = Math.ceil(KEPT_MS / dtMs);
        return (int) Math.max(1 << 17, Math.min(1 << 20, wanted));
    }

    private static TraceChannel lane(NetworkLayout.Pop pop, int local, String variable) {
        return new TraceChannel(pop.offset() + local, variable, pop.label() + "[" + local + "] " + variable);
    }

    /** The lanes of {@code from} that exist in {@code to}, relabelled and renumbered for it. */
    private static List<TraceChannel> carriedOver(List<TraceChannel> lanes, NetworkLayout from, NetworkLayout to) {
        List<TraceChannel> kept = new ArrayList<>();
        for (TraceChannel c : lanes) {
            int p = from.populationOf(c.globalId());
            if (p < 0) {
                continue;
            }
            NetworkLayout.Pop old = from.populations().get(p);
            int local = c.globalId() - old.offset();
            for (NetworkLayout.Pop pop : to.populations()) {
                if (pop.id().equals(old.id()) && local < pop.size() && pop.variables().contains(c.variable())) {
                    kept.add(lane(pop, local, c.variable()));
                }
            }
        }
        return kept;
    }

    /** Adds a lane for {@code variable} of global neuron {@code gid}; returns its channel index. */
    public int addChannel(int gid, String variable) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).globalId() == gid && channels.get(i).variable().equals(variable)) {
                return i;
            }
        }
        if (channels.size() == MAX_CHANNELS) {
            removeChannel(0);
        }
        int p = layout.populationOf(gid);
        NetworkLayout.Pop pop = layout.populations().get(p);
        channels.add(lane(pop, gid - pop.offset(), variable));
        samples.add(new SampleRing(sampleCapacity(layout.dtMs())));
        spikeMarks.add(new SampleRing(SPIKE_CAPACITY));
        reindex();
        revision++;
        dirty = true;
        return channels.size() - 1;
    }

    /** Replaces all lanes by {@code list} (in that order, at most {@link #MAX_CHANNELS}). */
    public void setChannels(List<TraceChannel> list) {
        channels.clear();
        samples.clear();
        spikeMarks.clear();
        for (TraceChannel c : list.subList(0, Math.min(list.size(), MAX_CHANNELS))) {
            channels.add(c);
            samples.add(new SampleRing(sampleCapacity(layout.dtMs())));
            spikeMarks.add(new SampleRing(SPIKE_CAPACITY));
        }
        reindex();
        revision++;
        dirty = true;
    }

    public void removeChannel(int i) {
        channels.remove(i);
        samples.remove(i);
        spikeMarks.remove(i);
        reindex();
        revision++;
        dirty = true;
    }

    /** The lanes, in channel order. The bridge samples exactly these. */
    public List<TraceChannel> channels() {
        return List.copyOf(channels);
    }

    /** Changes whenever the channel list changes, so a producer knows to re-subscribe. */
    public int revision() {
        return revision;
    }

    public void sample(int channel, double tMs, float value) {
        if (channel >= 0 && channel < samples.size()) {
            samples.get(channel).add(tMs, value);
            dirty = true;
        }
    }

    public void spikes(double tMs, int[] gids, int count) {
        if (channels.isEmpty()) {
            return;
        }
        for (int k = 0; k < count; k++) {
            int g = gids[k];
            if (g < channelOfNeuron.length && channelOfNeuron[g] >= 0) {
                for (int c = 0; c < channels.size(); c++) {
                    if (channels.get(c).globalId() == g) {
                        spikeMarks.get(c).add(tMs, 1f);
                    }
                }
                dirty = true;
            }
        }
    }

    public void advanceTo(double tMs) {
        if (tMs > nowMs) {
            nowMs = tMs;
            dirty = true;
        }
    }

    public double nowMs() {
        return nowMs;
    }

    public boolean consumeDirty() {
        boolean d = dirty;
        dirty = false;
        return d;
    }

    public void setWindowMs(double ms) {
        windowMs = Math.max(10, Math.min(10_000, ms));
        dirty = true;
    }

    public double windowMs() {
        return windowMs;
    }

    public void setAutoscale(boolean on) {
        autoscale = on;
        dirty = true;
    }

    public boolean autoscale() {
        return autoscale;
    }

    /** The range used when autoscale is off. */
    public void setFixedRange(double min, double max) {
        fixedMin = Math.min(min, max);
        fixedMax = Math.max(min, max) == fixedMin ? fixedMin + 1 : Math.max(min, max);
        dirty = true;
    }

    /** The samples of channel {@code c} (read only). */
    public SampleRing samples(int c) {
        return samples.get(c);
    }

    /** The spike times of channel {@code c}'s neuron (read only). */
    public SampleRing spikeMarks(int c) {
        return spikeMarks.get(c);
    }

    /**
     * Reduces channel {@code c} over the window to {@code columns} pixel columns. Columns without a
     * sample get NaN. Returns {min, max} over the window (or the fixed range), NaN if empty.
     */
    public double[] envelope(int c, int columns, float[] colMin, float[] colMax) {
        Arrays.fill(colMin, 0, columns, Float.NaN);
        Arrays.fill(colMax, 0, columns, Float.NaN);
        SampleRing r = samples.get(c);
        double t0 = nowMs - windowMs;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int k = r.firstAtOrAfter(t0), n = r.size(); k < n; k++) {
            int x = (int) ((r.timeMs(k) - t0) / windowMs * columns);
            if (x < 0 || x >= columns) {
                continue;
            }
            float v = r.value(k);
            colMin[x] = Float.isNaN(colMin[x]) ? v : Math.min(colMin[x], v);
            colMax[x] = Float.isNaN(colMax[x]) ? v : Math.max(colMax[x], v);
            lowest = Math.min(lowest, v);
            highest = Math.max(highest, v);
        }
        if (!autoscale) {
            return new double[] {fixedMin, fixedMax};
        }
        if (lowest > highest) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (highest - lowest < 1e-9) {
            return new double[] {lowest - 1, highest + 1};
        }
        return new double[] {lowest, highest};
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("channel,global_id,variable,time_ms,value\n");
        for (int c = 0; c < channels.size(); c++) {
            TraceChannel ch = channels.get(c);
            SampleRing r = samples.get(c);
            for (int k = r.firstAtOrAfter(nowMs - windowMs), n = r.size(); k < n; k++) {
                out.write(String.format(Locale.ROOT, "%s,%d,%s,%.4f,%s%n", ch.label().replace(',', ' '), ch.globalId(),
                        ch.variable(), r.timeMs(k), Float.toString(r.value(k))));
            }
        }
    }

    private void reindex() {
        Arrays.fill(channelOfNeuron, -1);
        for (int i = 0; i < channels.size(); i++) {
            channelOfNeuron[channels.get(i).globalId()] = i;
        }
    }
}
