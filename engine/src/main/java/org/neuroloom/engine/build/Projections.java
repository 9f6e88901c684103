package org.neuroloom.engine.build;

import java.util.List;
import java.util.Map;
import org.neuroloom.engine.modulator.ModulatorBank;
import org.neuroloom.engine.neuron.NeuronKernel;
import org.neuroloom.engine.plasticity.PlasticityKernel;
import org.neuroloom.engine.plasticity.PlasticityKernels;
import org.neuroloom.engine.run.ProjectionInfo;
import org.neuroloom.engine.run.ProjectionRuntime;
import org.neuroloom.engine.synapse.CurrentFunction;
import org.neuroloom.engine.synapse.CurrentInjection;
import org.neuroloom.engine.synapse.Edges;
import org.neuroloom.engine.synapse.InputChannels;
import org.neuroloom.engine.synapse.InputSink;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.engine.synapse.StaticTable;
import org.neuroloom.engine.synapse.TableBuilder;
import org.neuroloom.model.Population;
import org.neuroloom.model.Projection;
import org.neuroloom.model.neuron.CurrentSource;

/** Builds the runtime form of each projection from its generated synapses. */
final class Projections {
    private Projections() {
    }

    static ProjectionRuntime build(int j, Projection pr, Map<String, Integer> index, List<Population> pops,
                                   Edges[] edges, int[][] slices, InputChannels[] inputs, int channelRef,
                                   int constDelay, double dt, Injections injections, ModulatorBank modulators) {
        int s = index.get(pr.source());
        int t = index.get(pr.target());
        long count = 0;
        for (Edges e : edges) {
            count += e.count();
        }
        String path = "projections[" + j + "] (" + pr.id() + ")";
        boolean current = pops.get(s).model() instanceof CurrentSource;
        ProjectionInfo info = new ProjectionInfo(j, pr.id(), s, t, count, pr.plasticity() != null, current);
        if (current) {
            return ProjectionRuntime.ofCurrent(info, injections.byProjection[j]);
        }
        float w = (float) pr.weight().mean();
        InputChannels in = inputs[t];
        double[] ring = in.ring(channelRef);
        float[] ringF = in.ringF(channelRef);
        int sourceSize = pops.get(s).size();
        if (pr.plasticity() == null) {
            StaticTable[] tables = TableBuilder.staticTables(edges, sourceSize, pops.get(t).size(), slices[t], w,
                    constDelay, ring, ringF, in.ringSize);
            return ProjectionRuntime.ofStatic(info, tables, w);
        }
        PlasticTable[] tables = TableBuilder.plasticTables(edges, sourceSize, slices[t], w, constDelay);
        PlasticityKernel[] kernels = new PlasticityKernel[tables.length];
        InputSink[] sinks = new InputSink[tables.length];
        for (int k = 0; k < tables.length; k++) {
            kernels[k] = PlasticityKernels.create(pr.plasticity(), tables[k], dt, path, modulators);
            sinks[k] = new InputSink(ring, ringF, pops.get(t).size());
        }
        return ProjectionRuntime.ofPlastic(info, tables, kernels, sinks);
    }

    /** Current-source projections: CSR by target, bound to their generator once it exists. */
    static final class Injections {
        private final InputChannels.Builder[] builders;
        final CurrentInjection[] byProjection;
        private final java.util.List<int[]> pending = new java.util.ArrayList<>();

        Injections(InputChannels.Builder[] builders, int projections) {
            this.builders = builders;
            this.byProjection = new CurrentInjection[projections];
        }

        void prepare(int j, Projection pr, Map<String, Integer> index, List<Population> pops, Edges[] edges) {
            int s = index.get(pr.source());
            if (!(pops.get(s).model() instanceof CurrentSource)) {
                return;
            }
            int t = index.get(pr.target());
            int n = pops.get(t).size();
            int[] start = new int[n + 1];
            int total = 0;
            for (Edges e : edges) {
                for (int i = 0; i < e.count(); i++) {
                    start[e.post(i) + 1]++;
                }
                total += e.count();
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            int[] src = new int[total];
            float[] w = new float[total];
            int[] cursor = java.util.Arrays.copyOf(start, n);
            float mean = (float) pr.weight().mean();
            for (Edges e : edges) {
                for (int i = 0; i < e.count(); i++) {
                    int k = cursor[e.post(i)]++;
                    src[k] = e.pre(i);
                    w[k] = e.weightAt(i, mean);
                }
            }
            CurrentInjection inj = new CurrentInjection(start, src, w);
            byProjection[j] = inj;
            builders[t].addInjection(inj);
            pending.add(new int[]{j, s});
        }

        void bind(int population, NeuronKernel kernel) {
            for (int[] p : pending) {
                if (p[1] == population) {
                    byProjection[p[0]].bind((CurrentFunction) kernel);
                }
            }
        }

        void finish() {
            for (int[] p : pending) {
                if (!byProjection[p[0]].bound()) {
                    throw new IllegalStateException("current source of projection " + p[0] + " was never bound");
                }
            }
        }
    }
}
