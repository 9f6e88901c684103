package org.neuroloom.model.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.CurrentSource;

/** Writes the {@code <network>}: populations, projections with explicit connections, input lists. */
final class NeuroMlNetwork {

    private final Project project;
    private final NmlIds ids;
    private final XMLStreamWriter w;
    private final Map<String, List<String>> popComponents;
    private final Map<String, Double> biasPa;
    private final Map<String, NeuroMlInputs.SynapseDef> synapses;
    private final Map<String, String> generators;
    private final Map<String, double[]> positions;
    private static final String INDENT_3 = "\n      ";
    private String constWeight;
    private String constDelay;

    NeuroMlNetwork(Project project, NmlIds ids, XMLStreamWriter w, Map<String, List<String>> popComponents,
                   Map<String, Double> biasPa, Map<String, NeuroMlInputs.SynapseDef> synapses, Map<String, String> generators,
                   Map<String, double[]> positions) {
        this.project = project;
        this.ids = ids;
        this.w = w;
        this.popComponents = popComponents;
        this.biasPa = biasPa;
        this.synapses = synapses;
        this.generators = generators;
        this.positions = positions;
    }

    void write(boolean withTemperature) throws XMLStreamException {
        indent(1);
        w.writeStartElement("network");
        w.writeAttribute("id", "network");
        if (withTemperature) {
            w.writeAttribute("type", "networkWithTemperature");
            w.writeAttribute("temperature", "6.3degC");
        }
        SplittableRandom posRng = NeuroMlDocument.rng(project.simulation().seed(), -1);
        for (Population p : project.network().populations()) {
            if (p.geometry() != null) {
                positions.put(p.id(), Connectivity.positions(p.geometry(), p.size(), posRng));
            }
            population(p);
        }
        List<Projection> all = project.network().projections();
        for (int k = 0; k < all.size(); k++) {
            if (synapses.containsKey(all.get(k).id())) {
                projection(all.get(k), k);
            }
        }
        for (int k = 0; k < all.size(); k++) {
            Projection p = all.get(k);
            Population src = project.network().population(p.source()).orElse(null);
            if (src != null && src.model() instanceof CurrentSource && generators.containsKey(src.id())
                    && !synapses.containsKey(p.id()) && project.network().population(p.target()).isPresent()) {
                currentInput(p, src, k);
            }
        }
        for (Population p : project.network().populations()) {
            if (biasPa.containsKey(p.id())) {
                inputList(ids.of(p) + "_bias_in", p, ids.of(p) + "_bias", new double[p.size()], false);
            }
        }
        indent(1);
        w.writeEndElement();
    }

    private void population(Population p) throws XMLStreamException {
        List<String> comps = popComponents.get(p.id());
        if (comps == null) {
            return;
        }
        if (comps.size() > 1) {
            for (int i = 0; i < comps.size(); i++) {
                populationElement(ids.of(p) + "_" + i, comps.get(i), 1, null);
            }
            return;
        }
        populationElement(ids.of(p), comps.get(0), p.size(), positions.get(p.id()));
    }

    private void populationElement(String id, String component, int size, double[] xy) throws XMLStreamException {
        indent(2);
        if (xy == null) {
            w.writeEmptyElement("population");
        } else {
            w.writeStartElement("population");
        }
        w.writeAttribute("id", id);
        w.writeAttribute("component", component);
        w.writeAttribute("size", Integer.toString(size));
        w.writeAttribute("type", xy == null ? "population" : "populationList");
        if (xy != null) {
            for (int i = 0; i < size; i++) {
                indent(3);
                w.writeStartElement("instance");
                w.writeAttribute("id", Integer.toString(i));
                w.writeEmptyElement("location");
                w.writeAttribute("x", Float.toString((float) xy[2 * i]));
                w.writeAttribute("y", Float.toString((float) xy[2 * i + 1]));
                w.writeAttribute("z", "0.0");
                w.writeEndElement();
            }
            indent(2);
            w.writeEndElement();
        }
    }

    /** A reference to element i of population p (split spike-time sources: element populations). */
    private String cellRef(Population p, int i) {
        List<String> comps = popComponents.get(p.id());
        if (comps.size() > 1) {
            return "../" + ids.of(p) + "_" + i + "[0]";
        }
        if (positions.containsKey(p.id())) {
            return "../" + ids.of(p) + "/" + i + "/" + comps.get(0);
        }
        return "../" + ids.of(p) + "[" + i + "]";
    }

    private void projection(Projection p, int index) throws XMLStreamException {
        Population src = project.network().population(p.source()).orElseThrow();
        Population tgt = project.network().population(p.target()).orElseThrow();
        NeuroMlInputs.SynapseDef syn = synapses.get(p.id());
        SplittableRandom rng = NeuroMlDocument.rng(project.simulation().seed(), index);
        boolean split = popComponents.get(src.id()).size() > 1;
        prepare(p, syn.weightFactor());
        List<int[]> pairs = new ArrayList<>();
        if (!split) {
            startProjection(ids.of(p), ids.of(src), ids.of(tgt), syn.node().id());
        }
        int[] count = {0};
        try {
            Connectivity.generate(p.connector(), src.size(), tgt.size(), src == tgt, positions.get(src.id()),
                    positions.get(tgt.id()), rng, (i, j) -> {
                        if (split) {
                            pairs.add(new int[] {i, j});
                            return;
                        }
                        try {
                            connection(count[0]++, cellRef(src, i), cellRef(tgt, j), p, syn.weightFactor(), rng);
                        } catch (XMLStreamException e) {
                            throw new IllegalStateException(e);
                        }
                    });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof XMLStreamException x) {
                throw x;
            }
            throw e;
        }
        if (!split) {
            indent(2);
            w.writeEndElement();
            return;
        }
        for (int e = 0; e < src.size(); e++) {
            startProjection(ids.of(p) + "_" + e, ids.of(src) + "_" + e, ids.of(tgt), syn.node().id());
            int n = 0;
            for (int[] pair : pairs) {
                if (pair[0] == e) {
                    connection(n++, cellRef(src, e), cellRef(tgt, pair[1]), p, syn.weightFactor(), rng);
                }
            }
            indent(2);
            w.writeEndElement();
        }
    }

    private void startProjection(String id, String pre, String post, String synapse) throws XMLStreamException {
        indent(2);
        w.writeStartElement("projection");
        w.writeAttribute("id", id);
        w.writeAttribute("presynapticPopulation", pre);
        w.writeAttribute("postsynapticPopulation", post);
        w.writeAttribute("synapse", synapse);
    }

    private void connection(int id, String pre, String post, Projection p, double factor, SplittableRandom rng)
            throws XMLStreamException {
        w.writeCharacters(INDENT_3);
        w.writeEmptyElement("connectionWD");
        w.writeAttribute("id", Integer.toString(id));
        w.writeAttribute("preCellId", pre);
        w.writeAttribute("postCellId", post);
        w.writeAttribute("weight", constWeight != null ? constWeight : drawn(p.weight(), factor, rng));
        w.writeAttribute("delay", constDelay != null ? constDelay : drawn(p.delayMs(), 1, rng) + "ms");
    }

    /** Formats constant weights and delays once per projection. */
    private void prepare(Projection p, double factor) {
        constWeight = p.weight() instanceof Distribution.Constant c ? Decimal.scaled(c.value(), factor) : null;
        constDelay = p.delayMs() instanceof Distribution.Constant c ? Decimal.of(c.value()) + "ms" : null;
    }

    private static String drawn(Distribution d, double factor, SplittableRandom rng) {
        return Float.toString((float) (Draws.draw(d, rng) * factor));
    }

    /** A current-source projection: each target gets the generator at the summed weight of its connections. */
    private void currentInput(Projection p, Population src, int index) throws XMLStreamException {
        Population tgt = project.network().population(p.target()).orElseThrow();
        SplittableRandom rng = NeuroMlDocument.rng(project.simulation().seed(), index);
        double[] total = new double[tgt.size()];
        Connectivity.generate(p.connector(), src.size(), tgt.size(), false, positions.get(src.id()), positions.get(tgt.id()),
                rng, (i, j) -> total[j] += Draws.draw(p.weight(), rng));
        inputList(ids.of(p) + "_in", tgt, generators.get(src.id()), total, true);
    }

    private void inputList(String id, Population tgt, String component, double[] weights, boolean weighted)
            throws XMLStreamException {
        indent(2);
        w.writeStartElement("inputList");
        w.writeAttribute("id", id);
        w.writeAttribute("population", ids.of(tgt));
        w.writeAttribute("component", component);
        int n = 0;
        for (int j = 0; j < tgt.size(); j++) {
            if (weighted && weights[j] == 0) {
                continue;
            }
            indent(3);
            w.writeEmptyElement(weighted ? "inputW" : "input");
            w.writeAttribute("id", Integer.toString(n++));
            w.writeAttribute("target", cellRef(tgt, j));
            w.writeAttribute("destination", "synapses");
            if (weighted) {
                w.writeAttribute("weight", Decimal.of(weights[j]));
            }
        }
        indent(2);
        w.writeEndElement();
    }

    private void indent(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
