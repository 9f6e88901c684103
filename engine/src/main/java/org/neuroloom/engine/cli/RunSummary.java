package org.neuroloom.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.AtomicFiles;

/**
 * The {@code summary.json} of a run. It is written atomically when the run starts, again every
 * few seconds while it runs ({@code "complete": false}, with an {@code error} saying so), and at
 * the end: a process killed without warning ({@code kill -9}, power loss) still leaves a valid
 * summary of the run up to its last checkpoint.
 */
final class RunSummary implements StepObserver {

    /** System property: seconds between checkpoints (default {@value #DEFAULT_CHECKPOINT_S}). */
    static final String CHECKPOINT_PROPERTY = "neuroloom.run.checkpointSeconds";
    private static final double DEFAULT_CHECKPOINT_S = 5;
    /** The clock is read every this many steps. */
    private static final long CLOCK_STEPS = 256;

    private final Project project;
    private final Simulation sim;
    private final SpikeStats stats;
    private final Path file;
    private final long startNanos = System.nanoTime();
    private final long intervalNanos;
    private long nextNanos;

    RunSummary(Project project, Simulation sim, SpikeStats stats, Path dir) {
        this.project = project;
        this.sim = sim;
        this.stats = stats;
        this.file = dir.resolve("summary.json");
        double seconds = DEFAULT_CHECKPOINT_S;
        try {
            seconds = Double.parseDouble(System.getProperty(CHECKPOINT_PROPERTY, Double.toString(DEFAULT_CHECKPOINT_S)));
        } catch (NumberFormatException e) {
            // keep the default
        }
        intervalNanos = (long) (Math.max(0.01, seconds) * 1e9);
        nextNanos = startNanos + intervalNanos;
    }

    /** Writes the first checkpoint, before any step. */
    void start() throws IOException {
        write(checkpointNote(), false, 0);
    }

    /** Reads no spike ids. */
    @Override
    public boolean needsSpikeIds(int population) {
        return false;
    }

    @Override
    public void afterStep(StepView view) {
        if ((view.stepIndex() + 1) % CLOCK_STEPS != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now < nextNanos) {
            return;
        }
        nextNanos = now + intervalNanos;
        try {
            write(checkpointNote(), false, (now - startNanos) / 1e9);
        } catch (IOException e) {
            // the disk guard stops a run whose disk is full; the final summary reports write errors
        }
    }

    private String checkpointNote() {
        return String.format(Locale.ROOT, "incomplete: checkpoint at t = %.1f ms while the run was going (if the process"
                + " was killed, the run ended after this)", sim.timeMs());
    }

    /** The final summary: {@code failure} is why the run stopped early, or {@code null}. */
    void finish(String failure, double wallSeconds) throws IOException {
        write(failure, failure == null, wallSeconds);
    }

    private void write(String error, boolean complete, double wall) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode s = mapper.createObjectNode();
        double bioSeconds = sim.timeMs() / 1000;
        s.put("project", project.name());
        s.put("complete", complete);
        s.put("durationMs", sim.timeMs());
        s.put("dtMs", sim.dtMs());
        s.put("threads", sim.threads());
        s.put("seed", sim.seed());
        s.put("wallSeconds", wall);
        s.put("realTimeFactor", wall > 0 ? bioSeconds / wall : 0);
        s.put("neurons", sim.neuronCount());
        s.put("synapses", sim.synapseCount());
        s.put("spikes", sim.spikeCount());
        s.put("synapticEvents", sim.synapticEventCount());
        s.put("buildSeconds", sim.buildSeconds());
        s.put("steps", sim.stepIndex());
        s.put("synapseBytes", sim.synapseBytes());
        if (error != null) {
            s.put("error", error);
        }
        ArrayNode pops = s.putArray("populations");
        for (PopulationInfo p : sim.populations()) {
            ObjectNode o = pops.addObject();
            long spikes = stats.spikes(p.index());
            o.put("id", p.id());
            o.put("size", p.size());
            o.put("model", p.modelId());
            o.put("spikes", spikes);
            o.put("rateHz", bioSeconds > 0 ? spikes / (p.size() * bioSeconds) : 0);
            double cv = stats.cvIsi(p.index());
            if (Double.isNaN(cv)) {
                o.putNull("cvIsi");
            } else {
                o.put("cvIsi", cv);
            }
        }
        AtomicFiles.write(file, mapper.writeValueAsBytes(s));
    }
}
