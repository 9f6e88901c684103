package org.neuroloom.app.playback;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.neuroloom.app.views.LiveSink;
import org.neuroloom.app.views.WeightFrame;

/**
 * A recording opened for playback. The file is memory-mapped and indexed once (block start
 * steps and weight snapshot steps), so any time range can be replayed without reading the
 * rest. A file whose writer stopped early (crash, full disk) plays up to its last complete
 * record.
 */
public final class RecordingFile {
    private final Path path;
    private final MappedByteBuffer map;
    private final RecordingHeader header;
    private long[] blockFirst = new long[64];
    private int[] blockOffset = new int[64];
    private int blocks;
    private long[] weightStep = new long[16];
    private int[] weightProjection = new int[16];
    private int[] histogramCounts;
    private int[] weightOffset = new int[16];
    private int weightRecords;
    private long endStep;
    private boolean complete;
    private byte[] scratch = new byte[1 << 16];
    private int[] ids = new int[1024];
    private final WeightFrame[] frames;
    private final int version;
    /** Count entries of the block being replayed: step, population, count. */
    private long[] countStep = new long[256];
    private int[] countPop = new int[256];
    private int[] countN = new int[256];
    /** What the sink was last told is itemized (all, after a reset). */
    private final boolean[] shownItemized;
    private final boolean[] blockItemized;

    private RecordingFile(Path path, MappedByteBuffer map) throws IOException {
        this.path = path;
        this.map = map;
        ByteBuffer headerView = map.duplicate();
        header = RecordingFormat.readHeader(new DataInputStream(new BufferInput(headerView)), path.toString());
        byte[] magic = new byte[RecordingFormat.MAGIC.length];
        map.get(0, magic);
        version = RecordingFormat.version(magic);
        shownItemized = new boolean[header.layout().populations().size()];
        blockItemized = new boolean[shownItemized.length];
        sinkWasReset();
        frames = new WeightFrame[header.layout().projections().size()];
        for (int i = 0; i < frames.length; i++) {
            int[] s = header.weightShapes().get(i);
            frames[i] = new WeightFrame(s[0], s[1], s[2]);
        }
        index(headerView.position());
    }

    /** Opens and indexes {@code path}; a clear message if it is not a readable recording. */
    public static RecordingFile open(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw new IOException(path + ": recordings above 2 GiB are not supported (" + ch.size() + " bytes)");
            }
            return new RecordingFile(path, ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
        } catch (java.nio.BufferUnderflowException | java.io.EOFException e) {
            throw new IOException(path + ": recording header is cut short", e);
        }
    }

    public Path path() {
        return path;
    }

    public RecordingHeader header() {
        return header;
    }

    /** Steps recorded: playback covers {@code [0, endStep)}. */
    public long endStep() {
        return endStep;
    }

    /** Whether the file has its end record (false when the writer stopped early). */
    public boolean complete() {
        return complete;
    }

    /**
     * The sink this file replays into was reset: every population counts as itemized there again
     * (see {@link LiveSink#itemized}), so the next block that has counted populations says so.
     */
    public void sinkWasReset() {
        Arrays.fill(shownItemized, true);
    }

    /**
     * Pushes the recorded data of steps {@code [fromStep, toStep)} into {@code sink}, in step order,
     * then advances it to the time of {@code toStep}. Populations recorded as counts reach it as
     * {@link LiveSink#populationSpikes} (announced with {@link LiveSink#itemized} when that changes),
     * exactly as in the live run.
     */
    public void replay(long fromStep, long toStep, LiveSink sink) throws IOException {
        if (toStep <= fromStep) {
            return;
        }
        int b = Math.max(0, blockAtOrBefore(fromStep));
        for (; b < blocks && blockFirst[b] < toStep; b++) {
            replayBlock(b, fromStep, toStep, sink);
        }
        int w = Arrays.binarySearch(weightStep, 0, weightRecords, fromStep);
        for (w = w < 0 ? -w - 1 : firstOf(w); w < weightRecords && weightStep[w] < toStep; w++) {
            replayWeights(w, true, sink);
        }
        sink.advanceTo(header.timeAfter(toStep));
    }

    /**
     * Replays the weight snapshots taken before {@code step}, in order: the first and the latest
     * of each projection whole (the first lets the views take the recording's shape, the latest
     * is the state at a jump target), the ones between as histograms (the histogram over time up
     * to the target). Only two matrices per projection are read, so a jump in an hour-long
     * recording does not copy tens of thousands of them.
     */
    public void replayWeightsBefore(long step, LiveSink sink) throws IOException {
        int end = Arrays.binarySearch(weightStep, 0, weightRecords, step);
        end = end < 0 ? -end - 1 : firstOf(end);
        int[] first = new int[frames.length];
        int[] latest = new int[frames.length];
        Arrays.fill(first, -1);
        for (int w = 0; w < end; w++) {
            int p = weightProjection[w];
            first[p] = first[p] < 0 ? w : first[p];
            latest[p] = w;
        }
        for (int w = 0; w < end; w++) {
            int p = weightProjection[w];
            replayWeights(w, w == first[p] || w == latest[p], sink);
        }
    }

    private int firstOf(int w) {
        while (w > 0 && weightStep[w - 1] == weightStep[w]) {
            w--;
        }
        return w;
    }

    private int blockAtOrBefore(long step) {
        int i = Arrays.binarySearch(blockFirst, 0, blocks, step);
        return i >= 0 ? i : -i - 2;
    }

    private void replayBlock(int b, long from, long to, LiveSink sink) throws IOException {
        ByteSource in = payload(blockOffset[b]);
        long first = blockFirst[b];
        in.varLong(); // steps covered
        int entries = version >= 2 ? readCounts(in, first, sink) : 0;
        int e = 0;
        int stepsWithSpikes = in.varInt();
        long step = first;
        for (int s = 0; s < stepsWithSpikes; s++) {
            step += in.varLong();
            int count = in.varInt();
            if (ids.length < count) {
                ids = new int[Math.max(count, ids.length * 2)];
            }
            int id = 0;
            for (int k = 0; k < count; k++) {
                id += in.varInt();
                ids[k] = id;
            }
            e = replayCounts(e, entries, step, from, to, sink);
            if (step >= from && step < to) {
                sink.spikes(header.timeMs(step), ids, count);
            }
        }
        replayCounts(e, entries, Long.MAX_VALUE, from, to, sink);
        step = first;
        int rows = in.varInt();
        int channels = header.channels().size();
        for (int r = 0; r < rows; r++) {
            step += in.varLong();
            for (int c = 0; c < channels; c++) {
                float v = in.float32();
                if (step >= from && step < to) {
                    sink.sample(c, header.timeMs(step), v);
                }
            }
        }
        if (in.varInt() == 1) {
            long at = first + in.varLong();
            long spikes = in.varLong();
            long events = in.varLong();
            if (at >= from && at < to) {
                sink.counters(header.timeMs(at), spikes, events);
            }
        }
    }

    /** Reads a version-2 block's counted populations and count entries; tells the sink if the counted set changed. */
    private int readCounts(ByteSource in, long first, LiveSink sink) throws IOException {
        Arrays.fill(blockItemized, true);
        int counted = in.varInt();
        for (int i = 0; i < counted; i++) {
            int p = in.varInt();
            if (p < blockItemized.length) {
                blockItemized[p] = false;
            }
        }
        if (!Arrays.equals(blockItemized, shownItemized)) {
            System.arraycopy(blockItemized, 0, shownItemized, 0, shownItemized.length);
            sink.itemized(shownItemized.clone());
        }
        int entries = in.varInt();
        if (countStep.length < entries) {
            countStep = new long[entries];
            countPop = new int[entries];
            countN = new int[entries];
        }
        long step = first;
        for (int i = 0; i < entries; i++) {
            step += in.varLong();
            countStep[i] = step;
            countPop[i] = in.varInt();
            countN[i] = in.varInt();
        }
        return entries;
    }

    /** Pushes the count entries from {@code e} on of steps up to {@code step} (inclusive); returns the next entry. */
    private int replayCounts(int e, int entries, long step, long from, long to, LiveSink sink) {
        for (; e < entries && countStep[e] <= step; e++) {
            if (countStep[e] >= from && countStep[e] < to && countPop[e] < shownItemized.length) {
                sink.populationSpikes(header.timeMs(countStep[e]), countPop[e], countN[e]);
            }
        }
        return e;
    }

    /**
     * Hands weight record {@code w} to {@code sink}: whole (matrix and histogram, through
     * {@link LiveSink#weights}) or, when {@code whole} is false, its histogram alone, the matrix
     * skipped unread.
     */
    private void replayWeights(int w, boolean whole, LiveSink sink) throws IOException {
        ByteSource in = payload(weightOffset[w]);
        int p = in.varInt();
        WeightFrame f = frames[p];
        float[] blocksOut = null;
        if (whole) {
            blocksOut = new float[f.rows() * f.cols()];
            for (int i = 0; i < blocksOut.length; i++) {
                blocksOut[i] = in.float32();
            }
        } else {
            in.skip(4 * f.rows() * f.cols());
        }
        double histMin = in.float64();
        double histMax = in.float64();
        int[] hist = histogramScratch(f.histogram().length);
        for (int i = 0; i < hist.length; i++) {
            hist[i] = in.varInt();
        }
        double mean = in.float64();
        long synapses = in.varLong();
        double tMs = header.timeMs(weightStep[w]);
        if (whole) {
            f.set(blocksOut, hist, histMin, histMax, mean, synapses);
            sink.weights(p, tMs, f);
        } else {
            sink.weightHistogram(p, tMs, hist, synapses, mean);
        }
    }

    private int[] histogramScratch(int bins) {
        if (histogramCounts == null || histogramCounts.length != bins) {
            histogramCounts = new int[bins];
        }
        return histogramCounts;
    }

    private ByteSource payload(int recordOffset) {
        int len = map.getInt(recordOffset + 1);
        if (scratch.length < len) {
            scratch = new byte[Math.max(len, scratch.length * 2)];
        }
        map.get(recordOffset + RecordingFormat.RECORD_HEADER_BYTES, scratch, 0, len);
        return new ByteSource(scratch, 0, len);
    }

    private void index(int start) {
        int pos = start;
        int size = map.limit();
        long lastBlockEnd = 0;
        while (pos + RecordingFormat.RECORD_HEADER_BYTES <= size) {
            byte tag = map.get(pos);
            int len = map.getInt(pos + 1);
            long first = map.getLong(pos + 5);
            if (len < 0 || (long) pos + RecordingFormat.RECORD_HEADER_BYTES + len > size) {
                break; // cut short: keep what is complete
            }
            if (tag == RecordingFormat.STEPS) {
                if (blocks == blockFirst.length) {
                    blockFirst = Arrays.copyOf(blockFirst, blocks * 2);
                    blockOffset = Arrays.copyOf(blockOffset, blocks * 2);
                }
                blockFirst[blocks] = first;
                blockOffset[blocks++] = pos;
                try {
                    lastBlockEnd = Math.max(lastBlockEnd, first + payload(pos).varLong());
                } catch (java.io.EOFException e) {
                    blocks--;
                    break;
                }
            } else if (tag == RecordingFormat.WEIGHTS) {
                if (weightRecords == weightStep.length) {
                    weightStep = Arrays.copyOf(weightStep, weightRecords * 2);
                    weightProjection = Arrays.copyOf(weightProjection, weightRecords * 2);
                    weightOffset = Arrays.copyOf(weightOffset, weightRecords * 2);
                }
                weightStep[weightRecords] = first;
                weightOffset[weightRecords] = pos;
                try {
                    weightProjection[weightRecords] = payload(pos).varInt();
                } catch (java.io.EOFException e) {
                    break;
                }
                if (weightProjection[weightRecords] >= frames.length) {
                    break; // damaged: a projection the header does not have
                }
                weightRecords++;
            } else if (tag == RecordingFormat.END) {
                complete = true;
                try {
                    endStep = Math.max(lastBlockEnd, payload(pos).varLong());
                } catch (java.io.EOFException e) {
                    endStep = lastBlockEnd;
                }
            } else {
                break;
            }
            pos += RecordingFormat.RECORD_HEADER_BYTES + len;
        }
        if (!complete) {
            endStep = lastBlockEnd;
        }
        sortWeightsByStep();
    }

    private void sortWeightsByStep() {
        Integer[] order = new Integer[weightRecords];
        for (int i = 0; i < weightRecords; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(weightStep[a], weightStep[b]));
        long[] s = new long[weightRecords];
        int[] p = new int[weightRecords];
        int[] o = new int[weightRecords];
        for (int i = 0; i < weightRecords; i++) {
            s[i] = weightStep[order[i]];
            p[i] = weightProjection[order[i]];
            o[i] = weightOffset[order[i]];
        }
        weightStep = s;
        weightProjection = p;
        weightOffset = o;
    }

    /** An InputStream over a buffer, advancing its position. */
    private static final class BufferInput extends InputStream {
        private final ByteBuffer buf;

        BufferInput(ByteBuffer buf) {
            this.buf = buf;
        }

        @Override
        public int read() {
            return buf.hasRemaining() ? buf.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (!buf.hasRemaining()) {
                return -1;
            }
            int n = Math.min(len, buf.remaining());
            buf.get(b, off, n);
            return n;
        }
    }
}
