package org.neuroloom.engine.plasticity;

import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.modulator.ModulatorBank;
import org.neuroloom.engine.modulator.ModulatorState;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.model.plasticity.Plasticity;

/** Creates the kernel of a plasticity rule (one per projection and worker slice). */
public final class PlasticityKernels {
    private PlasticityKernels() {
    }

    /**
     * The kernel for {@code rule} on {@code table}.
     *
     * @param path       field path of the projection, for error messages
     * @param modulators the network's modulators (reward-modulated rules read theirs)
     */
    public static PlasticityKernel create(Plasticity rule, PlasticTable table, double dtMs, String path,
                                          ModulatorBank modulators) {
        if (rule instanceof Plasticity.PairStdp p) {
            return new PairStdpKernel(table, dtMs, p);
        }
        if (rule instanceof Plasticity.TripletStdp p) {
            return new TripletStdpKernel(table, dtMs, p);
        }
        if (rule instanceof Plasticity.RewardStdp p) {
            ModulatorState m = p.modulator() == null ? null : modulators.byId(p.modulator());
            if (m == null) {
                throw new ModelException(path + ".plasticity.modulator: no modulator '" + p.modulator() + "'");
            }
            return new RewardStdpKernel(table, dtMs, p, m);
        }
        if (rule instanceof Plasticity.TsodyksMarkram p) {
            return new TsodyksMarkramKernel(table, dtMs, p);
        }
        if (rule instanceof Plasticity.HomeostaticScaling p) {
            return new HomeostaticScalingKernel(table, dtMs, p);
        }
        throw new ModelException(path + ".plasticity: the rule '" + rule.shortLabel() + "' is not simulated yet");
    }
}
