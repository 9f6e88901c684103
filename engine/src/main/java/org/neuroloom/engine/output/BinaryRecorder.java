package org.neuroloom.engine.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;
import org.neuroloom.model.Recording;
import org.neuroloom.model.io.AtomicFiles;

/**
 * Writes a run's spikes and sampled state as little-endian binary records that
 * {@code numpy.fromfile} reads directly (format in docs/DATA_FORMAT.md):
 * <ul>
 *   <li>{@code spikes.bin}: 16-byte records {@code (time_ms f8, population i4, neuron i4)} in time order;</li>
 *   <li>{@code state-<k>.bin} per state probe: records {@code (time_ms f8, values f8[channels])},
 *       channels neuron-major ({@code for n in neurons: for v in variables});</li>
 *   <li>{@code recording.json}: populations, dtypes, channels, and {@code complete} (false until
 *       the run ends, so a killed run leaves valid, truncated data and says so).</li>
 * </ul>
 * Records are buffered and handed to the OS every {@link #BUFFER_BYTES}; a killed process loses
 * at most that much, and a reader ignores a trailing partial record.
 */
public final class BinaryRecorder implements StepObserver, AutoCloseable {

    /** Bytes per spike record. */
    public static final int SPIKE_RECORD_BYTES = 16;
    static final int BUFFER_BYTES = 1 << 20;

    private final Path dir;
    private final double dtMs;
    private final boolean[] spikesOf;
    private final List<PopulationInfo> populations;
    private final FileChannel spikeFile;
    private final ByteBuffer spikeBuf = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final List<Probe> probes = new ArrayList<>();
    private long spikeRecords;
    private boolean closed;

    private static final class Probe {
        final Recording.StateProbe spec;
        final int[] neurons;
        final double[][] arrays;
        final long everySteps;
        final FileChannel file;
        final ByteBuffer buf;
        long records;

        Probe(Recording.StateProbe spec, int[] neurons, double[][] arrays, long everySteps, FileChannel file) {
            this.spec = spec;
            this.neurons = neurons;
            this.arrays = arrays;
            this.everySteps = everySteps;
            this.file = file;
            int recordBytes = 8 * (1 + neurons.length * arrays.length);
            this.buf = ByteBuffer.allocateDirect(Math.max(BUFFER_BYTES / recordBytes, 1) * recordBytes)
                    .order(ByteOrder.LITTLE_ENDIAN);
        }

        int channels() {
            return neurons.length * arrays.length;
        }
    }

    /**
     * Opens the files in {@code dir} for the spikes and state probes of {@code rec} (spikes of
     * every neuron population when it lists none). The recording must already be checked
     * against the simulation (unknown populations or variables are an error here).
     */
    public BinaryRecorder(Simulation sim, Recording rec, Path dir) throws IOException {
        this.dir = dir;
        this.dtMs = sim.dtMs();
        this.populations = sim.populations();
        spikesOf = new boolean[populations.size()];
        for (PopulationInfo p : populations) {
            spikesOf[p.index()] = rec.spikes().isEmpty() ? !p.source() : rec.spikes().contains(p.id());
        }
        spikeFile = open(dir.resolve("spikes.bin"));
        for (int k = 0; k < rec.state().size(); k++) {
            Recording.StateProbe s = rec.state().get(k);
            int p = sim.populationIndex(s.population());
            if (p < 0) {
                throw new IllegalArgumentException("recording.state[" + k + "]: no population '" + s.population() + "'");
            }
            double[][] arrays = new double[s.variables().size()][];
            for (int v = 0; v < arrays.length; v++) {
                arrays[v] = sim.state(p, s.variables().get(v));
                if (arrays[v] == null) {
                    throw new IllegalArgumentException("recording.state[" + k + "]: no variable '" + s.variables().get(v) + "'");
                }
            }
            int[] neurons = s.neurons().stream().mapToInt(Integer::intValue).toArray();
            probes.add(new Probe(s, neurons, arrays, Math.max(1, Math.round(s.intervalMs() / dtMs)),
                    open(dir.resolve("state-" + k + ".bin"))));
        }
        writeMetadata(false, 0);
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Only the populations whose spikes are recorded. */
    @Override
    public boolean needsSpikeIds(int population) {
        return population < spikesOf.length && spikesOf[population];
    }

    @Override
    public void afterStep(StepView view) {
        long stepsDone = view.stepIndex() + 1;
        double t = view.timeMs();
        for (int p = 0; p < spikesOf.length; p++) {
            if (!spikesOf[p]) {
                continue;
            }
            int k = view.spikeCount(p);
            int[] ids = view.spikeIds(p);
            for (int j = 0; j < k; j++) {
                if (spikeBuf.remaining() < SPIKE_RECORD_BYTES) {
                    drain(spikeFile, spikeBuf);
                }
                spikeBuf.putDouble(t).putInt(p).putInt(ids[j]);
                spikeRecords++;
            }
        }
        for (Probe pr : probes) {
            if (stepsDone % pr.everySteps != 0) {
                continue;
            }
            if (pr.buf.remaining() < 8 * (1 + pr.channels())) {
                drain(pr.file, pr.buf);
            }
            pr.buf.putDouble(t);
            for (int n : pr.neurons) {
                for (double[] a : pr.arrays) {
                    pr.buf.putDouble(a[n]);
                }
            }
            pr.records++;
        }
    }

    private void drain(FileChannel ch, ByteBuffer buf) {
        buf.flip();
        try {
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buf.clear();
    }

    /** Spike records written or buffered so far. */
    public long spikeRecords() {
        return spikeRecords;
    }

    /**
     * Writes the buffers and the metadata; {@code complete} says whether the run reached its end.
     * Safe to call more than once (a shutdown hook may call it after a normal finish).
     */
    public synchronized void finish(boolean complete, double simulatedMs) throws IOException {
        if (closed) {
            return;
        }
        flushAll();
        writeMetadata(complete, simulatedMs);
        close();
    }

    private void flushAll() throws IOException {
        spikeBuf.flip();
        while (spikeBuf.hasRemaining()) {
            spikeFile.write(spikeBuf);
        }
        spikeBuf.clear();
        for (Probe pr : probes) {
            pr.buf.flip();
            while (pr.buf.hasRemaining()) {
                pr.file.write(pr.buf);
            }
            pr.buf.clear();
        }
    }

    private void writeMetadata(boolean complete, double simulatedMs) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("format", "neuroloom-binary-1");
        root.put("byteOrder", "little-endian");
        root.put("complete", complete);
        root.put("simulatedMs", simulatedMs);
        root.put("dtMs", dtMs);
        ArrayNode pops = root.putArray("populations");
        for (PopulationInfo p : populations) {
            pops.addObject().put("index", p.index()).put("id", p.id()).put("size", p.size()).put("spikesRecorded", spikesOf[p.index()]);
        }
        ObjectNode sp = root.putObject("spikes");
        sp.put("file", "spikes.bin");
        sp.put("records", spikeRecords);
        ArrayNode dtype = sp.putArray("dtype");
        dtype.addArray().add("time_ms").add("<f8");
        dtype.addArray().add("population").add("<i4");
        dtype.addArray().add("neuron").add("<i4");
        ArrayNode st = root.putArray("state");
        for (int k = 0; k < probes.size(); k++) {
            Probe pr = probes.get(k);
            ObjectNode o = st.addObject();
            o.put("file", "state-" + k + ".bin");
            o.put("population", pr.spec.population());
            o.put("intervalMs", pr.everySteps * dtMs);
            o.put("records", pr.records);
            o.put("channels", pr.channels());
            ArrayNode ch = o.putArray("channelOrder");
            for (int n : pr.neurons) {
                for (String v : pr.spec.variables()) {
                    ch.addObject().put("neuron", n).put("variable", v);
                }
            }
            ArrayNode dt = o.putArray("dtype");
            dt.addArray().add("time_ms").add("<f8");
            dt.addArray().add("values").add("<f8").add(m.createArrayNode().add(pr.channels()));
        }
        AtomicFiles.write(dir.resolve("recording.json"), m.writeValueAsBytes(root));
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        spikeFile.close();
        for (Probe pr : probes) {
            pr.file.close();
        }
    }
}
