package org.neuroloom.app.editor.canvas;

import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.IzhikevichPreset;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.neuron.SineCurrent;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.neuron.StepCurrent;

/** The short model tag written inside a node: {@code LIF}, {@code FS}, {@code AdEx}, {@code HH}, {@code Poisson}. */
public final class NodeTags {

    private NodeTags() {
    }

    /** The tag for a model (Izhikevich presets show their abbreviation). */
    public static String of(NeuronModel m) {
        if (m instanceof Lif) {
            return "LIF";
        }
        if (m instanceof Izhikevich iz) {
            IzhikevichPreset p = IzhikevichPreset.matching(iz);
            if (p == null) {
                return "Izh";
            }
            String l = p.label();
            return l.substring(l.lastIndexOf('(') + 1, l.length() - 1);
        }
        if (m instanceof AdEx) {
            return "AdEx";
        }
        if (m instanceof HodgkinHuxley hh) {
            return hh.kinetics() == HodgkinHuxley.Kinetics.TRAUB ? "HH-T" : "HH";
        }
        if (m instanceof PoissonSource) {
            return "Poisson";
        }
        if (m instanceof SpikeTimesSource) {
            return "times";
        }
        if (m instanceof RegularSource) {
            return "regular";
        }
        if (m instanceof DcCurrent) {
            return "DC";
        }
        if (m instanceof StepCurrent) {
            return "step";
        }
        if (m instanceof SineCurrent) {
            return "sine";
        }
        if (m instanceof NoiseCurrent) {
            return "noise";
        }
        return m.modelId();
    }
}
