package org.neuroloom.engine.plasticity;

import org.neuroloom.engine.synapse.InputSink;
import org.neuroloom.engine.synapse.PlasticTable;

/**
 * A plasticity rule acting on the synapses of one plastic projection that end in one worker's
 * slice (one instance per projection and worker, so kernels never share writable memory).
 * <p>Call order within step k (all on the owning worker):
 * <ol>
 *   <li>{@link #onStepStart} once;</li>
 *   <li>{@link #onPreArrival} for every presynaptic spike arriving in this step (emitted at
 *       step k - d for the synapses of delay d), in ascending presynaptic order per delay
 *       bucket; it must deliver each synapse's effective weight × {@link #weightScale()} to the
 *       sink (which feeds the same step's neuron update) and apply the pre-side rule;</li>
 *   <li>the neuron update of step k;</li>
 *   <li>{@link #onPostSpike} for every target of the slice that spiked in step k, ascending;</li>
 *   <li>{@link #onStep} once.</li>
 * </ol>
 * Times are the end of step k, {@code (k + 1)·dt}: an arrival and a postsynaptic spike in the
 * same step have Δt = 0 and count as pre before post.
 * Presynaptic traces are indexed by {@code preKey} (see {@link PlasticTable}); postsynaptic
 * ones by target element.
 */
public abstract class PlasticityKernel {
    protected final PlasticTable table;
    protected final double dtMs;
    protected volatile boolean enabled = true;
    protected volatile double weightScale = 1;

    protected PlasticityKernel(PlasticTable table, double dtMs) {
        this.table = table;
        this.dtMs = dtMs;
    }

    /**
     * Presynaptic spike arrival at the synapses {@code [synFrom, synTo)} of trace key {@code preKey}.
     *
     * @param preKey  {@code bucket · sourceSize + pre}
     * @param synFrom first synapse index
     * @param synTo   one past the last synapse index
     * @param tMs     arrival time
     * @param sink    where the effective weights go
     */
    public abstract void onPreArrival(int preKey, int synFrom, int synTo, double tMs, InputSink sink);

    /** A spike of target element {@code post} (population index, inside the slice) at {@code tMs}. */
    public abstract void onPostSpike(int post, double tMs);

    /** Per-step work (eligibility decay, homeostasis); nothing by default. */
    public void onStep(double tMs) {
    }

    /**
     * Work at the start of step k, before its arrivals, with {@code tStartMs = k·dt} (e.g. the
     * weight change a modulator causes over the step); nothing by default.
     */
    public void onStepStart(double tStartMs) {
    }

    /**
     * Brings {@link PlasticTable#weight} up to date for readers, for rules that apply weight
     * changes lazily; called between steps only. Nothing by default.
     */
    public void syncWeights() {
    }

    /** Whether weights change (live control); delivery continues when disabled. */
    public void setEnabled(boolean on) {
        enabled = on;
    }

    /** Whether weights change. */
    public boolean enabled() {
        return enabled;
    }

    /** Sets the factor applied to delivered weights (live control; stored weights unchanged). */
    public void setWeightScale(double scale) {
        weightScale = scale;
    }

    /** The factor applied to delivered weights. */
    public double weightScale() {
        return weightScale;
    }

    /** The synapse table this kernel owns. */
    public PlasticTable table() {
        return table;
    }
}
