package org.neuroloom.engine.build;

import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.neuron.AdExKernel;
import org.neuroloom.engine.neuron.CurrentSourceKernel;
import org.neuroloom.engine.neuron.HhKernel;
import org.neuroloom.engine.neuron.IzhikevichKernel;
import org.neuroloom.engine.neuron.LifFloatKernel;
import org.neuroloom.engine.neuron.LifKernel;
import org.neuroloom.engine.neuron.NeuronKernel;
import org.neuroloom.engine.neuron.PoissonKernel;
import org.neuroloom.engine.neuron.RegularKernel;
import org.neuroloom.engine.neuron.SpikeTimesKernel;
import org.neuroloom.engine.random.Rng;
import org.neuroloom.engine.synapse.InputChannels;
import org.neuroloom.model.Population;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.neuron.SpikeTimesSource;

/** Creates the kernel of a population's model. */
final class Kernels {
    private Kernels() {
    }

    static NeuronKernel create(Population p, String path, double dtMs, long seed, InputChannels in) {
        NeuronModel m = p.model();
        String id = p.id();
        int n = p.size();
        long key = Rng.key(id);
        if (m instanceof Lif lif) {
            return in.singlePrecision ? new LifFloatKernel(id, n, dtMs, lif, in) : new LifKernel(id, n, dtMs, lif, in);
        }
        if (m instanceof Izhikevich iz) {
            return new IzhikevichKernel(id, n, dtMs, iz, in);
        }
        if (m instanceof AdEx ad) {
            return new AdExKernel(id, n, dtMs, ad, in);
        }
        if (m instanceof HodgkinHuxley hh) {
            return new HhKernel(id, n, dtMs, hh, in);
        }
        if (m instanceof PoissonSource ps) {
            return new PoissonKernel(id, n, dtMs, ps, seed, key);
        }
        if (m instanceof SpikeTimesSource st) {
            if (st.timesMs().size() > n) {
                throw new ModelException(path + ".model.timesMs: " + st.timesMs().size() + " spike lists for "
                        + n + " elements");
            }
            return new SpikeTimesKernel(id, n, dtMs, st);
        }
        if (m instanceof RegularSource rs) {
            return new RegularKernel(id, n, dtMs, rs);
        }
        if (m instanceof CurrentSource cs) {
            return new CurrentSourceKernel(id, n, dtMs, cs, seed, key);
        }
        throw new ModelException(path + ".model: the model '" + m.modelId() + "' is not simulated yet");
    }
}
