package org.neuroloom.app.views;

/**
 * What the live views consume. The live engine bridge and the playback of a recording both
 * push into a sink, always on the JavaFX thread and once per frame (a batch of steps at a
 * time), so the views cannot tell a live run from a recorded one.
 */
public interface LiveSink {

    /** A new network (or a jump in playback): forget everything shown so far. */
    void reset(NetworkLayout layout);

    /**
     * The spikes of one time step.
     *
     * @param tMs       time of the step
     * @param globalIds global neuron ids, ascending
     * @param count     how many entries of {@code globalIds} are valid
     */
    void spikes(double tMs, int[] globalIds, int count);

    /**
     * The spikes of one population in one time step, counted but not itemized: a source that
     * fires too often to stream every spike (Brunel's external drive, 2.5·10⁸ spikes per
     * simulated second) still shows its rate.
     *
     * @param tMs        time of the step
     * @param population population index in the layout
     * @param count      spikes in the step
     */
    void populationSpikes(double tMs, int population, int count);

    /**
     * Which populations arrive spike by spike from now on ({@code true}) and which as
     * {@link #populationSpikes counts} only. After a {@link #reset} every population is itemized.
     */
    void itemized(boolean[] itemized);

    /**
     * The trace channels that the following samples refer to, when the producer decides them
     * (playback of a recording). A live run instead samples what the trace view selects.
     */
    void traceChannels(java.util.List<TraceChannel> channels);

    /** One sample of a trace channel (see {@link TraceViewModel#channels()}). */
    void sample(int channel, double tMs, float value);

    /**
     * A weight snapshot of the projection with index {@code projection} in the layout: its
     * matrix, and its histogram unless {@link #weightHistogram} already brought the one of
     * {@code tMs}.
     */
    void weights(int projection, double tMs, WeightFrame frame);

    /**
     * The histogram of one weight snapshot whose matrix may never arrive: a live run outpacing the
     * screen hands the views only the latest matrix per frame, but every histogram, so the
     * histogram over time has no holes; a playback jump hands over the histograms of the
     * snapshots before its target without their matrices.
     *
     * @param counts     synapses per bin over the projection's histogram range
     * @param synapses   synapses counted
     * @param meanWeight mean weight of those synapses
     */
    void weightHistogram(int projection, double tMs, int[] counts, long synapses, double meanWeight);

    /**
     * Cumulative counters since the start of the run.
     *
     * @param tMs                  simulated time they refer to
     * @param spikeTotal           spikes emitted so far
     * @param synapticEventTotal   synaptic events (spike deliveries to one synapse) so far
     */
    void counters(double tMs, long spikeTotal, long synapticEventTotal);

    /** Simulated time has reached {@code tMs} (called at least once per batch, also without spikes). */
    void advanceTo(double tMs);
}
