package org.neuroloom.app.playback;

import java.util.List;
import org.neuroloom.app.views.NetworkLayout;
import org.neuroloom.app.views.TraceChannel;

/**
 * What a recording starts with: the network layout, the recorded trace channels and the
 * heatmap/histogram shape of each projection's weight snapshots.
 *
 * @param projectName   name of the project that was run
 * @param seed          the run's random seed
 * @param layout        populations, projections, dt, synapse count
 * @param channels      the recorded traces, in sample order
 * @param weightShapes  per projection of the layout: {rows, cols, bins}
 */
public record RecordingHeader(String projectName, long seed, NetworkLayout layout, List<TraceChannel> channels,
                              List<int[]> weightShapes) {
    public RecordingHeader {
        channels = List.copyOf(channels);
        weightShapes = List.copyOf(weightShapes);
        if (weightShapes.size() != layout.projections().size()) {
            throw new IllegalArgumentException("one weight shape per projection: " + weightShapes.size() + " shapes for "
                    + layout.projections().size() + " projections");
        }
    }

    /** Time of the spikes of step {@code step}: the same formula for a live run and its playback. */
    public double timeMs(long step) {
        return layout.timeOfStep(step);
    }

    /** Simulated time once {@code steps} steps are done. */
    public double timeAfter(long steps) {
        return steps * layout.dtMs();
    }
}
