package org.neuroloom.app.editor.edit;

import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * What a projection drawn on the canvas starts as: a 10% random connector (all-to-all from a
 * current source), the synapse the target model is usually paired with in NEST, a weight that
 * gives a clearly visible but sub-threshold effect, and a 1 ms delay.
 */
public final class ProjectionDefaults {

    /** Default connection probability of a new projection. */
    public static final double PROBABILITY = 0.1;
    /** Default delay of a new projection, ms. */
    public static final double DELAY_MS = 1.0;

    private ProjectionDefaults() {
    }

    /** A new projection {@code id} from {@code source} to {@code target} in project {@code p}. */
    public static Projection create(Project p, String id, Population source, Population target) {
        Receptor receptor = receptorFor(p, source);
        boolean currentSource = source.model() instanceof CurrentSource;
        Connector connector = currentSource ? new Connector.AllToAll(false)
                : new Connector.FixedProbability(PROBABILITY, false);
        SynapseModel synapse = synapseFor(target.model(), receptor);
        double weight = currentSource ? 1.0 : weightFor(synapse, receptor);
        return new Projection(id, "", source.id(), target.id(), connector, receptor, synapse,
                Distribution.constant(weight), Distribution.constant(DELAY_MS), null);
    }

    /**
     * Dale's law: a population that already projects keeps its receptor; otherwise a population
     * whose id or label says "inh" inhibits and every other one excites.
     */
    static Receptor receptorFor(Project p, Population source) {
        for (Projection x : p.network().projections()) {
            if (x.source().equals(source.id())) {
                return x.receptor();
            }
        }
        String name = (source.id() + " " + source.label()).toLowerCase(java.util.Locale.ROOT);
        return name.contains("inh") ? Receptor.INHIBITORY : Receptor.EXCITATORY;
    }

    /** The synapse NEST pairs with the target model (iaf_psc_exp, izhikevich, aeif_psc_exp, hh_psc_alpha, hh_cond_exp_traub). */
    static SynapseModel synapseFor(NeuronModel target, Receptor receptor) {
        boolean inh = receptor == Receptor.INHIBITORY;
        if (target instanceof Izhikevich) {
            return new SynapseModel.Delta();
        }
        if (target instanceof HodgkinHuxley hh) {
            return hh.kinetics() == HodgkinHuxley.Kinetics.TRAUB
                    ? new SynapseModel.ExpConductance(inh ? 10 : 5, inh ? -80 : 0)
                    : new SynapseModel.AlphaCurrent(2);
        }
        if (target instanceof Lif || target instanceof AdEx) {
            return new SynapseModel.ExpCurrent(inh ? 10 : 5);
        }
        return new SynapseModel.ExpCurrent(5);
    }

    /** Weight in the synapse's unit: excitatory positive; inhibitory four times stronger (negative unless conductance). */
    public static double weightFor(SynapseModel synapse, Receptor receptor) {
        boolean inh = receptor == Receptor.INHIBITORY;
        return switch (synapse.weightUnit()) {
            case "mV" -> inh ? -2.0 : 0.5;
            case "nS" -> inh ? 4.0 : 1.0;
            default -> inh ? -200.0 : 50.0;
        };
    }
}
