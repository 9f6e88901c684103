package org.neuroloom.model.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Neuron;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.neuron.SpikeTimesSource;

/** One NeuroML document being written; {@link NeuroMlExporter} is the public entry. */
final class NeuroMlDocument {

    private static final String NS = "http://www.neuroml.org/schema/neuroml2";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Schema order of the top-level component elements used here. */
    private static final List<String> ORDER = List.of("ionChannelHH", "alphaCurrentSynapse", "alphaSynapse", "expOneSynapse",
            "blockingPlasticSynapse", "cell", "iafRefCell", "izhikevich2007Cell", "adExIaFCell", "pulseGenerator",
            "sineGenerator", "compoundInput", "spikeArray", "spikeGeneratorPoisson", "expCurrSynapse");

    private final Project project;
    private final NmlIds ids;
    private final List<String> limitations = new ArrayList<>();
    private final List<XmlNode> components = new ArrayList<>();
    /** Component of each exported population; a spike-time source with different trains per element has one per element. */
    private final Map<String, List<String>> popComponents = new LinkedHashMap<>();
    private final Map<String, Double> biasPa = new HashMap<>();
    private final Map<String, NeuroMlInputs.SynapseDef> synapses = new HashMap<>();
    private final Map<String, String> generators = new HashMap<>();
    private final Map<String, double[]> positions = new HashMap<>();

    NeuroMlDocument(Project project) {
        this.project = project;
        this.ids = new NmlIds(project);
        for (Population p : project.network().populations()) {
            define(p);
        }
        for (Projection p : project.network().projections()) {
            Population tgt = project.network().population(p.target()).orElse(null);
            Population src = project.network().population(p.source()).orElse(null);
            if (src == null || tgt == null || !(tgt.model() instanceof Neuron)) {
                limitations.add("projection '" + p.id() + "': its source or target is missing or is not a neuron population;"
                        + " left out");
            } else if (!(src.model() instanceof CurrentSource)) {
                NeuroMlInputs.SynapseDef def = NeuroMlInputs.synapse(p, tgt, ids.of(p) + "_syn", project.simulation().dtMs(),
                        limitations);
                synapses.put(p.id(), def);
                components.add(def.node());
            }
        }
        for (Modulator m : project.network().modulators()) {
            limitations.add("modulator '" + m.id() + "': NeuroML2 core has no neuromodulators; it is left out");
        }
        components.sort(Comparator.comparingInt(n -> ORDER.indexOf(n.tag())));
    }

    List<String> limitations() {
        return limitations;
    }

    private void define(Population p) {
        String id = ids.of(p);
        if (p.model() instanceof Neuron) {
            NeuroMlCells.CellDef def = NeuroMlCells.cell(p, id, limitations);
            components.addAll(def.nodes());
            popComponents.put(p.id(), List.of(def.componentId()));
            if (def.biasPa() != 0) {
                biasPa.put(p.id(), def.biasPa());
                components.add(NeuroMlInputs.pulse(id + "_bias", 0, 1e9, def.biasPa()));
            }
        } else if (p.model() instanceof CurrentSource) {
            XmlNode gen = NeuroMlInputs.generator(p, id + "_gen", limitations);
            generators.put(p.id(), gen.id());
            components.add(gen);
        } else if (p.model() instanceof PoissonSource ps) {
            if (!ps.schedule().isEmpty()) {
                limitations.add("population '" + p.id() + "': spikeGeneratorPoisson has one rate; the rate schedule is not"
                        + " exported (rate " + Decimal.of(ps.rateHz()) + " Hz throughout)");
            }
            components.add(XmlNode.of("spikeGeneratorPoisson", "id", id + "_src", "averageRate", Decimal.of(ps.rateHz()) + "Hz"));
            popComponents.put(p.id(), List.of(id + "_src"));
        } else if (p.model() instanceof RegularSource r) {
            List<Double> times = new ArrayList<>();
            double end = Math.min(r.stopMs(), project.simulation().durationMs());
            for (long k = 0; r.startMs() + r.phaseMs() + k * 1000.0 / r.rateHz() < end; k++) {
                times.add(r.startMs() + r.phaseMs() + k * 1000.0 / r.rateHz());
            }
            components.add(spikeArray(id + "_src", times));
            popComponents.put(p.id(), List.of(id + "_src"));
        } else {
            List<List<Double>> trains = ((SpikeTimesSource) p.model()).timesMs();
            List<String> comps = new ArrayList<>();
            boolean same = trains.stream().distinct().count() <= 1;
            for (int i = 0; i < (same ? 1 : p.size()); i++) {
                List<Double> t = i < trains.size() ? trains.get(i) : List.of();
                String cid = same ? id + "_src" : id + "_" + i + "_src";
                components.add(spikeArray(cid, t));
                comps.add(cid);
            }
            popComponents.put(p.id(), comps);
        }
    }

    private static XmlNode spikeArray(String id, List<Double> timesMs) {
        XmlNode a = XmlNode.of("spikeArray", "id", id);
        for (int k = 0; k < timesMs.size(); k++) {
            a.add(XmlNode.of("spike", "id", Integer.toString(k), "time", NeuroMlCells.ms(timesMs.get(k))));
        }
        return a;
    }

    void write(OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeComment(" " + header().replace("--", "- -") + " ");
            w.writeCharacters("\n");
            w.writeStartElement("neuroml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation",
                    NS + " https://raw.githubusercontent.com/NeuroML/NeuroML2/master/Schemas/NeuroML2/NeuroML_v2.3.1.xsd");
            w.writeAttribute("id", ids.document());
            w.writeCharacters("\n  ");
            w.writeStartElement("notes");
            w.writeCharacters(header());
            w.writeEndElement();
            for (XmlNode c : components) {
                c.write(w, 1);
            }
            new NeuroMlNetwork(project, ids, w, popComponents, biasPa, synapses, generators, positions).write(hasHh());
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("writing NeuroML failed: " + e.getMessage(), e);
        }
    }

    private boolean hasHh() {
        return project.network().populations().stream().anyMatch(p -> p.model() instanceof HodgkinHuxley);
    }

    private String header() {
        StringBuilder b = new StringBuilder(project.name().replaceAll("[\\r\\n]+", " "))
                .append(": exported by NeuroLoom to NeuroML 2.3; connections drawn with seed ")
                .append(project.simulation().seed()).append('.');
        if (limitations.isEmpty()) {
            return b.append(" Everything in the project is expressed in NeuroML.").toString();
        }
        b.append(" Not exported or approximated:");
        for (String l : limitations) {
            b.append("\n    - ").append(l);
        }
        return b.append("\n  ").toString();
    }

    /** Deterministic per-projection random streams. */
    static SplittableRandom rng(long seed, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
    }
}
