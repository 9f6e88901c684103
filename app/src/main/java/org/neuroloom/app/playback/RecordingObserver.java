package org.neuroloom.app.playback;

import java.io.IOException;
import java.util.List;
import org.neuroloom.app.views.NetworkLayout;
import org.neuroloom.app.views.TraceChannel;
import org.neuroloom.app.views.WeightFrame;
import org.neuroloom.engine.run.ProjectionWeights;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Records a run on the engine thread, so nothing is dropped: every spike of every step (the
 * populations the live views count rather than itemize, such as Brunel's external drive, as
 * one count per step, like the live stream), the recorded trace channels every step, the weights of the shown projections every
 * {@code weightIntervalSteps}, and the counters. Arrays are allocated once; a write error
 * stops the recording (see {@link #error()}) and never the simulation.
 */
public final class RecordingObserver implements StepObserver {
    private final RecordingWriter writer;
    private final NetworkLayout layout;
    private final int[] engineProjection;
    private final int weightIntervalSteps;
    private final java.util.function.Supplier<boolean[]> itemized;
    private int[] gids;
    private final float[] values;
    private final int[] channelPop;
    private final int[] channelIndex;
    private final String[] channelVar;
    private final WeightFrame[] frames;
    private int[] pre = new int[0];
    private int[] post = new int[0];
    private float[] weight = new float[0];
    private long lastStep = -1;
    private volatile IOException error;
    private volatile boolean closed;

    /** Records every population spike by spike. */
    public RecordingObserver(RecordingWriter writer, int[] engineProjection, int weightIntervalSteps) {
        this(writer, engineProjection, weightIntervalSteps, () -> null);
    }

    /**
     * @param writer              the file being written
     * @param engineProjection    engine projection index of each layout projection
     * @param weightIntervalSteps weight snapshot interval
     * @param itemized            read every step on the engine thread: per population, true to record
     *                            its spikes, false to record only its count per step ({@code null}: all
     *                            itemized); must not allocate
     */
    public RecordingObserver(RecordingWriter writer, int[] engineProjection, int weightIntervalSteps,
                             java.util.function.Supplier<boolean[]> itemized) {
        this.writer = writer;
        this.itemized = itemized;
        this.layout = writer.header().layout();
        this.engineProjection = engineProjection.clone();
        this.weightIntervalSteps = Math.max(1, weightIntervalSteps);
        gids = new int[layout.neuronCount()];
        List<TraceChannel> ch = writer.header().channels();
        values = new float[ch.size()];
        channelPop = new int[ch.size()];
        channelIndex = new int[ch.size()];
        channelVar = new String[ch.size()];
        for (int c = 0; c < ch.size(); c++) {
            int p = layout.populationOf(ch.get(c).globalId());
            channelPop[c] = p;
            channelIndex[c] = ch.get(c).globalId() - layout.populations().get(p).offset();
            channelVar[c] = ch.get(c).variable();
        }
        frames = new WeightFrame[engineProjection.length];
        for (int i = 0; i < frames.length; i++) {
            int[] s = writer.header().weightShapes().get(i);
            frames[i] = new WeightFrame(s[0], s[1], s[2]);
        }
    }

    @Override
    public void afterStep(StepView view) {
        if (error != null || closed) {
            return;
        }
        long step = view.stepIndex();
        if (step <= lastStep) {
            closed = true; // the run was reset: this recording ends with the old run
            return;
        }
        lastStep = step;
        try {
            boolean[] flags = itemized.get();
            if (flags != null) {
                writer.counted(step, flags);
            }
            int n = 0;
            for (int p = 0; p < layout.populations().size(); p++) {
                int count = view.spikeCount(p);
                if (flags != null && p < flags.length && !flags[p]) {
                    writer.count(step, p, count);
                    continue;
                }
                int[] ids = view.spikeIds(p);
                int offset = layout.populations().get(p).offset();
                if (n + count > gids.length) {
                    // a Poisson element can fire several times in one step: more spikes than neurons
                    gids = java.util.Arrays.copyOf(gids, Math.max(n + count, gids.length * 2));
                }
                for (int k = 0; k < count; k++) {
                    gids[n++] = offset + ids[k];
                }
            }
            writer.spikes(step, gids, n);
            if (values.length > 0) {
                for (int c = 0; c < values.length; c++) {
                    double[] state = view.state(channelPop[c], channelVar[c]);
                    values[c] = state == null ? Float.NaN : (float) state[channelIndex[c]];
                }
                writer.sample(step, values);
            }
            if (step % weightIntervalSteps == 0) {
                for (int i = 0; i < frames.length; i++) {
                    snapshot(view, i, step);
                }
            }
            writer.counters(step, view.totalSpikes(), view.synapticEvents());
            writer.endStep(step);
        } catch (IOException e) {
            error = e;
        }
    }

    private void snapshot(StepView view, int i, long step) throws IOException {
        ProjectionWeights w = view.weights(engineProjection[i]);
        int count = (int) w.synapseCount();
        if (pre.length < count) {
            pre = new int[count];
            post = new int[count];
            weight = new float[count];
        }
        w.copyTo(pre, post, weight);
        NetworkLayout.Proj p = layout.projections().get(i);
        WeightFrame f = frames[i];
        f.clear(p.wMin(), p.wMax());
        for (int s = 0; s < count; s++) {
            f.add(pre[s], p.preSize(), post[s], p.postSize(), weight[s]);
        }
        f.finish();
        writer.weights(step, i, f);
    }

    /** Closes the file (call after the observer was detached, or from the engine thread). */
    public void close() throws IOException {
        closed = true;
        writer.close();
    }

    /** Why the recording stopped early, or {@code null}. */
    public IOException error() {
        return error;
    }

    public RecordingWriter writer() {
        return writer;
    }
}
