package org.neuroloom.app.playback;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neuroloom.app.views.WeightFrame;

/**
 * Writes a run to a recording file (format: docs/recording-format.md). Called from one thread,
 * step by step: {@link #spikes} (and {@link #counted}/{@link #count} for populations recorded as
 * counts), {@link #sample}, {@link #counters} and {@link #weights} for a step, then {@link #endStep}. Spikes and samples are buffered in a reused block and written
 * every {@value RecordingFormat#BLOCK_STEPS} steps, so the per-step cost is a few varints and
 * nothing is allocated in steady state.
 */
public final class RecordingWriter implements AutoCloseable {
    private final Path file;
    private final RecordingHeader header;
    private final DataOutputStream out;
    private final ByteSink spikes = new ByteSink();
    private final ByteSink samples = new ByteSink();
    private final ByteSink payload = new ByteSink();
    private final ByteSink weights = new ByteSink();
    private final ByteSink counts = new ByteSink();
    /** Populations recorded as counts in the open block (at any of its steps). */
    private final boolean[] countedInBlock;
    private long lastCountStep;
    private int countEntries;
    private long blockFirst = -1;
    private long lastSpikeStep;
    private long lastSampleStep;
    private int spikeSteps;
    private int sampleRows;
    private boolean hasCounters;
    private long counterStep;
    private long spikeTotal;
    private long eventTotal;
    private long lastStep = -1;
    private long spikesWritten;

    public RecordingWriter(Path file, RecordingHeader header) throws IOException {
        this.file = file;
        this.header = header;
        countedInBlock = new boolean[header.layout().populations().size()];
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        RecordingFormat.writeHeader(out, header);
    }

    public Path file() {
        return file;
    }

    public RecordingHeader header() {
        return header;
    }

    /** The spikes of step {@code step}: global ids, ascending. */
    public void spikes(long step, int[] gids, int count) throws IOException {
        if (count == 0) {
            return;
        }
        open(step);
        spikes.varLong(step - lastSpikeStep);
        lastSpikeStep = step;
        spikes.varLong(count);
        int prev = 0;
        for (int k = 0; k < count; k++) {
            spikes.varLong(gids[k] - prev);   // ascending ids: small non-negative gaps
            prev = gids[k];
        }
        spikeSteps++;
        spikesWritten += count;
    }

    /**
     * The populations recorded as counts from this step on (flag {@code false}: itemized); the
     * block records every population that was counted at any of its steps.
     */
    public void counted(long step, boolean[] itemized) {
        open(step);
        for (int p = 0; p < countedInBlock.length; p++) {
            countedInBlock[p] |= p < itemized.length && !itemized[p];
        }
    }

    /** {@code count} spikes of population {@code population} in step {@code step}, without their neurons. */
    public void count(long step, int population, int count) {
        if (count <= 0) {
            return;
        }
        open(step);
        countedInBlock[population] = true;
        counts.varLong(step - lastCountStep);
        lastCountStep = step;
        counts.varLong(population);
        counts.varLong(count);
        countEntries++;
        spikesWritten += count;
    }

    /** One sample of every recorded channel at {@code step}, in header channel order. */
    public void sample(long step, float[] values) throws IOException {
        open(step);
        samples.varLong(step - lastSampleStep);
        lastSampleStep = step;
        for (int c = 0; c < header.channels().size(); c++) {
            samples.float32(values[c]);
        }
        sampleRows++;
    }

    /** Cumulative counters at {@code step} (the last call of a block is kept). */
    public void counters(long step, long spikeCount, long synapticEventCount) throws IOException {
        open(step);
        hasCounters = true;
        counterStep = step;
        spikeTotal = spikeCount;
        eventTotal = synapticEventCount;
    }

    /** A weight snapshot of projection {@code projection} (its shape must match the header). */
    public void weights(long step, int projection, WeightFrame f) throws IOException {
        int[] shape = header.weightShapes().get(projection);
        if (f.rows() != shape[0] || f.cols() != shape[1] || f.histogram().length != shape[2]) {
            throw new IllegalArgumentException("weight frame " + f.rows() + "x" + f.cols() + "/" + f.histogram().length
                    + " does not match the recorded shape of projection " + projection);
        }
        weights.clear();
        weights.varLong(projection);
        for (float w : f.blocks()) {
            weights.float32(w);
        }
        weights.float64(f.histMin());
        weights.float64(f.histMax());
        for (int c : f.histogram()) {
            weights.varLong(c);
        }
        weights.float64(f.meanWeight());
        weights.varLong(f.synapses());
        record(RecordingFormat.WEIGHTS, step, weights);
    }

    /** Step {@code step} is complete. */
    public void endStep(long step) throws IOException {
        open(step);
        lastStep = step;
        if (step + 1 - blockFirst >= RecordingFormat.BLOCK_STEPS) {
            flushBlock();
        }
    }

    /** Spikes written so far. */
    public long spikesWritten() {
        return spikesWritten;
    }

    @Override
    public void close() throws IOException {
        flushBlock();
        ByteSink end = new ByteSink();
        end.varLong(Math.max(0, lastStep + 1));
        record(RecordingFormat.END, Math.max(0, lastStep), end);
        out.close();
    }

    private void open(long step) {
        if (blockFirst < 0) {
            blockFirst = step;
            lastSpikeStep = step;
            lastSampleStep = step;
            lastCountStep = step;
        }
    }

    private void flushBlock() throws IOException {
        if (blockFirst < 0) {
            return;
        }
        payload.clear();
        payload.varLong(Math.max(1, lastStep + 1 - blockFirst));
        int counted = 0;
        for (boolean c : countedInBlock) {
            counted += c ? 1 : 0;
        }
        payload.varLong(counted);
        for (int p = 0; p < countedInBlock.length; p++) {
            if (countedInBlock[p]) {
                payload.varLong(p);
            }
        }
        payload.varLong(countEntries);
        append(payload, counts);
        payload.varLong(spikeSteps);
        append(payload, spikes);
        payload.varLong(sampleRows);
        append(payload, samples);
        payload.varLong(hasCounters ? 1 : 0);
        if (hasCounters) {
            payload.varLong(counterStep - blockFirst);
            payload.varLong(spikeTotal);
            payload.varLong(eventTotal);
        }
        record(RecordingFormat.STEPS, blockFirst, payload);
        spikes.clear();
        samples.clear();
        counts.clear();
        java.util.Arrays.fill(countedInBlock, false);
        countEntries = 0;
        spikeSteps = 0;
        sampleRows = 0;
        hasCounters = false;
        blockFirst = -1;
    }

    private static void append(ByteSink to, ByteSink from) {
        byte[] a = from.array();
        for (int i = 0; i < from.size(); i++) {
            to.put(a[i]);
        }
    }

    private void record(byte tag, long firstStep, ByteSink body) throws IOException {
        out.writeByte(tag);
        out.writeInt(body.size());
        out.writeLong(firstStep);
        out.write(body.array(), 0, body.size());
    }
}
