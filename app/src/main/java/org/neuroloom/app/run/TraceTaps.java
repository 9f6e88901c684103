package org.neuroloom.app.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.app.views.LiveSink;
import org.neuroloom.app.views.NetworkLayout;
import org.neuroloom.app.views.TraceChannel;
import org.neuroloom.engine.probe.LiveState;
import org.neuroloom.engine.run.PopulationInfo;

/**
 * The engine probes behind the trace view: one {@link LiveState} per population that has
 * traced neurons, sampling every step, and the map from its ring channels to trace channels.
 */
final class TraceTaps {
    /** Simulated time the probes buffer between two frames of the views. */
    private static final double BUFFERED_MS = 1000;

    private final List<LiveState> probes = new ArrayList<>();
    private final List<int[]> channelOfRing = new ArrayList<>();
    private final NetworkLayout layout;
    private final int capacityRows;
    private final long[] steps;
    private double[] values = new double[0];

    /** Probes for {@code channels} (trace view order). */
    TraceTaps(NetworkLayout layout, List<PopulationInfo> populations, List<TraceChannel> channels) {
        this.layout = layout;
        capacityRows = rowsFor(layout.dtMs());
        steps = new long[capacityRows];
        Map<Integer, List<Integer>> byPopulation = new LinkedHashMap<>();
        for (int c = 0; c < channels.size(); c++) {
            byPopulation.computeIfAbsent(layout.populationOf(channels.get(c).globalId()), k -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<Integer, List<Integer>> e : byPopulation.entrySet()) {
            NetworkLayout.Pop pop = layout.populations().get(e.getKey());
            List<Integer> neurons = new ArrayList<>();
            List<String> variables = new ArrayList<>();
            for (int c : e.getValue()) {
                int local = channels.get(c).globalId() - pop.offset();
                if (!neurons.contains(local)) {
                    neurons.add(local);
                }
                if (!variables.contains(channels.get(c).variable())) {
                    variables.add(channels.get(c).variable());
                }
            }
            int[] map = new int[neurons.size() * variables.size()];
            java.util.Arrays.fill(map, -1);
            for (int c : e.getValue()) {
                int i = neurons.indexOf(channels.get(c).globalId() - pop.offset());
                int v = variables.indexOf(channels.get(c).variable());
                map[v * neurons.size() + i] = c;
            }
            probes.add(new LiveState(populations.get(e.getKey()), neurons.stream().mapToInt(Integer::intValue).toArray(),
                    variables, 1, capacityRows));
            channelOfRing.add(map);
            values = new double[Math.max(values.length, capacityRows * map.length)];
        }
    }

    /**
     * Rows a probe holds: {@link #BUFFERED_MS} of steps (at least 2^15, at most 2^18), so a
     * small network run at full speed, a million steps per second, does not outrun the views
     * when a frame comes late.
     */
    static int rowsFor(double dtMs) {
        double wanted = Math.ceil(BUFFERED_MS / dtMs);
        return (int) Math.max(1 << 15, Math.min(1 << 18, wanted));
    }

    List<LiveState> probes() {
        return probes;
    }

    /** Moves every waiting sample into {@code sink}. */
    void drainTo(LiveSink sink) {
        for (int p = 0; p < probes.size(); p++) {
            int[] map = channelOfRing.get(p);
            int rows = probes.get(p).ring().drainTo(steps, values, capacityRows);
            for (int r = 0; r < rows; r++) {
                double t = layout.timeOfStep(steps[r]);
                for (int k = 0; k < map.length; k++) {
                    if (map[k] >= 0) {
                        sink.sample(map[k], t, (float) values[r * map.length + k]);
                    }
                }
            }
        }
    }

    /** Rows the probes skipped because the views were behind. */
    long dropped() {
        long d = 0;
        for (LiveState s : probes) {
            d += s.ring().dropped();
        }
        return d;
    }

    /** Discards waiting samples (after a reset). */
    void discard() {
        for (LiveState s : probes) {
            while (s.ring().drainTo(steps, values, capacityRows) > 0) {
                // drop
            }
        }
    }
}
