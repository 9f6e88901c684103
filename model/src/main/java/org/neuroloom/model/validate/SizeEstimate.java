package org.neuroloom.model.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Neuron;
import org.neuroloom.model.neuron.SpikeTimesSource;

/**
 * How big a project's network will be once built, estimated before anything is allocated:
 * elements, expected synapses ({@link org.neuroloom.model.connect.Connector#expectedSynapses})
 * and memory. The memory model is deliberately simple and on the generous side: about
 * {@value #BYTES_PER_STATIC_SYNAPSE} bytes per static synapse (a built table takes 2-4, but
 * building it peaks near 8: {@code neuroloom bench scale}, 100.1 million synapses, held 821 MiB
 * after a full collection in the middle of the build),
 * {@value #BYTES_PER_PLASTIC_SYNAPSE} per plastic one (plus traces or eligibility), 8 bytes per
 * state variable per neuron, and one delay ring buffer of 8-byte slots per input channel of
 * every neuron (one channel per distinct synapse kind arriving at its population). Whatever
 * builds a network (the engine's compile, {@code neuroloom validate}) calls {@link #checkHeap}
 * first, so a network that cannot fit is refused with the estimate instead of failing halfway.
 *
 * @param neurons         total elements (neurons and source elements)
 * @param synapses        expected synapses
 * @param plasticSynapses expected synapses of plastic projections (included in {@code synapses})
 * @param bytes           estimated memory of the built network
 * @param largestPath     JSON path of the part that needs the most memory: a projection, or a
 *                        population's {@code size} ({@code $.network} for an empty network)
 * @param largestBytes    that part's share of {@code bytes}
 */
public record SizeEstimate(long neurons, double synapses, double plasticSynapses, double bytes, String largestPath,
        double largestBytes) {

    public static final int BYTES_PER_STATIC_SYNAPSE = 8;
    public static final int BYTES_PER_PLASTIC_SYNAPSE = 16;
    private static final int BYTES_PER_VALUE = 8;
    private static final int BYTES_PER_SOURCE_ELEMENT = 16;
    /** Share of the heap the built network may take; the rest is for building, probes and the app. */
    public static final double HEAP_FRACTION = 0.75;
    /** Unbounded normal delays are counted up to this many standard deviations above the mean. */
    private static final double DELAY_SIGMAS = 5;

    /** The estimate for {@code project}. */
    public static SizeEstimate of(Project project) {
        double dt = project.simulation().dtMs();
        Map<String, Population> byId = new HashMap<>();
        for (Population p : project.network().populations()) {
            byId.putIfAbsent(p.id(), p);
        }
        Map<String, Set<String>> channels = new HashMap<>();
        Map<String, Double> maxDelaySteps = new HashMap<>();
        double synapses = 0;
        double plastic = 0;
        String largestPath = "$.network";
        double largestBytes = 0;
        for (int i = 0; i < project.network().projections().size(); i++) {
            Projection pr = project.network().projections().get(i);
            Population s = byId.get(pr.source());
            Population t = byId.get(pr.target());
            if (s == null || t == null) {
                continue;
            }
            double n = Math.max(0, pr.connector().expectedSynapses(s.size(), t.size()));
            synapses += n;
            if (pr.plasticity() != null) {
                plastic += n;
            }
            double b = n * (pr.plasticity() != null ? BYTES_PER_PLASTIC_SYNAPSE : BYTES_PER_STATIC_SYNAPSE);
            if (b > largestBytes) {
                largestBytes = b;
                largestPath = "$.network.projections[" + i + "]";
            }
            channels.computeIfAbsent(t.id(), k -> new HashSet<>()).add(pr.receptor() + "/" + pr.synapse());
            double steps = Math.ceil(Math.max(1, highestDelay(pr.delayMs()) / dt));
            maxDelaySteps.merge(t.id(), steps, Math::max);
        }
        long neurons = 0;
        double bytes = (synapses - plastic) * BYTES_PER_STATIC_SYNAPSE + plastic * BYTES_PER_PLASTIC_SYNAPSE;
        for (int i = 0; i < project.network().populations().size(); i++) {
            Population p = project.network().populations().get(i);
            neurons += Math.max(0, p.size());
            double b = Math.max(0, p.size()) * perElement(p, channels.getOrDefault(p.id(), Set.of()).size(),
                    maxDelaySteps.getOrDefault(p.id(), 1.0));
            bytes += b;
            if (b > largestBytes) {
                largestBytes = b;
                largestPath = "$.network.populations[" + i + "].size";
            }
        }
        return new SizeEstimate(neurons, synapses, plastic, bytes, largestPath, largestBytes);
    }

    private static double perElement(Population p, int channels, double delaySteps) {
        if (p.model() instanceof Neuron n) {
            return BYTES_PER_VALUE * (n.stateVariables().size() + 2.0) + BYTES_PER_VALUE * Math.max(1, channels) * (delaySteps + 1);
        }
        if (p.model() instanceof SpikeTimesSource s) {
            double spikes = s.timesMs().stream().mapToInt(java.util.List::size).sum();
            return BYTES_PER_SOURCE_ELEMENT + BYTES_PER_VALUE * spikes / Math.max(1, p.size());
        }
        return BYTES_PER_SOURCE_ELEMENT;
    }

    private static double highestDelay(Distribution d) {
        if (d instanceof Distribution.Normal n && n.max() == null) {
            return n.mean() + DELAY_SIGMAS * Math.abs(n.sd());
        }
        return d.highest();
    }

    /** The estimate against the heap limit of this JVM ({@code Runtime.maxMemory()}). */
    public static Optional<Problem> checkHeap(Project project) {
        return of(project).check(Runtime.getRuntime().maxMemory());
    }

    /** A problem naming the estimate and the limit when the network needs more than {@link #HEAP_FRACTION} of {@code heapBytes}. */
    public Optional<Problem> check(long heapBytes) {
        double usable = heapBytes * HEAP_FRACTION;
        if (bytes <= usable) {
            return Optional.empty();
        }
        String part = largestPath.equals("$.network") ? "" : "; the largest part is here, about " + size(largestBytes);
        return Optional.of(Problem.at(largestPath, "", "the network is too big for this machine: " + describe()
                + ", but the network may use at most " + size(usable) + " (" + Math.round(HEAP_FRACTION * 100)
                + "% of the " + size(heapBytes) + " Java heap)" + part + ". Make it smaller, raise the heap"
                + " (NEUROLOOM_JAVA_OPTS=-Xmx...), or export it to NEST to run on a cluster"));
    }

    /** {@code 12,500 neurons, 15,637,500 synapses, about 176 MiB}. */
    public String describe() {
        return String.format(Locale.ROOT, "%,d neurons, %,.0f synapses, about %s", neurons, synapses, size(bytes));
    }

    /** A byte count the short way: {@code 340 MiB}, {@code 12.5 GiB}. */
    static String size(double bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return v >= 100 || u == 0 ? String.format(Locale.ROOT, "%.0f %s", v, units[u])
                : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
