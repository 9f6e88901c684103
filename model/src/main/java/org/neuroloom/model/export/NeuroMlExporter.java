package org.neuroloom.model.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;

/**
 * Writes a project as a NeuroML 2.3 document (validates against {@code NeuroML_v2.3.1.xsd}),
 * with the JDK's StAX writer so large connection lists stream to the file.
 *
 * <p>Cells: LIF {@code iafRefCell}, Izhikevich {@code izhikevich2007Cell} (exact rewrite of the
 * 2003 model), AdEx {@code adExIaFCell}, Hodgkin-Huxley a one-compartment {@code cell} with HH
 * channels (squid and Traub-Miles kinetics exact). Synapses: {@code expOneSynapse},
 * {@code alphaSynapse}, {@code alphaCurrentSynapse}, PyNN's {@code expCurrSynapse}, and
 * {@code blockingPlasticSynapse} with a Tsodyks-Markram mechanism for short-term plasticity.
 * Sources: {@code spikeGeneratorPoisson}, {@code spikeArray}; current sources and bias
 * currents as {@code pulseGenerator}/{@code sineGenerator}/{@code compoundInput} input lists.
 * Connections are listed explicitly ({@code connectionWD}), drawn from the connector with the
 * project seed. NeuroML2 core has no STDP, reward modulation, homeostasis or modulators: those
 * are reported as not exported (XML comment, {@code notes}, and the returned list).
 */
public final class NeuroMlExporter {

    /** Connections beyond this are refused: every one is a line in the file. */
    public static final long MAX_CONNECTIONS = 10_000_000L;

    /**
     * Writes the document to {@code out} (not closed) and returns what was not exported.
     *
     * @throws IllegalArgumentException when the network would list more than {@link #MAX_CONNECTIONS}
     */
    public List<String> export(Project project, OutputStream out) throws IOException {
        double expected = 0;
        for (Projection p : project.network().projections()) {
            int s = project.network().population(p.source()).map(x -> x.size()).orElse(0);
            int t = project.network().population(p.target()).map(x -> x.size()).orElse(0);
            expected += p.connector().expectedSynapses(s, t);
        }
        if (expected > MAX_CONNECTIONS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the network has about %.3g synapses; NeuroML lists every connection and this exporter stops at %d"
                            + " (export to PyNN instead)", expected, MAX_CONNECTIONS));
        }
        NeuroMlDocument doc = new NeuroMlDocument(project);
        doc.write(out);
        return doc.limitations();
    }

    /** The document as text, for small projects and tests. */
    public ExportResult export(Project project) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            List<String> limitations = export(project, bytes);
            return new ExportResult(bytes.toString(StandardCharsets.UTF_8), limitations);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
