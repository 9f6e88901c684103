package org.neuroloom.engine.plasticity;

import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.model.plasticity.Plasticity;

/** Creates the kernel of a plasticity rule (one per projection and worker slice). */
public final class PlasticityKernels {
    private PlasticityKernels() {
    }

    /**
     * The kernel for {@code rule} on {@code table}.
     *
     * @param path field path of the projection, for error messages
     */
    public static PlasticityKernel create(Plasticity rule, PlasticTable table, double dtMs, String path) {
        if (rule instanceof Plasticity.PairStdp p) {
            return new PairStdpKernel(table, dtMs, p);
        }
        throw new ModelException(path + ".plasticity: the rule '" + rule.shortLabel() + "' is not simulated yet");
    }
}
