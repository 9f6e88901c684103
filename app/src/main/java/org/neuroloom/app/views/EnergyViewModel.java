package org.neuroloom.app.views;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Energy and sparsity: how much happens per simulated second and what it would cost.
 * Rates come from the engine's cumulative counters over the last {@code readoutMs} of simulated
 * time. Power is energy per simulated second, i.e. the power draw when running in real time:
 * <pre>
 * spiking = events/s · E_syn + spikes/s · E_spike + N · steps/s · E_neuron
 * dense   = N² · steps/s · E_mac   (a dense network of the same N, updated every step)
 * </pre>
 */
public final class EnergyViewModel implements CsvExportable {
    private static final int HISTORY = 4096;

    private final double readoutMs;
    private EnergyConstants constants = EnergyConstants.published();
    private NetworkLayout layout;
    private double[] lastSpikeMs = new double[0];
    private double activeWindowMs = 100;
    private final double[] tMs = new double[HISTORY];
    private final long[] spikeTotals = new long[HISTORY];
    private final long[] eventTotals = new long[HISTORY];
    private long written;
    private double nowMs;
    private boolean dirty = true;

    public EnergyViewModel() {
        this(1000);
    }

    public EnergyViewModel(double readoutMs) {
        this.readoutMs = readoutMs;
    }

    public void reset(NetworkLayout l) {
        layout = l;
        lastSpikeMs = new double[l.neuronCount()];
        java.util.Arrays.fill(lastSpikeMs, Double.NEGATIVE_INFINITY);
        written = 0;
        nowMs = 0;
        dirty = true;
    }

    public void spikes(double t, int[] gids, int count) {
        for (int k = 0; k < count; k++) {
            lastSpikeMs[gids[k]] = t;
        }
        nowMs = Math.max(nowMs, t);
    }

    public void counters(double t, long spikeTotal, long eventTotal) {
        int i = (int) (written % HISTORY);
        tMs[i] = t;
        spikeTotals[i] = spikeTotal;
        eventTotals[i] = eventTotal;
        written++;
        nowMs = Math.max(nowMs, t);
        dirty = true;
    }

    public void advanceTo(double t) {
        nowMs = Math.max(nowMs, t);
    }

    public void setConstants(EnergyConstants c) {
        constants = c;
        dirty = true;
    }

    public EnergyConstants constants() {
        return constants;
    }

    /** Width of the window in which a neuron counts as active. */
    public void setActiveWindowMs(double ms) {
        activeWindowMs = Math.max(1, ms);
        dirty = true;
    }

    public double activeWindowMs() {
        return activeWindowMs;
    }

    /** Spikes per simulated second over the readout period, NaN before two counter samples. */
    public double spikesPerS() {
        return perSecond(spikeTotals);
    }

    /** Synaptic events per simulated second over the readout period. */
    public double synapticEventsPerS() {
        return perSecond(eventTotals);
    }

    /** Fraction of neurons (sources excluded) that spiked within the active window. */
    public double fractionActive() {
        int n = 0;
        int active = 0;
        double since = nowMs - activeWindowMs;
        for (NetworkLayout.Pop p : layout.populations()) {
            if (p.source()) {
                continue;
            }
            for (int g = p.offset(); g < p.end(); g++) {
                if (lastSpikeMs[g] > since) {
                    active++;
                }
            }
            n += p.size();
        }
        return n == 0 ? Double.NaN : (double) active / n;
    }

    /** Neurons with dynamics (sources excluded). */
    public long modelNeurons() {
        long n = 0;
        for (NetworkLayout.Pop p : layout.populations()) {
            n += p.source() ? 0 : p.size();
        }
        return n;
    }

    /** Power of the spiking network at real time, W (energy per simulated second). */
    public double spikingPowerW() {
        double pj = synapticEventsPerS() * constants.synapticEventPj()
                + spikesPerS() * constants.spikePj()
                + modelNeurons() * layout.stepsPerSecond() * constants.neuronUpdatePj();
        return pj * 1e-12;
    }

    /** Power of a dense network with as many units, updated every step, W. */
    public double densePowerW() {
        double n = layout.neuronCount();
        return n * n * layout.stepsPerSecond() * constants.denseMacPj() * 1e-12;
    }

    /** Synaptic events per second divided by the dense network's multiply-accumulates per second. */
    public double activityRatio() {
        double n = layout.neuronCount();
        return synapticEventsPerS() / (n * n * layout.stepsPerSecond());
    }

    public double nowMs() {
        return nowMs;
    }

    public boolean consumeDirty() {
        boolean d = dirty;
        dirty = false;
        return d;
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("quantity,value,unit\n");
        row(out, "simulated_time", nowMs, "ms");
        row(out, "neurons", layout.neuronCount(), "");
        row(out, "synapses", layout.synapseCount(), "");
        row(out, "spikes_per_s", spikesPerS(), "1/s");
        row(out, "synaptic_events_per_s", synapticEventsPerS(), "1/s");
        row(out, "fraction_active", fractionActive(), "");
        row(out, "active_window", activeWindowMs, "ms");
        row(out, "synaptic_event_energy", constants.synapticEventPj(), "pJ");
        row(out, "spike_energy", constants.spikePj(), "pJ");
        row(out, "neuron_update_energy", constants.neuronUpdatePj(), "pJ");
        row(out, "dense_mac_energy", constants.denseMacPj(), "pJ");
        row(out, "spiking_power", spikingPowerW(), "W");
        row(out, "dense_power", densePowerW(), "W");
    }

    private static void row(Writer out, String q, double v, String unit) throws IOException {
        out.write(String.format(Locale.ROOT, "%s,%s,%s%n", q, Double.toString(v), unit));
    }

    private double perSecond(long[] totals) {
        if (written < 2) {
            return Double.NaN;
        }
        int last = (int) ((written - 1) % HISTORY);
        double tLast = tMs[last];
        // the oldest sample still inside the readout period (at least one step back)
        long k = written - 2;
        long oldest = Math.max(0, written - HISTORY);
        while (k > oldest && tLast - tMs[(int) ((k - 1) % HISTORY)] <= readoutMs) {
            k--;
        }
        int first = (int) (k % HISTORY);
        double dt = tLast - tMs[first];
        return dt <= 0 ? Double.NaN : (totals[last] - totals[first]) / (dt / 1000.0);
    }
}
