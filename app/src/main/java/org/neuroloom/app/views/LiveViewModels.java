package org.neuroloom.app.views;

import java.util.ArrayList;
import java.util.List;

/**
 * All live view-models behind one {@link LiveSink}: what a producer pushes once per frame
 * reaches the raster, traces, rates, weights and energy meter.
 */
public final class LiveViewModels implements LiveSink {
    /** Heatmap resolution: blocks per side at most. */
    public static final int HEATMAP_BLOCKS = 64;
    /** Histogram bins of the weight views. */
    public static final int WEIGHT_BINS = 40;

    private final RasterViewModel raster = new RasterViewModel();
    private final TraceViewModel traces = new TraceViewModel();
    private final RateViewModel rates = new RateViewModel();
    private final EnergyViewModel energy = new EnergyViewModel();
    private final List<WeightViewModel> weights = new ArrayList<>();
    private final List<Runnable> resetListeners = new ArrayList<>();
    private NetworkLayout layout = new NetworkLayout(List.of(), List.of(), 0.1, 0);
    private double nowMs;

    public LiveViewModels() {
        reset(layout);
    }

    @Override
    public void reset(NetworkLayout l) {
        layout = l;
        nowMs = 0;
        raster.reset(l);
        traces.reset(l);
        rates.reset(l);
        energy.reset(l);
        weights.clear();
        for (NetworkLayout.Proj p : l.projections()) {
            weights.add(new WeightViewModel(p, blocks(p.preSize()), blocks(p.postSize()), WEIGHT_BINS));
        }
        resetListeners.forEach(Runnable::run);
    }

    /** The heatmap shape for a population of {@code n}: one block per neuron up to {@link #HEATMAP_BLOCKS}. */
    public static int blocks(int n) {
        return Math.max(1, Math.min(HEATMAP_BLOCKS, n));
    }

    @Override
    public void spikes(double tMs, int[] globalIds, int count) {
        raster.spikes(tMs, globalIds, count);
        traces.spikes(tMs, globalIds, count);
        rates.spikes(tMs, globalIds, count);
        energy.spikes(tMs, globalIds, count);
        nowMs = Math.max(nowMs, tMs);
    }

    @Override
    public void populationSpikes(double tMs, int population, int count) {
        raster.populationSpikes(tMs, population, count);
        rates.populationSpikes(tMs, population, count);
        nowMs = Math.max(nowMs, tMs);
    }

    @Override
    public void itemized(boolean[] itemized) {
        raster.setItemized(itemized);
    }

    @Override
    public void traceChannels(List<TraceChannel> channels) {
        traces.setChannels(channels);
    }

    @Override
    public void sample(int channel, double tMs, float value) {
        traces.sample(channel, tMs, value);
    }

    @Override
    public void weights(int projection, double tMs, WeightFrame frame) {
        WeightViewModel vm = weights.get(projection);
        if (vm.rows() != frame.rows() || vm.cols() != frame.cols() || vm.bins() != frame.histogram().length) {
            // the producer decides the shape (a recording made with other settings): follow it
            vm = new WeightViewModel(vm.projection(), frame.rows(), frame.cols(), frame.histogram().length);
            weights.set(projection, vm);
            resetListeners.forEach(Runnable::run);
        }
        vm.weights(tMs, frame);
    }

    @Override
    public void weightHistogram(int projection, double tMs, int[] counts, long synapses, double meanWeight) {
        WeightViewModel vm = weights.get(projection);
        if (vm.bins() == counts.length) {
            vm.histogram(tMs, counts, synapses, meanWeight);
        }
    }

    @Override
    public void counters(double tMs, long spikeTotal, long synapticEventTotal) {
        energy.counters(tMs, spikeTotal, synapticEventTotal);
    }

    @Override
    public void advanceTo(double tMs) {
        raster.advanceTo(tMs);
        traces.advanceTo(tMs);
        rates.advanceTo(tMs);
        energy.advanceTo(tMs);
        nowMs = Math.max(nowMs, tMs);
    }

    /** Runs {@code r} after every reset (views rebuild their per-projection panels). */
    public void onReset(Runnable r) {
        resetListeners.add(r);
    }

    public NetworkLayout layout() {
        return layout;
    }

    public double nowMs() {
        return nowMs;
    }

    public RasterViewModel raster() {
        return raster;
    }

    public TraceViewModel traces() {
        return traces;
    }

    public RateViewModel rates() {
        return rates;
    }

    public EnergyViewModel energy() {
        return energy;
    }

    /** One per projection of the layout, in layout order. */
    public List<WeightViewModel> weights() {
        return List.copyOf(weights);
    }
}
