package org.neuroloom.app.editor.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.neuroloom.app.editor.edit.ProjectEdits;
import org.neuroloom.model.Geometry;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.AdExPreset;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.IzhikevichPreset;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.Neuron;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.neuron.SineCurrent;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.neuron.StepCurrent;
import org.neuroloom.model.param.Params;
import org.neuroloom.model.synapse.SynapticChannels;

/** The inspector of a population: identity, size, model (with presets), parameters, initial state. */
final class PopulationForm {

    static final String CUSTOM = "Custom";
    private static final String DEFAULT_INITIAL = "default";

    private PopulationForm() {
    }

    static InspectorForm of(Project p, Population pop) {
        Function<Population, Project> put = x -> ProjectEdits.replace(p, x);
        List<Section> sections = new ArrayList<>();
        List<Field> top = new ArrayList<>();
        top.add(Fields.text("id", "Id", pop.id(), "Unique id: letters, digits, '_' and '-'.",
                t -> ProjectEdits.rename(p, pop.id(), t.trim()), "Rename " + pop.id()));
        top.add(Fields.text("label", "Label", pop.label(), "Shown on the canvas.", t -> put.apply(pop.withLabel(t)),
                "Change label"));
        top.add(new Field("size", "Size", "", pop.model() instanceof Neuron ? "Number of neurons in the population."
                : "Number of independent generators in the population.", Field.Kind.NUMBER, Integer.toString(pop.size()),
                List.of(), t -> {
                    long n = Fields.whole(t);
                    if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
                        throw new Field.Refused("is too large");
                    }
                    return put.apply(pop.withSize((int) n));
                }, "Change size", ""));
        Map<String, NeuronModel> models = modelChoices(pop.model());
        top.add(Fields.choice("model", "Model", pop.model().displayName(), List.copyOf(models.keySet()),
                "Changing the model resets its parameters to the model's defaults.",
                t -> put.apply(pop.withModel(pick(models, t))), "Change model"));
        presetField(pop, put).ifPresent(top::add);
        sections.add(new Section("Population", top));
        List<Field> params = new ArrayList<>(Fields.params("model.", (Record) pop.model(),
                m -> put.apply(pop.withModel((NeuronModel) m))));
        params.addAll(sourceLists(pop, put));
        if (!params.isEmpty()) {
            sections.add(new Section(pop.model().displayName(), params));
        }
        List<Field> initial = initialFields(p.network(), pop, put);
        if (!initial.isEmpty()) {
            sections.add(new Section("Initial state", initial));
        }
        sections.add(new Section("Geometry", geometryFields(pop, put)));
        return new InspectorForm(pop.id(), pop.label(), pop.model().displayName() + " · NEST " + pop.model().nestName(),
                sections, List.of());
    }

    private static NeuronModel pick(Map<String, NeuronModel> models, String label) {
        NeuronModel m = models.get(label);
        if (m == null) {
            throw new Field.Refused("is not one of the offered models");
        }
        return m;
    }

    /** Neurons can become other neurons, sources other sources (projections stay meaningful). */
    static Map<String, NeuronModel> modelChoices(NeuronModel current) {
        List<NeuronModel> all = current instanceof Neuron
                ? List.of(Lif.defaults(), Izhikevich.defaults(), AdEx.defaults(), HodgkinHuxley.defaults(), HodgkinHuxley.traub())
                : List.of(PoissonSource.defaults(), SpikeTimesSource.defaults(), RegularSource.defaults(),
                DcCurrent.defaults(), StepCurrent.defaults(), SineCurrent.defaults(), NoiseCurrent.defaults());
        Map<String, NeuronModel> out = new LinkedHashMap<>();
        for (NeuronModel m : all) {
            out.put(m.displayName(), m.displayName().equals(current.displayName()) ? current : m);
        }
        return out;
    }

    private static java.util.Optional<Field> presetField(Population pop, Function<Population, Project> put) {
        if (pop.model() instanceof Izhikevich iz) {
            IzhikevichPreset now = IzhikevichPreset.matching(iz);
            List<String> names = new ArrayList<>(List.of(CUSTOM));
            for (IzhikevichPreset x : IzhikevichPreset.values()) {
                names.add(x.label());
            }
            return java.util.Optional.of(Fields.choice("preset", "Cell type", now == null ? CUSTOM : now.label(), names,
                    "Izhikevich (2003) cell types: a, b, c, d from the paper.", t -> {
                        for (IzhikevichPreset x : IzhikevichPreset.values()) {
                            if (x.label().equals(t)) {
                                Izhikevich m = Params.with(Params.with(x.model(), "vPeakMv", iz.vPeakMv()), "iBiasPa", iz.iBiasPa());
                                return put.apply(pop.withModel(m));
                            }
                        }
                        return put.apply(pop);
                    }, "Apply cell type"));
        }
        if (pop.model() instanceof AdEx ad) {
            AdExPreset now = AdExPreset.matching(ad);
            List<String> names = new ArrayList<>(List.of(CUSTOM));
            for (AdExPreset x : AdExPreset.values()) {
                names.add(x.label());
            }
            return java.util.Optional.of(Fields.choice("preset", "Firing pattern", now == null ? CUSTOM : now.label(), names,
                    "Naud et al. (2008) firing patterns; each needs its step current to show.", t -> {
                        for (AdExPreset x : AdExPreset.values()) {
                            if (x.label().equals(t)) {
                                AdEx m = Params.with(Params.with(Params.with(x.model(), "tRefMs", ad.tRefMs()),
                                        "vPeakMv", ad.vPeakMv()), "iBiasPa", ad.iBiasPa());
                                return put.apply(pop.withModel(m));
                            }
                        }
                        return put.apply(pop);
                    }, "Apply firing pattern"));
        }
        return java.util.Optional.empty();
    }

    private static List<Field> sourceLists(Population pop, Function<Population, Project> put) {
        NeuronModel m = pop.model();
        if (m instanceof PoissonSource ps) {
            return List.of(Fields.text("model.schedule", "Rate changes", ListText.pairs(ps.schedule().stream()
                            .map(c -> new double[] {c.atMs(), c.rateHz()}).toList()),
                    "From each time (ms) on, the rate (Hz): e.g. 500: 40, 800: 10. Empty: constant rate.",
                    t -> put.apply(pop.withModel(new PoissonSource(ps.rateHz(),
                            ListText.parsePairs(t, PoissonSource.RateChange::new)))), "Change rate schedule"));
        }
        if (m instanceof StepCurrent sc) {
            return List.of(Fields.text("model.steps", "Steps", ListText.pairs(sc.steps().stream()
                            .map(s -> new double[] {s.atMs(), s.amplitudePa()}).toList()),
                    "From each time (ms) on, the current (pA): e.g. 100: 200, 400: 0.",
                    t -> put.apply(pop.withModel(new StepCurrent(ListText.parsePairs(t, StepCurrent.Step::new)))),
                    "Change steps"));
        }
        if (m instanceof SpikeTimesSource st) {
            List<String> lines = st.timesMs().stream().map(ListText::numbers).toList();
            return List.of(new Field("model.timesMs", "Spike times", "ms",
                    "One line per element: its spike times in ms, ascending (e.g. 10, 20, 30).",
                    Field.Kind.MULTILINE, String.join("\n", lines), List.of(), t -> {
                        List<List<Double>> times = new ArrayList<>();
                        for (String line : t.split("\n", -1)) {
                            times.add(ListText.parseNumbers(line));
                        }
                        while (times.size() > 1 && times.get(times.size() - 1).isEmpty()) {
                            times.remove(times.size() - 1);
                        }
                        return put.apply(pop.withModel(new SpikeTimesSource(times)));
                    }, "Change spike times", ""));
        }
        return List.of();
    }

    private static List<Field> initialFields(Network net, Population pop, Function<Population, Project> put) {
        List<Field> out = new ArrayList<>();
        for (String var : SynapticChannels.stateVariables(net, pop)) {
            Distribution d = pop.initial().get(var);
            Function<Distribution, Project> set = nd -> {
                Map<String, Distribution> init = new TreeMap<>(pop.initial());
                if (nd == null) {
                    init.remove(var);
                } else {
                    init.put(var, nd);
                }
                return put.apply(new Population(pop.id(), pop.label(), pop.size(), pop.model(), init, pop.geometry(),
                        pop.position()));
            };
            String unit = unitOf(var);
            List<String> choices = new ArrayList<>(List.of(DEFAULT_INITIAL));
            choices.addAll(Fields.DISTRIBUTIONS);
            if (d == null) {
                out.add(Fields.choice("initial." + var, "Initial " + var, DEFAULT_INITIAL, choices,
                        "'default' starts every neuron at the model's resting value (synaptic channels at 0).",
                        t -> t.equals(DEFAULT_INITIAL) ? put.apply(pop) : set.apply(Fields.retype(
                                new Distribution.Constant(restOf(pop.model(), var)), t)), "Change initial " + var));
            } else {
                List<Field> rows = new ArrayList<>(Fields.distribution("initial." + var, "Initial " + var, unit, d, set));
                Field type = rows.get(0);
                rows.set(0, new Field(type.key(), type.label(), type.unit(), type.help(), type.kind(), type.value(), choices,
                        t -> t.equals(DEFAULT_INITIAL) ? set.apply(null) : type.edit().apply(t), type.description(), ""));
                out.addAll(rows);
            }
        }
        return out;
    }

    /** Positions in a sheet, needed by distance-dependent connectors. */
    private static List<Field> geometryFields(Population pop, Function<Population, Project> put) {
        Geometry g = pop.geometry();
        Function<Geometry, Project> set = ng -> put.apply(new Population(pop.id(), pop.label(), pop.size(), pop.model(),
                pop.initial(), ng, pop.position()));
        List<Field> out = new ArrayList<>();
        out.add(Fields.choice("geometry", "Layout", g == null ? "none" : g.layout().name().toLowerCase(java.util.Locale.ROOT),
                List.of("none", "grid", "random"), "Where the elements sit in a sheet (for distance-dependent connectors).",
                t -> switch (t) {
                    case "grid", "random" -> {
                        Geometry base = g == null ? Params.defaults(Geometry.class) : g;
                        yield set.apply(new Geometry(t.equals("grid") ? Geometry.Layout.GRID : Geometry.Layout.RANDOM,
                                base.widthUm(), base.heightUm()));
                    }
                    default -> set.apply(null);
                }, "Change geometry"));
        if (g != null) {
            out.addAll(Fields.params("geometry.", g, set));
        }
        return out;
    }

    private static String unitOf(String var) {
        return switch (var) {
            case "v", "u" -> "mV";
            case "w" -> "pA";
            default -> var.startsWith("g_") ? "nS" : var.startsWith("I_") ? "pA" : "";
        };
    }

    private static double restOf(NeuronModel m, String var) {
        return m instanceof Neuron n && var.equals("v") ? n.vInitialMv() : 0;
    }
}
