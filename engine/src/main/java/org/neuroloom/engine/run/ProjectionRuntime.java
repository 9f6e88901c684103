package org.neuroloom.engine.run;

import org.neuroloom.engine.plasticity.PlasticityKernel;
import org.neuroloom.engine.synapse.CurrentInjection;
import org.neuroloom.engine.synapse.InputSink;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.engine.synapse.StaticTable;

/**
 * The built form of one projection (engine internal): static tables, or plastic tables with
 * their kernels and sinks, or a current injection; one table per worker slice.
 */
public final class ProjectionRuntime {
    final ProjectionInfo info;
    final StaticTable[] staticTables;
    final PlasticTable[] plasticTables;
    final PlasticityKernel[] kernels;
    final InputSink[] sinks;
    final CurrentInjection injection;
    final float constWeight;
    volatile double scale = 1;

    private ProjectionRuntime(ProjectionInfo info, StaticTable[] st, PlasticTable[] pt, PlasticityKernel[] k,
                              InputSink[] sinks, CurrentInjection inj, float constWeight) {
        this.info = info;
        this.staticTables = st;
        this.plasticTables = pt;
        this.kernels = k;
        this.sinks = sinks;
        this.injection = inj;
        this.constWeight = constWeight;
    }

    /** A static projection. */
    public static ProjectionRuntime ofStatic(ProjectionInfo info, StaticTable[] tables, float constWeight) {
        return new ProjectionRuntime(info, tables, null, null, null, null, constWeight);
    }

    /** A plastic projection. */
    public static ProjectionRuntime ofPlastic(ProjectionInfo info, PlasticTable[] tables, PlasticityKernel[] kernels,
                                              InputSink[] sinks) {
        return new ProjectionRuntime(info, null, tables, kernels, sinks, null, 0);
    }

    /** A current-source projection. */
    public static ProjectionRuntime ofCurrent(ProjectionInfo info, CurrentInjection injection) {
        return new ProjectionRuntime(info, null, null, null, null, injection, 0);
    }

    /** Bytes of synapse storage. */
    long bytes() {
        long b = 0;
        if (staticTables != null) {
            for (StaticTable t : staticTables) {
                b += t.bytes();
            }
        }
        if (plasticTables != null) {
            for (PlasticTable t : plasticTables) {
                b += t.bytes();
            }
        }
        return b;
    }
}
