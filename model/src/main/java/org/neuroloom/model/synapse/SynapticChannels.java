package org.neuroloom.model.synapse;

import java.util.ArrayList;
import java.util.List;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Projection;
import org.neuroloom.model.neuron.CurrentSource;

/**
 * The synaptic input variables of a population, as the engine builds them: projections onto
 * it whose synapse models have the same shape (current or conductance, exponential or alpha,
 * time constant, reversal potential) share one channel, in the order the projections are
 * listed; delta synapses and current sources have no channel. Each channel is named after
 * the receptor of its first projection, NEST style: {@code g_ex}, {@code g_in} for
 * conductances (nS), {@code I_ex}, {@code I_in} for currents (pA), with {@code 2}, {@code 3}...
 * appended when a population has several channels of one kind. These names are state
 * variables like {@code v}: they can be recorded, traced and given initial values.
 */
public final class SynapticChannels {

    /**
     * One channel.
     *
     * @param name        its state-variable name
     * @param synapse     the synapse model of its first projection (defines the shape)
     * @param conductance whether it is a conductance (nS) rather than a current (pA)
     */
    public record Channel(String name, SynapseModel synapse, boolean conductance) {
        /** The unit of the channel's value. */
        public String unit() {
            return conductance ? "nS" : "pA";
        }
    }

    private SynapticChannels() {
    }

    /** The channels of {@code target} in {@code network}, in the engine's order (currents first, then conductances). */
    public static List<Channel> of(Network network, String target) {
        List<SynapseModel> currents = new ArrayList<>();
        List<Receptor> currentReceptors = new ArrayList<>();
        List<SynapseModel> conductances = new ArrayList<>();
        List<Receptor> conductanceReceptors = new ArrayList<>();
        for (Projection p : network.projections()) {
            if (!p.target().equals(target) || p.synapse() instanceof SynapseModel.Delta || fromCurrentSource(network, p)) {
                continue;
            }
            boolean g = p.synapse().conductanceBased();
            List<SynapseModel> list = g ? conductances : currents;
            if (list.stream().noneMatch(m -> sameShape(m, p.synapse()))) {
                list.add(p.synapse());
                (g ? conductanceReceptors : currentReceptors).add(p.receptor());
            }
        }
        List<Channel> out = new ArrayList<>();
        name(currents, currentReceptors, "I_", false, out);
        name(conductances, conductanceReceptors, "g_", true, out);
        return List.copyOf(out);
    }

    /** The names of {@link #of}. */
    public static List<String> names(Network network, String target) {
        return of(network, target).stream().map(Channel::name).toList();
    }

    /** Every state variable of a population in a network: its model's own, then its channels. */
    public static List<String> stateVariables(Network network, Population population) {
        List<String> vars = new ArrayList<>(population.model().stateVariables());
        vars.addAll(names(network, population.id()));
        return List.copyOf(vars);
    }

    /** Whether two synapse models feed the same channel (same kind, shape, time constant and reversal potential). */
    public static boolean sameShape(SynapseModel a, SynapseModel b) {
        return a.equals(b); // records: same type and same parameters
    }

    private static boolean fromCurrentSource(Network network, Projection p) {
        return network.population(p.source()).map(Population::model).orElse(null) instanceof CurrentSource;
    }

    private static void name(List<SynapseModel> models, List<Receptor> receptors, String prefix, boolean g, List<Channel> out) {
        int ex = 0;
        int in = 0;
        for (int c = 0; c < models.size(); c++) {
            boolean excitatory = receptors.get(c) != Receptor.INHIBITORY;
            int n = excitatory ? ++ex : ++in;
            String name = prefix + (excitatory ? "ex" : "in") + (n == 1 ? "" : Integer.toString(n));
            out.add(new Channel(name, models.get(c), g));
        }
    }
}
